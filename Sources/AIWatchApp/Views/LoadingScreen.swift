import TerminalKit

/// The screen shown while a data folder loads: what is loading, how far it is, and how to give up.
public enum LoadingScreen {
    /// A box in the middle of a `columns` x `rows` screen. `progress` is the fraction done, 0 to 1.
    public static func render(columns: Int, rows: Int, folder: String, progress: Double, seconds: Double) -> Screen {
        var screen = Screen(width: max(0, columns), height: max(0, rows))
        let width = min(60, columns - 2)
        guard width >= 12, rows >= 5 else {
            screen.put("Loading…", x: 0, y: 0, clip: screen.bounds)
            return screen
        }
        let box = Rect(x: (columns - width) / 2, y: (rows - 5) / 2, width: width, height: 5)
        let inner = screen.box(box, title: "Loading the data", focused: true)
        screen.put(TextFit.truncate(Sanitizer.clean(folder), to: inner.width - 2), x: inner.x + 1, y: inner.y, clip: inner)
        let percent = "\(Int(progress * 100)) %"
        let barWidth = inner.width - 3 - CellWidth.of(percent)
        let end = Bar.draw(into: &screen, ratio: progress, atLeast: false, x: inner.x + 1, y: inner.y + 1, width: barWidth, clip: inner)
        screen.put(percent, x: end + 1, y: inner.y + 1, role: .number, clip: inner)
        screen.put(String(format: "%.1f s · q quits", seconds), x: inner.x + 1, y: inner.y + 2, role: .muted, clip: inner)
        return screen
    }
}
