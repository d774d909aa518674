import AIWatchData

/// Everything the screen shows, as a value: `update` changes it, `render` only reads it.
public struct AppState: Sendable {
    public var pane: Pane = .dashboard
    /// Which list the overview's selection moves in.
    public var dashboardFocus: Pane = .companies
    public var selection: [Pane: Int] = [:]
    public var scroll: [Pane: Int] = [:]
    /// The records whose detail is open, the last one shown; empty when no detail is open.
    public var detailPath: [RecordRef] = []
    /// Where the open detail is scrolled and which of its links is highlighted.
    public var detailPosition = DetailPosition()
    /// The positions of the details behind the open one along `detailPath`, restored by `Esc`.
    public var detailTrail: [DetailPosition] = []
    public var overlay: Overlay?
    /// How far the help overlay is scrolled.
    public var helpScroll = 0
    public var filter = FilterLine()
    /// The live filter and its results: the rows each pane shows.
    public var engine: FilterEngine
    /// A one-line message in the status bar (an export's path, an error), until the next key.
    public var message: String?
    public var columns: Int
    public var rows: Int
    /// How much of the search index is built, while it is built in the background; nil once searching works.
    public var indexing: Double?
    /// The overview's room is handed to the focused pane alone.
    public var zoomed = false

    public enum Overlay: Equatable, Sendable { case help, export }

    public init(columns: Int, rows: Int, engine: FilterEngine) {
        self.columns = columns
        self.rows = rows
        self.engine = engine
    }

    /// The pane whose rows the selection keys move in.
    public var listPane: Pane { pane == .dashboard ? dashboardFocus : pane }

    public func selected(in pane: Pane) -> Int { selection[pane] ?? 0 }

    /// The rows `pane` shows, in catalog order.
    public func rows(_ pane: Pane) -> RecordMatches { engine.result.matches(in: pane.kinds) }

    /// The record selected in the list the keys move in, if any.
    public var selectedRecord: RecordRef? {
        let rows = rows(listPane)
        let index = selected(in: listPane)
        return rows.indices.contains(index) ? rows[index] : nil
    }
}

/// The filter line's text and editing state.
public struct FilterLine: Equatable, Sendable {
    /// The query as typed (sanitized).
    public var text = ""
    /// Whether keys go to the filter line.
    public var editing = false
    /// Why the text cannot be parsed; the last good results stay on screen meanwhile.
    public var error: String?
    /// The query the results on screen come from.
    public var applied = ""
    /// The query last searched for: `applied` once its results are in (a large search runs in the background).
    public var searched = ""
    /// Field or value completions offered by the last `Tab`.
    public var completions: [String] = []
    /// Earlier queries of the session, oldest first, for ↑/↓ recall.
    public var history: [String] = []
    public var historyIndex: Int?
}
