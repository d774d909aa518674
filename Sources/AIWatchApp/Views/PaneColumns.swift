import AIWatchData
import TerminalKit

/// The columns of each list pane and how a record fills them, shared by the screen, `aiwatch list` and the
/// Markdown export.
public enum PaneColumns {
    /// The columns `pane` shows; `compact` for the overview's narrower lists.
    public static func columns(_ pane: Pane, compact: Bool = false) -> [Column] {
        let all = fullColumns(pane)
        if pane == .timeline { return [all[0], Column("", min: 1)] + all.dropFirst() }
        if let indexes = screenIndexes(pane) { return indexes.map { all[$0] } }
        // The overview's lists are narrow: their columns may shrink further before one is dropped.
        return compact ? compactIndexes(pane).map { Column(all[$0].header, min: min(all[$0].minWidth, 9), weight: all[$0].weight, alignRight: all[$0].alignRight, whole: all[$0].whole) } : all
    }

    /// The columns a table of `pane` sorts by, in the order of `plainCells`.
    static func sortable(_ pane: Pane) -> [Column] { fullColumns(pane == .dashboard ? .companies : pane) }

    private static func fullColumns(_ pane: Pane) -> [Column] {
        switch pane {
        case .dashboard, .companies:
            return [Column("Name", min: 22, weight: 4), Column("中文", min: 8, weight: 1), Column("Kind", min: 18),
                    Column("Sectors", min: 12, weight: 2), Column("Products", min: 8, alignRight: true, whole: true)]
        case .regulations:
            return [Column("Rule", min: 24, weight: 3), Column("Kind", min: 10), Column("Overseen / issued by", min: 14, weight: 1),
                    Column("Since", min: 9, whole: true), Column("Status", min: 10, weight: 1)]
        case .statistics:
            return [Column("Figure", min: 10, weight: 1, alignRight: true, whole: true), Column("What", min: 10, weight: 3),
                    Column("Share", min: 12, weight: 1, whole: true), Column("As of", min: 9, whole: true)]
        case .people:
            return [Column("Name", min: 14, weight: 1), Column("Role", min: 16, weight: 2), Column("Affiliation", min: 14, weight: 2),
                    Column("Quotes", min: 6, alignRight: true, whole: true)]
        case .quotes:
            return [Column("Person", min: 12, weight: 1), Column("Role", min: 14, weight: 1), Column("Quote", min: 24, weight: 8),
                    Column("Source", min: 12, weight: 1)]
        case .timeline:
            return [Column("When", min: 9, whole: true), Column("Event", min: 20, weight: 3), Column("Phrase", min: 12, weight: 1)]
        case .sources:
            return [Column("Publisher", min: 14, weight: 1), Column("Headline", min: 20, weight: 3), Column("Published", min: 9, whole: true),
                    Column("Records", min: 7, alignRight: true, whole: true)]
        }
    }

    /// Which of the full columns a pane shows on screen, when not all: the Quotes leave the role to the detail,
    /// so that the quote's words have the room.
    private static func screenIndexes(_ pane: Pane) -> [Int]? {
        pane == .quotes ? [0, 2, 3] : nil
    }

    /// Which of the full columns the overview's lists keep.
    private static func compactIndexes(_ pane: Pane) -> [Int] {
        switch pane {
        case .regulations: return [0, 3]
        case .statistics: return [0, 1]
        case .dashboard, .companies: return [0, 1, 2]
        default: return Array(fullColumns(pane).indices)
        }
    }

    /// The cells of `ref` in `pane`'s columns.
    public static func cells(_ ref: RecordRef, pane: Pane, catalog: Catalog, compact: Bool = false) -> [Line] {
        var all = plainCells(ref, catalog: catalog)
        if compact, case .statistic(let i) = ref { all[0] = StatisticText.compactFigure(catalog.statistics[i]) }
        if pane == .timeline, case .event(let i) = ref {
            // The time axis: a filled dot for an exact date, a hollow one for an approximate date.
            let axis = Span(catalog.events[i].date.approximate ? "◌" : "●", .accent, .bold)
            return [[Span(all[0], .accent)], [axis]] + all.dropFirst().enumerated().map { [Span($1, $0 == 0 ? .text : .muted)] }
        }
        let indexes = compact ? compactIndexes(pane) : screenIndexes(pane) ?? Array(all.indices)
        return indexes.filter { all.indices.contains($0) }.map { index in [Span(all[index], role(for: ref, column: index))] }
    }

    /// The cells as plain strings, in the full (non-compact) column order.
    public static func plainCells(_ ref: RecordRef, catalog: Catalog) -> [String] {
        switch ref {
        case .organisation(let i):
            let organisation = catalog.organisations[i]
            return [organisation.name, organisation.nameZh ?? "", kindName(organisation.kind.rawValue),
                    organisation.sectors.joined(separator: ", "), organisation.products.isEmpty ? "" : String(organisation.products.count)]
        case .regulation(let i):
            let regulation = catalog.regulations[i]
            let bodies = (regulation.overseenBy + regulation.issuedBy).map { catalog.shortName(of: $0) }
            return [regulation.title.string, regulation.kind.rawValue, unique(bodies).joined(separator: ", "),
                    regulation.date?.display ?? "", regulation.status]
        case .statistic(let i):
            let statistic = catalog.statistics[i]
            return [StatisticText.figure(statistic), StatisticText.label(statistic), StatisticText.share(statistic), statistic.asOf?.display ?? ""]
        case .person(let i):
            let person = catalog.people[i]
            return [person.name, person.role, catalog.name(of: person.affiliation), String(person.quotes.count)]
        case .event(let i):
            let event = catalog.events[i]
            return [event.date.display, event.title.string, event.date.phrase.map { "“" + $0 + "”" } ?? "(none)"]
        case .source(let i):
            let source = catalog.sources[i]
            return [source.publisher, source.headline, FuzzyDate(phrase: "", date: source.published, approximate: false).display,
                    String(catalog.recordsCiting(source.id).reduce(0) { $0 + $1.count })]
        case .quote(let i, let j):
            let person = catalog.people[i]
            let quote = person.quotes[j]
            return [person.name, person.role, "“" + quote.text.string + "”", catalog.source(quote.source)?.citation ?? quote.source]
        case .product:
            return [catalog.name(of: catalog.id(of: ref))]
        }
    }

    /// A pane's rows as a plain table, for `aiwatch list` and the Markdown export.
    public static func table(_ pane: Pane, rows: some Collection<RecordRef>, catalog: Catalog) -> RecordTable {
        let listPane = pane == .dashboard ? Pane.companies : pane
        // A quote has one source, which its own column names.
        let sources = listPane != .quotes
        return RecordTable(
            columns: fullColumns(listPane).map(\.header) + (sources ? ["Sources"] : []),
            rows: rows.map { ref in
                plainCells(ref, catalog: catalog)
                    + (sources ? [unique(catalog.evidence(of: ref).compactMap { catalog.source($0.source)?.citation }).joined(separator: "; ")] : [])
            },
            ids: rows.map { catalog.id(of: $0) }
        )
    }

    private static func role(for ref: RecordRef, column: Int) -> Role {
        switch (ref, column) {
        case (.organisation, 0), (.regulation, 0), (.person, 0), (.event, 1), (.source, 0), (.quote, 0), (.quote, 2): return .text
        case (.statistic, 0): return .number
        case (.event, 0): return .accent
        default: return .muted
        }
    }

    static func kindName(_ raw: String) -> String { String(raw.map { $0 == "-" ? " " : $0 }) }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension Catalog {
    /// A short name for tables: the part of an organisation's name in parentheses, e.g. "CAC", when it has one.
    func shortName(of id: String) -> String {
        let name = self.name(of: id)
        if let open = name.lastIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            return String(name[name.index(after: open)..<close])
        }
        return name
    }
}
