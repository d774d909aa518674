import AIWatchData
import TerminalKit

/// The panes, in key order `1`…`7`, and the Quotes, a mode of the People pane (`"` switches between the two): the
/// same tab and key, its rows each quote of the people the filter finds that the filter asks for.
public enum Pane: String, CaseIterable, Sendable {
    case dashboard, companies, regulations, statistics, people, timeline, sources, quotes

    /// The panes that have a tab and a digit, in key order: all but the Quotes, which take the People's.
    public static let tabs: [Pane] = [.dashboard, .companies, .regulations, .statistics, .people, .timeline, .sources]

    /// The pane whose tab and digit this one shows under: the People for the Quotes, else itself.
    public var tab: Pane { self == .quotes ? .people : self }

    /// The title shown on the pane and in its tab.
    public var title: String {
        switch self {
        case .dashboard: return "Overview"
        case .companies: return "Companies"
        case .regulations: return "Regulations"
        case .statistics: return "Statistics"
        case .people: return "People"
        case .timeline: return "Timeline"
        case .sources: return "Sources"
        case .quotes: return "Quotes"
        }
    }

    /// The panes that list records of one kind: every pane but the overview (what `aiwatch list` accepts).
    public static var recordPanes: [Pane] { allCases.filter { $0 != .dashboard } }

    /// The pane whose table lists `ref`, or lists the record it belongs to (a product's organisation, a quote's
    /// person).
    public static func listing(_ ref: RecordRef) -> Pane {
        switch ref {
        case .organisation, .product: return .companies
        case .regulation: return .regulations
        case .statistic: return .statistics
        case .person, .quote: return .people
        case .event: return .timeline
        case .source: return .sources
        }
    }

    /// The kinds of record the pane lists: the overview lists organisations, regulations and statistics, in that
    /// order.
    public var kinds: ClosedRange<RecordKind> {
        switch self {
        case .dashboard: return .organisation ... .statistic
        case .companies: return .organisation ... .organisation
        case .regulations: return .regulation ... .regulation
        case .statistics: return .statistic ... .statistic
        case .people, .quotes: return .person ... .person
        case .timeline: return .event ... .event
        case .sources: return .source ... .source
        }
    }

    /// The pane `name` names (in any case), if it is one of `panes`; the error lists only those.
    public static func named(_ name: String, among panes: [Pane] = Pane.allCases) throws(UsageError) -> Pane {
        if let pane = Pane(rawValue: name.lowercased()), panes.contains(pane) { return pane }
        throw UsageError(message: "unknown pane \"\(Sanitizer.clean(name))\"; use one of " + panes.map(\.rawValue).joined(separator: ", "))
    }

    /// The digit that jumps to it.
    public var key: Character { Character(String((Pane.tabs.firstIndex(of: tab) ?? 0) + 1)) }
}
