import AIWatchData
import TerminalKit

/// The Elm-style update, the one place the state changes: applies a message and says which commands, if any, the
/// runtime must run.
public enum Update {
    /// The state to start from: every pane unfiltered, or filtered by `query`.
    public static func initialState(columns: Int, rows: Int, query: String, env: Environment) -> AppState {
        var state = AppState(columns: columns, rows: rows, engine: FilterEngine(index: env.index))
        state.quotesCatalog = env.catalog
        state.filter.text = Sanitizer.clean(query)
        apply(&state)
        state.filter.history = query.isEmpty ? [] : [state.filter.text]
        return state
    }

    /// Applies `message`, then keeps each shown list scrolled so its selection is visible and an open detail's
    /// highlighted link on screen. `env` is what the app shows; after `.indexBuilt` it is the environment that
    /// message brought.
    @discardableResult
    public static func update(_ message: Message, state: inout AppState, env: Environment) -> [Command] {
        var commands: [Command] = []
        switch message {
        case .started(let columns, let rows):
            (state.columns, state.rows) = (columns, rows)
            // A search too large for a frame is left to the background, so that typing never stalls.
            state.engine.backgroundAbove = FilterEngine.documentsPerFrame
            if !env.isComplete { commands.append(.buildIndex) }
        case .key(.mouse(let event)):
            return update(.mouse(event), state: &state, env: env)
        case .key(let key):
            state.message = nil
            commands = key == .resize ? [] : handle(key, state: &state, env: env)
        case .mouse(let event):
            state.message = nil
            commands = Mouse.handle(event, state: &state, env: env)
        case .resized(let columns, let rows):
            state.message = nil
            (state.columns, state.rows) = (columns, rows)
        case .indexProgress(let fraction):
            // Only a filter waiting for the index has anyone to tell.
            state.indexing = state.engine.waiting != nil ? (fraction * 100).rounded(.down) / 100 : nil
        case .indexBuilt(let built):
            adopt(built.index, state: &state)
        case .searchFinished(let finished):
            state.searching = false
            if state.engine.adoptSearch(finished) { showResults(&state) }
        case .exported(let path):
            state.message = "Saved " + Sanitizer.clean(path)
        case .exportFailed(let reason):
            // The reason first: a status line too narrow for the whole message cuts the path, not the reason.
            state.message = "Export failed: " + Sanitizer.clean(reason)
        case .citationCopied(let record):
            state.message = "Copied a citation of " + Sanitizer.clean(record) + " (the terminal's clipboard; in tmux: set -g set-clipboard on)"
        case .citationFiled(let record, let path):
            state.message = "Added a citation of " + Sanitizer.clean(record) + " to " + Sanitizer.clean(path)
        case .configProblem(let problem):
            state.message = Sanitizer.clean(problem)
        }
        if state.engine.waiting != nil && state.engine.index.isBuilt && !state.searching {
            state.searching = true
            commands.append(.search)
        }
        fit(&state, env: env)
        return commands
    }

    /// Keeps each shown list scrolled so its selection is visible: after every message, and when a state built for
    /// one size is shown at another. (An open detail's position is brought into range by its page, when drawn.)
    public static func fit(_ state: inout AppState, env: Environment) {
        keepSorted(&state, catalog: env.catalog)
        for list in Layout(state: state).lists { state.scroll[list.pane] = list.scroll }
    }

    /// The mode the keys are in: an overlay's, the filter line's, or browsing.
    static func mode(of state: AppState) -> KeyMode {
        switch state.overlay {
        case .help: return .help
        case .export: return .exportMenu
        case nil: return state.prompt.editing ? .prompt : state.filter.editing ? .filterLine : state.grid != nil ? .grid : .browse
        }
    }

    private static func handle(_ key: Key, state: inout AppState, env: Environment) -> [Command] {
        let mode = mode(of: state)
        let action = KeyMap.action(for: key, in: mode)
        switch mode {
        case .browse:
            return action.map { perform($0, state: &state, env: env) } ?? []
        case .filterLine:
            return FilterEditing.handle(key, action: action, state: &state, env: env)
        case .prompt:
            return PromptEditing.handle(key, action: action, state: &state, env: env)
        case .help:
            let page = max(1, state.rows - 4)
            switch action {
            case .down?: state.helpScroll += 1
            case .up?: state.helpScroll = max(0, state.helpScroll - 1)
            case .pageDown?: state.helpScroll += page
            case .pageUp?: state.helpScroll = max(0, state.helpScroll - page)
            default:
                state.overlay = nil
                return action == .quit ? [.quit] : []
            }
            return []
        case .grid:
            switch action {
            case .up?, .down?, .left?, .right?, .pageUp?, .pageDown?:
                GridView.scroll(action ?? .up, state: &state, catalog: env.catalog)
            case .back?: state.grid = nil
            case let other?: return perform(other, state: &state, env: env)
            case nil: break
            }
            return []
        case .exportMenu:
            state.overlay = nil
            switch action {
            case .export(let format)?: return [.export(format)]
            case .quit?: return [.quit]
            default: return []
            }
        }
    }

    /// Carries out a browsing action.
    static func perform(_ action: Action, state: inout AppState, env: Environment) -> [Command] {
        switch action {
        case .quit: return [.quit]
        case .help:
            state.overlay = .help
            state.helpScroll = 0
        case .exportMenu: state.overlay = .export
        case .export(let choice): return [.export(choice)]
        case .brief(let format): return [.brief(format)]
        case .startFilter:
            state.filter.editing = true
            state.filter.historyIndex = nil
        case .startCommand:
            state.prompt.editing = true
            state.prompt.historyIndex = nil
        case .nextPane, .previousPane:
            let all = Pane.tabs
            let index = all.firstIndex(of: state.pane.tab) ?? 0
            let step = action == .nextPane ? 1 : all.count - 1
            switchPane(to: all[(index + step) % all.count], state: &state)
        case .jump(let pane): switchPane(to: pane, state: &state)
        case .quotes: switchPane(to: state.pane == .quotes ? .people : .quotes, state: &state)
        case .zoom: state.zoomed.toggle()
        case .affectedGrid: state.grid = state.grid == nil ? AppState.GridScroll() : nil
        case .redraw: return [.redraw]
        case .cite: return cite(state: state, catalog: env.catalog)
        case .cycleSort, .reverseSort:
            guard state.detailPath.isEmpty else { break }
            let current = state.sort[state.listPane]
            let count = PaneColumns.sortable(state.listPane).count
            if action == .reverseSort {
                var reversed = current ?? PaneSort(column: 0)
                reversed.descending.toggle()
                sort(reversed, state: &state, catalog: env.catalog)
            } else {
                let next = current.map { $0.column + 1 } ?? 0
                sort(next < count ? PaneSort(column: next, descending: current?.descending ?? false) : nil, state: &state, catalog: env.catalog)
            }
        case .nextMatch, .previousMatch: MatchNavigation.go(forward: action == .nextMatch, state: &state, catalog: env.catalog)
        case .left, .right:
            guard state.pane == .dashboard, state.detailPath.isEmpty else { break }
            let lists = Layout.dashboardLists
            let index = lists.firstIndex(of: state.dashboardFocus) ?? 0
            state.dashboardFocus = lists[(index + (action == .right ? 1 : lists.count - 1)) % lists.count]
        case .up, .down, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .top, .bottom:
            if state.detailPath.isEmpty {
                moveSelection(action, state: &state)
            } else {
                DetailNavigation.perform(action, state: &state, catalog: env.catalog)
            }
        case .open: openSelection(state: &state, env: env)
        case .back:
            if !state.detailPath.isEmpty {
                DetailNavigation.back(state: &state)
            } else if state.filter.isOn || !state.filter.text.isEmpty {
                state.filter.text = ""
                apply(&state)
            } else if state.zoomed {
                state.zoomed = false
            }
        case .keepFilter, .clearFilter, .emptyFilter, .olderQuery, .newerQuery, .complete, .deleteBackward, .close:
            break
        }
        return []
    }

    /// A citation of what the keys point at: the highlighted link of an open detail, else the open or selected
    /// record; with the view string that reopens it.
    static func cite(state: AppState, catalog: Catalog) -> [Command] {
        var shown = state
        if let open = state.detailPath.last, let page = DetailView.page(state, catalog: catalog),
           let link = page.position.link, catalog.related(to: open).indices.contains(link) {
            shown.detailPath.append(catalog.related(to: open)[link])
        }
        guard let ref = shown.detailPath.last ?? shown.selectedRecord else { return [] }
        let citation = Citation(ref, view: ViewString.format(shown, catalog: catalog), catalog: catalog)
        return [.cite(citation.text(.md), record: catalog.name(of: citation.id))]
    }

    /// Shows the view `options` names, as `--view` would at start, keeping the session's histories.
    static func show(_ options: ViewOptions, state: inout AppState, env: Environment) throws(ViewBuilder.SelectionError) {
        var options = options
        options.exportFolder = state.exportFolder
        var shown = try ViewBuilder.state(options, columns: state.columns, rows: state.rows, env: env)
        shown.engine.backgroundAbove = state.engine.backgroundAbove
        shown.filter.history = state.filter.history
        FilterEditing.remember(&shown)
        shown.prompt.history = state.prompt.history
        state = shown
    }

    static func switchPane(to pane: Pane, state: inout AppState) {
        state.pane = pane
        DetailNavigation.close(state: &state)
        if pane == .quotes { state.selection[.quotes] = min(state.selected(in: .quotes), max(0, state.rowCount(.quotes) - 1)) }
    }

    static func moveSelection(_ action: Action, state: inout AppState) {
        let pane = state.listPane
        let count = state.rows(pane).count
        guard count > 0 else { return }
        let page = max(1, (Layout(state: state).list(of: pane)?.visibleRows ?? 1) - 1)
        var index = state.selected(in: pane)
        switch action {
        case .up: index -= 1
        case .down: index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .halfPageUp: index -= max(1, page / 2)
        case .halfPageDown: index += max(1, page / 2)
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

    /// Takes the built index in place of the placeholder the app started with; a query that waited for it has
    /// already been parsed, and runs now.
    private static func adopt(_ index: SearchIndex, state: inout AppState) {
        let waited = state.engine.waiting != nil
        state.engine.adopt(index)
        state.indexing = nil
        if waited && state.engine.waiting == nil { showResults(&state) }
    }

    /// Searches the filter text; on a parse error the engine keeps the last good rows and says why.
    static func apply(_ state: inout AppState) {
        state.engine.update(state.filter.text)
        // A search left for the background shows its results when it is done.
        if state.engine.error == nil && state.engine.waiting == nil { showResults(&state) }
    }

    /// Keeps each selection in range of the results now shown.
    private static func showResults(_ state: inout AppState) {
        for pane in Pane.allCases where pane != .quotes || state.pane == .quotes {
            state.selection[pane] = min(state.selected(in: pane), max(0, state.rowCount(pane) - 1))
        }
    }
}
