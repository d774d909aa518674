/// The overview's strip of headline numbers: each statistic's figure, qualifier kept, and what it counts.
enum HeadlineStrip {
    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        let inner = screen.box(rect, title: "Headline numbers")
        guard !inner.isEmpty else { return }
        var x = inner.x + 1
        let shown = state.rows(.statistics)
        for (index, ref) in shown.enumerated() {
            guard case .statistic(let i) = ref else { continue }
            let statistic = catalog.statistics[i]
            let (figure, label) = StatisticText.headline(statistic)
            let separator = index == 0 ? "" : "  │  "
            let needed = CellWidth.of(separator + figure) + min(CellWidth.of(label), 12)
            if x + needed > inner.maxX { break }
            x = screen.put(separator, x: x, y: inner.y, role: .border, clip: inner)
            x = screen.put(figure, x: x, y: inner.y, role: .number, flags: .bold, clip: inner)
            let room = min(CellWidth.of(label), inner.maxX - x)
            x = screen.put(TextFit.truncate(label, to: room), x: x, y: inner.y, role: .muted, clip: inner)
        }
        if shown.isEmpty { screen.put(" No statistic matches the filter.", x: inner.x, y: inner.y, role: .muted, clip: inner) }
    }
}
