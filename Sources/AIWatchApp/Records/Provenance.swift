import AIWatchData
import TerminalKit

/// What a screenshot shows and where it comes from, stamped on every export so a briefing can cite it.
public struct Provenance: Equatable, Sendable {
    /// The pane's title.
    public var pane: String
    /// The active filter, or "" for none.
    public var filter: String
    /// How many records of the pane's lists match the filter.
    public var matched: Int
    /// How many records the pane's lists hold without the filter.
    public var total: Int
    /// The sources behind what is shown ("Tech Wire Asia, Feb 2023").
    public var sources: [String]
    /// The month the data speaks for ("2023-02").
    public var dataDate: String

    /// A provenance stamp made of its parts; `init(of:pane:catalog:)` works them out from a state.
    public init(pane: String, filter: String, matched: Int, total: Int, sources: [String], dataDate: String) {
        self.pane = pane
        self.filter = filter
        self.matched = matched
        self.total = total
        self.sources = sources
        self.dataDate = dataDate
    }

    /// How many sources a caption names: one line under a screenshot has no room for the thousands a large
    /// data folder's records cite (the Markdown export lists them all).
    static let namedSources = 6

    /// One line: `aiwatch · Companies · filter "sector:finance" · 2/9 · Sources: CNBC, Feb 2023 · data as of Feb 2023`.
    public var caption: String {
        var parts = ["aiwatch", pane]
        parts.append(filter.isEmpty ? "no filter" : "filter: " + filter)
        parts.append("\(matched)/\(total)")
        if !sources.isEmpty {
            let more = sources.count - Provenance.namedSources
            parts.append("Sources: " + sources.prefix(Provenance.namedSources).joined(separator: "; ") + (more > 0 ? " and \(more) more" : ""))
        }
        parts.append("data as of " + FuzzyDate(phrase: dataDate, date: dataDate, approximate: false).display)
        return Sanitizer.clean(parts.joined(separator: " · "))
    }

    /// The title and caption line a screen export carries.
    public var exportCaption: ExportCaption { ExportCaption(title: pane, text: caption) }

    /// What a view shows, for the caption of its exports: the screen's, or with `pane` that pane's list alone.
    public init(of state: AppState, pane: Pane? = nil, catalog: Catalog) {
        // The who-is-affected grid, open over a pane, shows the rules the filter selects.
        let grid = state.grid != nil && pane == nil
        let shownPane = grid ? .regulations : pane ?? state.pane
        let panes = shownPane == .dashboard ? Layout.dashboardLists : [shownPane]
        let refs = state.detailPath.isEmpty || pane != nil || grid ? panes.flatMap { Array(state.rows($0)) } : state.detailPath
        let matched = panes.reduce(0) { $0 + state.rows($1).count }
        let total = panes.reduce(0) { $0 + state.rowTotal($1) }
        var cited = Set<String>()
        for ref in refs {
            for evidence in catalog.evidence(of: ref) { cited.insert(evidence.source) }
        }
        // In catalog order, each once: two articles of one publisher in one month are cited alike.
        let citations = PaneColumns.unique(catalog.sources.filter { cited.contains($0.id) }.map(\.citation))
        self.init(pane: grid ? GridView.title : shownPane.title, filter: state.filter.applied, matched: matched, total: total, sources: citations, dataDate: catalog.dataDate)
    }
}
