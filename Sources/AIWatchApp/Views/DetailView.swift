import AIWatchData
import TerminalKit

/// A boxed record detail: the full view after `Enter`, or the preview beside the lists.
enum DetailView {
    /// The open detail's page as it is drawn on the state's screen, for the keys to move through.
    static func page(_ state: AppState, catalog: Catalog) -> DetailPage? {
        guard let ref = state.detailPath.last, let rect = Layout(state: state).detail else { return nil }
        return lay(ref, in: rect, catalog: catalog, position: state.detailPosition).page
    }

    /// The lines of the open detail that hold a match of the filter, in order.
    static func matchLines(_ state: AppState, catalog: Catalog) -> [Int] {
        guard let ref = state.detailPath.last, let rect = Layout(state: state).detail else { return [] }
        let highlighter = state.highlighter(catalog)
        let content = lay(ref, in: rect, catalog: catalog, position: state.detailPosition).content
        return content.lines.indices.filter { Highlight.apply(highlighter, to: content.lines[$0]).contains { $0.role == .match } }
    }

    /// The lines of `ref` in a box `rect`, and the page they make at `position`.
    private static func lay(_ ref: RecordRef, in rect: Rect, catalog: Catalog, position: DetailPosition) -> (content: DetailContent, page: DetailPage) {
        // Inside the border, a blank column each side; a scrollbar goes on the border itself.
        let content = DetailContent(ref, catalog: catalog, width: rect.width - 4)
        let page = DetailPage(linkLines: content.linkLines, lineCount: content.lines.count, height: rect.height - 2, position: position)
        return (content, page)
    }

    static func draw(into screen: inout Screen, rect: Rect, ref: RecordRef?, state: AppState, catalog: Catalog, isOpen: Bool) {
        guard let ref else {
            screen.box(rect, title: "Detail")
            return
        }
        let path = isOpen ? state.detailPath.map { catalog.name(of: catalog.id(of: $0)) } : []
        let title = isOpen ? TextFit.truncate(path.joined(separator: " › "), to: max(10, rect.width - 20)) : "Detail"
        let inner = screen.box(rect, title: title, note: isOpen ? "Esc back" : "Enter opens", focused: isOpen)
        guard inner.width > 2, inner.height > 0 else { return }
        let padded = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        // The preview beside a list always shows its record's top; an open detail is where the keys left it.
        let (content, page) = lay(ref, in: rect, catalog: catalog, position: isOpen ? state.detailPosition : DetailPosition())
        let scroll = page.position.scroll
        let linkLine = isOpen ? page.position.link.map { content.linkLines[$0] } : nil
        let highlighter = state.highlighter(catalog)
        for (index, line) in content.lines.dropFirst(scroll).prefix(padded.height).enumerated() {
            let y = padded.y + index
            screen.put(Highlight.apply(highlighter, to: line), x: padded.x, y: y, clip: padded)
            if scroll + index == linkLine { screen.restyle(Rect(x: padded.x, y: y, width: padded.width, height: 1), role: .selected) }
        }
        if content.lines.count > padded.height {
            TableView.drawScrollbar(into: &screen, x: inner.maxX, y: inner.y, height: inner.height, offset: scroll, total: content.lines.count)
        }
    }
}
