import AIWatchData
import TerminalKit

/// The title row and the row of pane tabs.
enum TabsView {
    static func drawHeader(into screen: inout Screen, rect: Rect, catalog: Catalog) {
        screen.fill(rect, role: .statusBar)
        var x = screen.put(" aiwatch ", x: rect.x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
        x = screen.put("· China's generative-AI race", x: x, y: rect.y, role: .statusBar, clip: rect)
        let date = FuzzyDate(phrase: "", date: catalog.dataDate, approximate: false).display
        let right = "data as of \(date) · \(catalog.sources.count) sources "
        let rightX = rect.maxX - CellWidth.of(right)
        if rightX > x + 1 { screen.put(right, x: rightX, y: rect.y, role: .statusBar, clip: rect) }
    }

    /// Each tab's label and column: full titles ("2 Companies 3/16") two spaces apart when they fit, one space
    /// apart when that fits; else the matched counts alone ("2 Companies 3"; each pane's own title still has the
    /// total); then four-letter titles, with totals and without; then digits.
    static func labels(columns: Int, state: AppState? = nil) -> [(pane: Pane, text: String, x: Int)] {
        func count(_ pane: Pane, totals: Bool) -> String {
            guard let state, !state.filter.applied.isEmpty, pane != .dashboard else { return "" }
            let matched = state.engine.result.count(in: pane.kinds)
            return totals ? " \(matched)/\(state.engine.result.total(in: pane.kinds))" : " \(matched)"
        }
        let forms: [(title: (Pane) -> String, totals: Bool)] = [
            ({ " " + $0.title }, true), ({ " " + $0.title }, false), ({ " " + $0.title.prefix(4) }, true),
            ({ " " + $0.title.prefix(4) }, false), ({ _ in "" }, false),
        ]
        for (index, form) in forms.enumerated() {
            let texts = Pane.allCases.map { String($0.key) + form.title($0) + count($0, totals: form.totals) }
            let width = texts.reduce(0) { $0 + CellWidth.of($1) }
            for gap in [2, 1] where 1 + width + gap * (texts.count - 1) <= columns || gap == 1 && index == forms.count - 1 {
                var x = 1
                return zip(Pane.allCases, texts).map { pane, text in
                    defer { x += CellWidth.of(text) + gap }
                    return (pane, text, x)
                }
            }
        }
        return []
    }

    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        for (pane, text, x) in labels(columns: rect.width, state: state) {
            let active = pane == state.pane
            screen.put(active ? " " + text + " " : text, x: active ? x - 1 : x, y: rect.y, role: active ? .tabActive : .tab, flags: active ? .bold : [], clip: rect)
        }
    }

    /// The pane whose tab is at column `x`.
    static func pane(at x: Int, columns: Int) -> Pane? {
        labels(columns: columns).first { x >= $0.x - 1 && x <= $0.x + CellWidth.of($0.text) }?.pane
    }
}
