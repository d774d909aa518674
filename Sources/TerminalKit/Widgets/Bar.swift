/// A horizontal bar with eighth-block precision.
public enum Bar {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The filled part of a bar of `width` cells for `ratio` (0…1): full blocks, then one partial block.
    public static func filled(_ ratio: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let total = Int((min(max(ratio, 0), 1) * Double(width) * 8).rounded())
        var text = String(repeating: "█", count: total / 8)
        if total % 8 > 0 { text.append(eighths[total % 8 - 1]) }
        return text
    }

    /// Draws the bar and its track, and "▸" after the fill when the true value is more than shown
    /// (a "more than" qualifier). Returns the x after the bar.
    @discardableResult
    public static func draw(into screen: inout Screen, ratio: Double, atLeast: Bool, x: Int, y: Int, width: Int, clip: Rect) -> Int {
        let fill = filled(ratio, width: width)
        var column = screen.put(fill, x: x, y: y, role: .bar, clip: clip)
        if atLeast && column < x + width { column = screen.put("▸", x: column, y: y, role: .qualifier, flags: .bold, clip: clip) }
        screen.put(String(repeating: "░", count: max(0, x + width - column)), x: column, y: y, role: .barTrack, clip: clip)
        return x + width
    }
}
