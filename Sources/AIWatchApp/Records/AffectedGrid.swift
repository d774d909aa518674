import AIWatchData
import TerminalKit

/// Who is affected by what: the rules the filter selects down, the organisations they are linked to across, and in
/// each cell whether the article states the link, the data's compilers inferred it, or there is none. The grid
/// view, the brief and its tests all read this one table, so they cannot disagree.
public struct AffectedGrid: Equatable, Sendable {
    /// One organisation across the top.
    public struct Column: Equatable, Sendable {
        /// Its id.
        public var id: String
        /// Its name as a heading (sanitized; a name's abbreviation in brackets when it has one).
        public var name: String
    }

    /// One rule down the side, with a cell for each column.
    public struct Row: Equatable, Sendable {
        /// The rule's id.
        public var id: String
        /// Its title (sanitized).
        public var title: String
        /// For each column: the link's basis, or nil when the rule is not linked to that organisation.
        public var cells: [Basis?]
    }

    /// The organisations any shown rule is linked to, in catalog order.
    public var columns: [Column] = []
    /// The rules the filter selects that are linked to at least one organisation, in the order the pane shows them.
    public var rows: [Row] = []
    /// How many rules the filter selects are linked to no organisation, and so have no row.
    public var unlinked = 0

    /// The three marks, each with its meaning in words.
    public static let marks: [(mark: String, meaning: String)] = [
        ("●", "stated in the article"), ("○", "inferred by the data's compilers"), ("·", "no link"),
    ]

    /// The marks and their meanings on one line: `● stated in the article · ○ inferred … · · no link`.
    public static var legend: String { marks.map { $0.mark + " " + $0.meaning }.joined(separator: "   ") }

    /// The mark of a cell.
    public static func mark(_ cell: Basis?) -> String { cell.map { String($0.marker) } ?? "·" }

    /// The grid of the rules `state`'s filter selects.
    public init(_ state: AppState, catalog: Catalog) {
        var regulations: [Regulation] = []
        for ref in state.rows(.regulations) {
            guard case .regulation(let i) = ref else { continue }
            if catalog.regulations[i].affects.isEmpty { unlinked += 1 } else { regulations.append(catalog.regulations[i]) }
        }
        let linked = Set(regulations.flatMap { $0.affects.map(\.id) })
        columns = catalog.organisations.filter { linked.contains($0.id) }.map {
            Column(id: $0.id, name: Sanitizer.clean(catalog.shortName(of: $0.id)))
        }
        rows = regulations.map { regulation in
            let bases = Dictionary(regulation.affects.map { ($0.id, $0.basis) }, uniquingKeysWith: { first, _ in first })
            return Row(id: regulation.id, title: Sanitizer.clean(regulation.title.string), cells: columns.map { bases[$0.id] })
        }
    }

    /// Whether no shown rule is linked to anyone.
    public var isEmpty: Bool { rows.isEmpty }

    /// How many links of each basis the grid holds: (stated, inferred).
    public var counts: (stated: Int, inferred: Int) {
        let cells = rows.flatMap(\.cells).compactMap { $0 }
        let inferred = cells.filter(\.isInferred).count
        return (cells.count - inferred, inferred)
    }
}
