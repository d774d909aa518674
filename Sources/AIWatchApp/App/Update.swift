import AIWatchData
import TerminalKit

/// The Elm-style update: applies one key to the state and says which side effect, if any, the runtime must run.
public enum Update {
    /// The state to start from: every pane unfiltered, or filtered by `query`.
    public static func initialState(columns: Int, rows: Int, query: String, env: Environment) -> AppState {
        var state = AppState(columns: columns, rows: rows, engine: FilterEngine(index: env.index))
        state.filter.text = Sanitizer.clean(query)
        apply(&state, env: env)
        state.filter.history = query.isEmpty ? [] : [state.filter.text]
        return state
    }

    /// Applies `key`, then keeps each shown list scrolled so its selection is visible, and an open detail's
    /// highlighted link on screen.
    public static func handle(_ key: Key, state: inout AppState, env: Environment) -> Effect {
        let effect = dispatch(key, state: &state, env: env)
        fit(&state, env: env)
        return effect
    }

    /// Keeps each shown list scrolled so its selection is visible, and an open detail's scroll and highlighted link
    /// valid for the screen: after every key, and when a state built for one size is shown at another.
    public static func fit(_ state: inout AppState, env: Environment) {
        DetailNavigation.settle(&state, catalog: env.catalog)
        for (pane, rect) in Layout(state: state).lists {
            state.scroll[pane] = TableView.scrollOffset(
                selected: state.selected(in: pane), scroll: state.scroll[pane] ?? 0, visibleRows: rect.height - 3,
                count: state.rows(pane).count
            )
        }
    }

    private static func dispatch(_ key: Key, state: inout AppState, env: Environment) -> Effect {
        state.message = nil
        if case .resize = key { return .none }
        if case .mouse(let event) = key { return Mouse.handle(event, state: &state, env: env) }
        switch state.overlay {
        case .help:
            // The help scrolls with the movement keys; any other key closes it, q included (as a popup does in
            // lazygit), so q never quits from under the help. Ctrl-C still quits.
            switch KeyMap.action(for: key) {
            case .down: state.helpScroll += 1
            case .up: state.helpScroll = max(0, state.helpScroll - 1)
            case .pageDown: state.helpScroll += max(1, state.rows - 4)
            case .pageUp: state.helpScroll = max(0, state.helpScroll - max(1, state.rows - 4))
            default:
                state.overlay = nil
                return key == .control("c") ? .quit : .none
            }
            return .none
        case .export:
            state.overlay = nil
            if let choice = ExportFormat.menu.first(where: { key == .character($0.menuKey) }) { return .export(choice) }
            return key == .control("c") ? .quit : .none
        case nil: break
        }
        if state.filter.editing { return FilterEditing.handle(key, state: &state, env: env) }
        guard let action = KeyMap.action(for: key) else { return .none }
        return perform(action, state: &state, env: env)
    }

    /// Carries out a browsing action.
    public static func perform(_ action: Action, state: inout AppState, env: Environment) -> Effect {
        switch action {
        case .quit: return .quit
        case .help:
            state.overlay = .help
            state.helpScroll = 0
        case .exportMenu: state.overlay = .export
        case .export(let choice): return .export(choice)
        case .startFilter:
            state.filter.editing = true
            state.filter.historyIndex = nil
        case .nextPane, .previousPane:
            let all = Pane.allCases
            let index = all.firstIndex(of: state.pane) ?? 0
            let step = action == .nextPane ? 1 : all.count - 1
            switchPane(to: all[(index + step) % all.count], state: &state)
        case .jump(let pane): switchPane(to: pane, state: &state)
        case .zoom: state.zoomed.toggle()
        case .left, .right:
            guard state.pane == .dashboard, state.detailPath.isEmpty else { break }
            let lists = Layout.dashboardLists
            let index = lists.firstIndex(of: state.dashboardFocus) ?? 0
            state.dashboardFocus = lists[(index + (action == .right ? 1 : lists.count - 1)) % lists.count]
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if state.detailPath.isEmpty {
                moveSelection(action, state: &state)
            } else {
                DetailNavigation.perform(action, state: &state, catalog: env.catalog)
            }
        case .open: openSelection(state: &state, env: env)
        case .back:
            if !state.detailPath.isEmpty {
                DetailNavigation.back(state: &state)
            } else if !state.filter.applied.isEmpty || !state.filter.text.isEmpty {
                state.filter.text = ""
                apply(&state, env: env)
            } else if state.zoomed {
                state.zoomed = false
            }
        }
        return .none
    }

    static func switchPane(to pane: Pane, state: inout AppState) {
        state.pane = pane
        DetailNavigation.close(state: &state)
    }

    static func moveSelection(_ action: Action, state: inout AppState) {
        let pane = state.listPane
        let count = state.rows(pane).count
        guard count > 0 else { return }
        let page = max(1, Layout.listRows(state: state) - 1)
        var index = state.selected(in: pane)
        switch action {
        case .up: index -= 1
        case .down: index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .top: index = 0
        case .bottom: index = count - 1
        default: break
        }
        state.selection[pane] = min(max(0, index), count - 1)
    }

    /// Opens the selected record, or in a detail follows the highlighted link.
    static func openSelection(state: inout AppState, env: Environment) {
        if !state.detailPath.isEmpty {
            DetailNavigation.follow(state: &state, catalog: env.catalog)
        } else if let record = state.selectedRecord {
            DetailNavigation.open(record, state: &state, catalog: env.catalog)
        }
    }

    /// Takes a complete environment's index in place of the placeholder the app started with; a filter typed
    /// meanwhile runs now.
    public static func adopt(_ env: Environment, state: inout AppState) {
        let waited = state.engine.waiting != nil
        state.engine.adopt(env.index)
        state.indexing = nil
        if waited { apply(&state, env: env) }
    }

    /// Shows the results of a search run in the background (`FilterEngine.searchingWaiting`), if it is the
    /// one the filter line still asks for.
    public static func adoptSearch(_ finished: FilterEngine, state: inout AppState) {
        if state.engine.adoptSearch(finished) { showResults(&state) }
    }

    /// Runs the filter text; on a parse error keeps the last good rows and shows why.
    static func apply(_ state: inout AppState, env: Environment) {
        if let error = state.engine.update(state.filter.text) {
            state.filter.error = error.message
            return
        }
        state.filter.error = nil
        state.filter.searched = state.filter.text
        // A search left for the background shows its results when it is done.
        if state.engine.waiting == nil { showResults(&state) }
    }

    /// Notes that the panes show the results of the filter last searched for, keeping each selection in range.
    private static func showResults(_ state: inout AppState) {
        state.filter.applied = state.filter.searched
        for pane in Pane.allCases {
            state.selection[pane] = min(state.selected(in: pane), max(0, state.engine.result.count(in: pane.kinds) - 1))
        }
    }
}
