import AIWatchData
import TerminalKit

/// A boxed list of a pane's records, titled with `matched/total`.
enum ListView {
    static func draw(
        into screen: inout Screen, list: ListViewport, state: AppState, catalog: Catalog, focused: Bool, compact: Bool, folded: Bool
    ) {
        let (pane, rect) = (list.pane, list.rect)
        let rows = state.rows(pane)
        let total = state.rowTotal(pane)
        var note = state.filter.applied.isEmpty ? "\(total)" : "\(rows.count)/\(total)"
        if pane == .timeline && rect.width >= 50, let legend = timelineLegend(list, rows: rows, catalog: catalog) { note = legend + " · " + note }
        // The People and their quotes are one tab: its box says which key shows the other.
        if pane.tab == .people && rect.width >= 40 { note = "\" " + (pane == .people ? "quotes" : "people") + " · " + note }
        let mentions = pane == .quotes ? 0 : state.engine.result.mentionCount(in: pane.kinds)
        if mentions > 0 && rect.width >= 36 { note = ListView.mentionMark + " mentions only · " + note }
        let title = folded ? "◀ \(pane.title) ▶" : state.zoomed && state.pane == .dashboard ? pane.title + " · zoomed (z)" : pane.title
        let inner = screen.box(rect, title: title, note: note, focused: focused)
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            let message = state.filter.applied.isEmpty ? "No records." : "No match for “\(state.filter.applied)”"
            for (index, line) in TextFit.wrap(message, to: inner.width - 2).prefix(inner.height).enumerated() {
                screen.put(line, x: inner.x + 1, y: inner.y + index, role: .muted, clip: inner)
            }
            return
        }
        var columns = PaneColumns.columns(pane, compact: compact)
        // The sorted column's header says so.
        if let sort = state.sort[pane], PaneColumns.sortable(pane).indices.contains(sort.column),
           case let header = PaneColumns.sortable(pane)[sort.column].header, let index = columns.firstIndex(where: { $0.header == header }) {
            let marked = header + (sort.descending ? " ▼" : " ▲")
            columns[index] = columns[index].headed(marked).widened(to: CellWidth.of(marked))
        }
        let highlighter = state.highlighter(catalog)
        let shown = list.shown.map { index in
            PaneColumns.cells(rows[index], pane: pane, catalog: catalog, compact: compact).map { Highlight.apply(highlighter, to: $0) }
        }
        // A blank column on the left; the scrollbar, when there is one, is drawn on the right border.
        let padded = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
        TableView.draw(
            into: &screen, rect: padded, columns: columns, shown: shown, count: rows.count,
            selected: state.selected(in: pane), scroll: list.scroll, focused: focused
        )
        guard mentions > 0 else { return }
        // A record that only mentions what the words name is marked in the blank column and drawn dim below the
        // records they name, so an analyst sees at a glance which rows are the firm asked for.
        for (line, index) in list.shown.prefix(max(0, padded.height - 1)).enumerated() where state.engine.result.isMention(rows[index]) {
            let y = padded.y + 1 + line
            screen.put(ListView.mentionMark, x: inner.x, y: y, role: .muted, clip: inner)
            if index != state.selected(in: pane) { screen.restyle(Rect(x: padded.x, y: y, width: padded.width, height: 1), role: .muted) }
        }
    }

    /// The mark of a row that matches only by mentioning what the query's words name.
    static let mentionMark = "~"

    /// The legend of the timeline's marks that the rows in view use: "● date", "◌ approximate", or both.
    private static func timelineLegend(_ list: ListViewport, rows: PaneRows, catalog: Catalog) -> String? {
        var exact = false, approximate = false
        for index in list.shown {
            guard case .event(let i) = rows[index] else { continue }
            if catalog.events[i].date.approximate { approximate = true } else { exact = true }
        }
        let marks = [exact ? "● date" : nil, approximate ? "◌ approximate" : nil].compactMap { $0 }
        return marks.isEmpty ? nil : marks.joined(separator: "  ")
    }
}
