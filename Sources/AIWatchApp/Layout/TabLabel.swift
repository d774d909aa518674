import TerminalKit

/// A pane's tab as the tab row shows it: its label and the column the label starts in. The layout makes them,
/// with the filter's counts, and both drawing and the mouse read them.
public struct TabLabel: Equatable, Sendable {
    /// The pane the tab opens.
    public let pane: Pane
    /// The label, e.g. "2 Companies 3/16".
    public let text: String
    /// The column of the label's first cell.
    public let x: Int

    /// Whether a click at column `column` lands on this tab: its label or the padding cell on either side.
    public func contains(column: Int) -> Bool { column >= x - 1 && column <= x + CellWidth.of(text) }

    /// The tabs in `columns` cells: full titles ("2 Companies 3/16") two spaces apart when they fit, one space
    /// apart when that fits; else the matched counts alone ("2 Companies 3"; each pane's own title still has the
    /// total); then four-letter titles, with totals, without, and without counts; then digits alone. Counts go
    /// before names, since a count without a name reads as noise; each pane's box still shows its own.
    static func row(columns: Int, state: AppState) -> [TabLabel] {
        func count(_ pane: Pane, totals: Bool?) -> String {
            guard let totals, state.filter.isOn, pane != .dashboard else { return "" }
            let matched = state.rowCount(pane)
            return totals ? " \(matched)/\(state.rowTotal(pane))" : " \(matched)"
        }
        let forms: [(title: (Pane) -> String, totals: Bool?)] = [
            ({ " " + $0.title }, true), ({ " " + $0.title }, false), ({ " " + $0.title.prefix(4) }, true),
            ({ " " + $0.title.prefix(4) }, false), ({ " " + $0.title.prefix(4) }, nil), ({ _ in "" }, nil),
        ]
        for (index, form) in forms.enumerated() {
            // The People's tab is the Quotes' while they are shown.
            let panes = Pane.tabs.map { $0 == state.pane.tab ? state.pane : $0 }
            let texts = panes.map { String($0.key) + form.title($0) + count($0, totals: form.totals) }
            let width = texts.reduce(0) { $0 + CellWidth.of($1) }
            for gap in [2, 1] where 1 + width + gap * (texts.count - 1) <= columns || gap == 1 && index == forms.count - 1 {
                var x = 1
                return zip(panes, texts).map { pane, text in
                    defer { x += CellWidth.of(text) + gap }
                    return TabLabel(pane: pane, text: text, x: x)
                }
            }
        }
        return []
    }
}
