import AIWatchData

/// Everything the screen shows, as a value: `update` changes it, `render` only reads it.
public struct AppState: Sendable {
    /// The pane on screen: the overview or one of the lists.
    public var pane: Pane = .dashboard
    /// The overview list the user chose to focus.
    public var focusChoice: Pane = .companies
    /// Which list the overview's selection moves in: the chosen one, or while the filter leaves it empty, the first
    /// list that has matches, so the focus never rests where nothing is (it returns once the choice has matches).
    public var dashboardFocus: Pane {
        get {
            guard rows(focusChoice).isEmpty, let other = Layout.dashboardLists.first(where: { !rows($0).isEmpty }) else { return focusChoice }
            return other
        }
        set { focusChoice = newValue }
    }
    /// Each pane's selected row, an index into `rows(pane)`; a pane not in it is at its first row.
    public var selection: [Pane: Int] = [:]
    /// Each pane's first row in view, as the last frame laid it out (the layout keeps the selection in view).
    public var scroll: [Pane: Int] = [:]
    /// The records whose detail is open, the last one shown; empty when no detail is open.
    public var detailPath: [RecordRef] = []
    /// Where the open detail is scrolled and which of its links is highlighted.
    public var detailPosition = DetailPosition()
    /// The positions of the details behind the open one along `detailPath`, restored by `Esc`.
    public var detailTrail: [DetailPosition] = []
    /// The help or the export menu drawn over the screen, taking the keys; nil when none is open.
    public var overlay: Overlay?
    /// How far the help overlay is scrolled.
    public var helpScroll = 0
    /// The filter: what is typed, what was searched, what the panes show.
    public var filter: Filter
    /// How each sorted pane's table is sorted; a pane without one shows catalog order.
    public var sort: [Pane: PaneSort] = [:]
    /// Each sorted pane's order, with what it was computed for (`Update.fit` keeps it current).
    var sortedOrder: [Pane: (key: SortedFor, order: [Int32])] = [:]
    /// The Quotes' rows, with what they were computed for (`Update.fit` keeps them current).
    var quoteCache: (key: QuotesFor, rows: [RecordRef])?
    /// The catalog the Quotes read their quotes from: the environment's, set with the state and by `Update.fit`.
    var quotesCatalog: Catalog?
    /// How many quotes the catalog holds.
    var quoteTotal: Int { quotesCatalog?.people.reduce(0) { $0 + $1.quotes.count } ?? 0 }
    /// The `:` command line.
    public var prompt = Prompt()
    /// A one-line message in the status bar (an export's path, an error), until the next key.
    public var message: String?
    /// The terminal's width in cells.
    public var columns: Int
    /// The terminal's height in rows.
    public var rows: Int
    /// How much of the search index is built, while a filter waits for it; nil otherwise.
    public var indexing: Double?
    /// Whether a search runs in the background (`Command.search`), so that no second one is started meanwhile.
    public var searching = false
    /// The overview's room is handed to the focused pane alone.
    public var zoomed = false
    /// Where exports go, for the export menu to name; nil when not known.
    public var exportFolder: String?
    /// The who-is-affected grid over the panes, and where it is scrolled; nil while it is closed.
    public var grid: GridScroll?

    /// How far the who-is-affected grid is scrolled: rules down, organisations across.
    public struct GridScroll: Equatable, Sendable {
        /// The first rule in view.
        public var row = 0
        /// The first organisation in view.
        public var column = 0

        /// The grid at its top left.
        public init() {}
    }

    /// What can be drawn over the screen: the key help, or the export menu.
    public enum Overlay: Equatable, Sendable { case help, export }

    /// The overview of a `columns` × `rows` terminal, nothing selected or open, filtering with `engine`.
    public init(columns: Int, rows: Int, engine: FilterEngine) {
        self.columns = columns
        self.rows = rows
        filter = Filter(engine: engine)
    }

    /// The live filter engine and its results: the rows each pane shows.
    public var engine: FilterEngine {
        get { filter.engine }
        set { filter.engine = newValue }
    }

    /// The pane whose rows the selection keys move in.
    public var listPane: Pane { pane == .dashboard ? dashboardFocus : pane }

    /// The selected row of `pane`, 0 when it has none yet.
    public func selected(in pane: Pane) -> Int { selection[pane] ?? 0 }

    /// The rows `pane` shows: the filter's matches, in catalog order or the pane's sort. The Quotes' rows are the
    /// quotes of the People's rows, in their order, that the filter asks for (`QuoteMatching`).
    public func rows(_ pane: Pane) -> PaneRows {
        let matches = engine.result.matches(in: pane.kinds)
        let quotes = pane == .quotes ? quoteRows : nil
        guard let sorted = sortedOrder[pane], sorted.key == SortedFor(state: self, pane: pane) else { return PaneRows(matches: matches, quotes: quotes, order: nil) }
        return PaneRows(matches: matches, quotes: quotes, order: sorted.order)
    }

    /// The quotes the Quotes list, before any sort: kept from the last `Update.fit` while the filter is the same.
    var quoteRows: [RecordRef] {
        if let cached = quoteCache, cached.key == QuotesFor(state: self) { return cached.rows }
        return quotesCatalog.map { Update.quotes(for: self, catalog: $0) } ?? []
    }

    /// How many rows `pane` shows.
    public func rowCount(_ pane: Pane) -> Int {
        pane == .quotes ? quoteRows.count : engine.result.count(in: pane.kinds)
    }

    /// How many rows `pane` shows without a filter.
    public func rowTotal(_ pane: Pane) -> Int {
        pane == .quotes ? quoteTotal : engine.result.total(in: pane.kinds)
    }

    /// The record selected in the list the keys move in, if any.
    public var selectedRecord: RecordRef? {
        let rows = rows(listPane)
        let index = selected(in: listPane)
        return rows.indices.contains(index) ? rows[index] : nil
    }
}

/// The filter as one value: the line as typed and edited, and the engine that searched it, whose results the panes
/// show. Everything else about the filter is derived from these.
public struct Filter: Sendable {
    /// The query as typed (sanitized).
    public var text = ""
    /// Whether keys go to the filter line.
    public var editing = false
    /// Field or value completions offered by the last `Tab`.
    public var completions: [String] = []
    /// Earlier queries of the session, oldest first, for ↑/↓ recall.
    public var history: [String] = []
    /// Which query of `history` ↑/↓ recalled into the line; nil while typing a new one.
    public var historyIndex: Int?
    /// The search of the text: its results, a query still waiting to run, or why the text does not parse.
    public var engine: FilterEngine

    /// A filter of nothing yet, searching `engine`'s index.
    public init(engine: FilterEngine) { self.engine = engine }

    /// The query the results on screen come from ("" for none).
    public var applied: String { engine.result.query.text }
    /// Why the text does not parse; the last good results stay on screen meanwhile.
    public var error: String? { engine.error?.message }
    /// Whether the panes show a filter's results rather than everything.
    public var isOn: Bool { !applied.isEmpty }
}
