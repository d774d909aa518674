import AIWatchData
import TerminalKit

/// Builds the state a command line asks for: pane, filter, selected record, open detail.
public enum ViewBuilder {
    /// Why the view cannot be built: a filter that does not parse, or a record that cannot be selected there.
    public struct SelectionError: Error, CustomStringConvertible, Sendable {
        /// What is wrong, in one line, saying where the record is when it is elsewhere.
        public let description: String
    }

    /// Why `options` cannot be shown whatever the data: a filter that does not parse. The app asks before it loads
    /// the data or takes the terminal, so a mistake on its command line is told as `snapshot` tells it.
    public static func check(_ options: ViewOptions) throws(SelectionError) {
        let text = Sanitizer.clean(options.filter)
        if case .failure(let error) = QueryParser.parse(text) { throw unparsed(text, error.message) }
    }

    /// Whether `options` can be refused only once the data is loaded: it names a record or a sort column.
    public static func needsCatalog(_ options: ViewOptions) -> Bool { options.select != nil || options.sort != nil }

    private static func unparsed(_ filter: String, _ reason: String) -> SelectionError {
        SelectionError(description: "cannot parse the filter \"\(filter)\": \(reason)")
    }

    /// The state that shows `options` on a `columns`x`rows` screen.
    public static func state(_ options: ViewOptions, columns: Int, rows: Int, env: Environment) throws(SelectionError) -> AppState {
        var state = Update.initialState(columns: columns, rows: rows, query: options.filter, env: env)
        if let error = state.filter.error {
            throw unparsed(state.filter.text, error)
        }
        state.filter.editing = false
        state.pane = options.pane
        state.zoomed = options.zoom && options.pane == .dashboard
        state.grid = options.grid ? AppState.GridScroll() : nil
        state.exportFolder = options.exportFolder
        if let id = options.select {
            guard let ref = env.catalog.locate(id) else { throw SelectionError(description: "no record has the id \"\(Sanitizer.clean(id))\"") }
            let panes = options.pane == .dashboard ? Layout.dashboardLists : [options.pane]
            if let pane = panes.first(where: { state.rows($0).contains(ref) }), let index = state.rows(pane).firstIndex(of: ref) {
                if options.pane == .dashboard { state.dashboardFocus = pane }
                state.selection[pane] = index
                if options.open { DetailNavigation.open(ref, state: &state, catalog: env.catalog) }
            } else if options.open {
                // A record the pane does not list is a detail reached by following links: its view string ends in
                // "!", and it opens over the pane as it was when the view string was taken.
                DetailNavigation.open(ref, state: &state, catalog: env.catalog)
            } else {
                throw SelectionError(description: notARow(ref, in: options.pane, state: state, catalog: env.catalog))
            }
        } else if options.open, let ref = state.selectedRecord {
            DetailNavigation.open(ref, state: &state, catalog: env.catalog)
        }
        if let sort = options.sort {
            do {
                state.sort[state.listPane] = try PaneSort.parse(sort, in: state.listPane)
            } catch {
                throw SelectionError(description: error.message)
            }
            let selected = state.selectedRecord
            Update.keepSorted(&state, catalog: env.catalog)
            if let selected, let index = state.rows(state.listPane).firstIndex(of: selected) { state.selection[state.listPane] = index }
        }
        return state
    }

    /// Why `ref` cannot be selected in `pane`: it lives in another pane, inside another record, or the filter
    /// leaves it out.
    static func notARow(_ ref: RecordRef, in pane: Pane, state: AppState, catalog: Catalog) -> String {
        let id = catalog.id(of: ref)
        let home = Pane.listing(ref)
        let panes = pane == .dashboard ? Layout.dashboardLists : [pane]
        guard panes.contains(home) else {
            let here = pane == .dashboard ? "the overview (it lists companies, regulations and statistics)" : pane.rawValue
            return "\(id) is in \(home.rawValue), not \(here); use --pane \(home.rawValue), or --open to show its detail here"
        }
        if let owner = ref.owner {
            let ownerID = catalog.id(of: owner)
            return "\(id) is listed within \(ownerID) in \(home.rawValue), not as a row of its own; select \(ownerID), or add --open to show its detail"
        }
        return "\(id) is in \(home.rawValue), but the filter \"\(state.filter.applied)\" leaves it out"
    }
}
