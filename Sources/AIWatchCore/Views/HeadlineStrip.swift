/// The overview's strip of headline numbers: each statistic's figure, qualifier kept, and what it counts. Numbers
/// that do not fit are counted ("+2 more"), never dropped silently.
enum HeadlineStrip {
    static let separator = "  │  "

    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        let inner = screen.box(rect, title: "Headline numbers")
        guard !inner.isEmpty else { return }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1)
        let items = state.rows(.statistics).compactMap { ref -> (figure: String, label: String)? in
            if case .statistic(let i) = ref { return StatisticText.headline(catalog.statistics[i]) }
            return nil
        }
        guard !items.isEmpty else {
            screen.put("No statistic matches the filter.", x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        let widths = items.enumerated().map { ($0.offset == 0 ? 0 : CellWidth.of(separator)) + CellWidth.of($0.element.figure + $0.element.label) }
        func more(_ shown: Int) -> String { shown == items.count ? "" : "  +\(items.count - shown) more" }
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
