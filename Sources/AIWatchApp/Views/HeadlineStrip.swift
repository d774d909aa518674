import AIWatchData
import TerminalKit

/// The overview's strip of headline numbers: each statistic's figure, qualifier kept, and what it counts. Numbers
/// that do not fit are counted, with the key of the pane that lists them all ("+2 more (key 4)"), never
/// dropped silently.
enum HeadlineStrip {
    static let separator = "  │  "

    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        let inner = screen.box(rect, title: "Headline numbers")
        guard !inner.isEmpty else { return }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1)
        let rows = state.rows(.statistics)
        guard !rows.isEmpty else {
            screen.put("No statistic matches the filter.", x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        func more(_ shown: Int) -> String { shown == rows.count ? "" : "  +\(rows.count - shown) more (key \(Pane.statistics.key))" }
        // Only the numbers that can fit are formatted: a large catalog has thousands of statistics.
        var items: [(figure: String, label: String)] = []
        var widths: [Int] = []
        var used = 0
        for ref in rows {
            guard case .statistic(let i) = ref else { continue }
            let item = StatisticText.headline(catalog.statistics[i])
            let width = (items.isEmpty ? 0 : CellWidth.of(separator)) + CellWidth.of(item.figure + item.label)
            if !items.isEmpty && used + width > area.width { break }
            items.append(item)
            widths.append(width)
            used += width
        }
        var shown = items.count
        while shown > 1 && widths.prefix(shown).reduce(0, +) + CellWidth.of(more(shown)) > area.width { shown -= 1 }
        var x = area.x
        for (index, item) in items.prefix(shown).enumerated() {
            if index > 0 { x = screen.put(separator, x: x, y: area.y, role: .border, clip: area) }
            x = screen.put(item.figure, x: x, y: area.y, role: .number, flags: .bold, clip: area)
            let room = area.maxX - x - CellWidth.of(more(shown))
            x = screen.put(TextFit.truncate(item.label, to: room), x: x, y: area.y, role: .muted, clip: area)
        }
        screen.put(more(shown), x: x, y: area.y, role: .muted, clip: area)
    }
}
