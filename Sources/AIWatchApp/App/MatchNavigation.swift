import AIWatchData

/// `n` and `N`, as in less and vim: the next or previous match of the filter. In a list every row is a match, so
/// they step through the rows, wrapping at the ends; in an open detail they scroll to the next line holding a
/// highlighted match. The status line says when the search wraps, or why there is nothing to go to.
enum MatchNavigation {
    static func go(forward: Bool, state: inout AppState, catalog: Catalog) {
        guard state.filter.isOn else {
            state.message = "No filter: / starts one, then n and N go through its matches"
            return
        }
        if state.detailPath.isEmpty {
            step(forward: forward, state: &state)
        } else {
            scrollToMatch(forward: forward, state: &state, catalog: catalog)
        }
    }

    private static func step(forward: Bool, state: inout AppState) {
        let pane = state.listPane
        let count = state.rows(pane).count
        guard count > 0 else {
            state.message = "No match in \(pane.title)"
            return
        }
        let index = state.selected(in: pane) + (forward ? 1 : -1)
        if index >= count || index < 0 { state.message = forward ? "Search wrapped to the first match" : "Search wrapped to the last match" }
        state.selection[pane] = (index + count) % count
    }

    private static func scrollToMatch(forward: Bool, state: inout AppState, catalog: Catalog) {
        guard let page = DetailView.page(state, catalog: catalog) else { return }
        let lines = DetailView.matchLines(state, catalog: catalog)
        guard !lines.isEmpty else {
            state.message = "No match in this detail"
            return
        }
        // A line counts as reached once the page is scrolled as far as it can go towards it.
        let scroll = page.position.scroll
        func reach(_ line: Int) -> Int { min(line, page.maxScroll) }
        let ahead = forward ? lines.first { reach($0) > scroll } : lines.last { reach($0) < scroll }
        let target = ahead ?? (forward ? lines[0] : lines[lines.count - 1])
        if ahead == nil { state.message = forward ? "Search wrapped to the top" : "Search wrapped to the end" }
        var moved = page
        moved.scroll(by: reach(target) - scroll)
        state.detailPosition = moved.position
    }
}
