/// A boxed record detail: the full view after `Enter`, or the preview beside the lists.
enum DetailView {
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
        let content = DetailContent(ref, catalog: catalog, width: padded.width - 1)
        let linkLine = isOpen && content.linkLines.indices.contains(state.detailLink) ? content.linkLines[state.detailLink] : nil
        var scroll = max(0, state.detailScroll)
        if let linkLine, state.detailScroll < 0 || linkLine >= scroll + padded.height || linkLine < scroll {
            scroll = max(0, linkLine - padded.height / 2)
        }
        scroll = min(scroll, max(0, content.lines.count - padded.height))
        let highlighter = state.highlighter(catalog)
        for (index, line) in content.lines.dropFirst(scroll).prefix(padded.height).enumerated() {
            let y = padded.y + index
            screen.put(Highlight.apply(highlighter, to: line), x: padded.x, y: y, clip: padded)
            if scroll + index == linkLine { screen.restyle(Rect(x: padded.x, y: y, width: padded.width, height: 1), role: .selected) }
        }
        if content.lines.count > padded.height {
            TableView.drawScrollbar(into: &screen, x: inner.maxX - 1, y: inner.y, height: inner.height, offset: scroll, total: content.lines.count)
        }
    }
}
