/// Builds the state a command line asks for: pane, filter, selected record, open detail.
public enum ViewBuilder {
    public struct SelectionError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public static func state(_ options: ViewOptions, columns: Int, rows: Int, env: Environment) throws(SelectionError) -> AppState {
        var state = Update.initialState(columns: columns, rows: rows, query: options.filter, env: env)
        if let error = state.filter.error {
            throw SelectionError(description: "cannot parse the filter \"\(state.filter.text)\": \(error)")
        }
        state.filter.editing = false
        state.pane = options.pane
        if let id = options.select {
            guard let ref = env.catalog.locate(id) else { throw SelectionError(description: "no record has the id \"\(Sanitizer.clean(id))\"") }
            let panes = options.pane == .dashboard ? Layout.dashboardLists : [options.pane]
            if let pane = panes.first(where: { state.rows($0).contains(ref) }), let index = state.rows(pane).firstIndex(of: ref) {
                if options.pane == .dashboard { state.dashboardFocus = pane }
                state.selection[pane] = index
            }
            // A record the pane does not list (one reached by following links) is shown as an open detail.
            if options.open || !panes.contains(where: { state.rows($0).contains(ref) }) { state.detailPath = [ref] }
        } else if options.open, let ref = state.selectedRecord {
            state.detailPath = [ref]
        }
        return state
    }
}
