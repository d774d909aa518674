import AIWatchData
import TerminalKit

/// The lines of a record's detail: every field, the related records as links, and the evidence with its source.
public struct DetailContent: Sendable {
    /// The detail as lines of styled text, already wrapped to the width; a view shows the part it is scrolled to.
    public private(set) var lines: [Line] = []
    /// The line of each link, in the order of `Catalog.related(to:)`.
    public private(set) var linkLines: [Int] = []
    let width: Int
    /// Whether a link or a date with its basis is shown, so the legend is.
    private var showsBasis = false

    /// What the two markers mean, in words, wherever they are shown.
    public static let basisLegend = "● stated in the article · ○ inferred by the data's compilers"

    /// The detail of `ref`, wrapped to `width` cells.
    public init(_ ref: RecordRef, catalog: Catalog, width: Int) {
        self.width = max(10, width)
        heading(ref, catalog)
        fields(ref, catalog)
        if showsBasis { add([Span("  " + Self.basisLegend, .muted)], indent: 4) }
        let related = catalog.related(to: ref)
        if !related.isEmpty {
            section("Related (Enter follows a link)")
            for target in related {
                // One line per link, so the highlighted link is one row: the name gives way to the kind.
                linkLines.append(lines.count)
                let kind = "  " + kindLabel(target)
                let name = TextFit.truncate(catalog.name(of: catalog.id(of: target)), to: max(4, self.width - 2 - CellWidth.of(kind)))
                lines.append([Span("→ ", .accent), Span(name), Span(kind, .muted)])
            }
        }
        let evidence = catalog.evidence(of: ref)
        if !evidence.isEmpty {
            section("Evidence")
            for item in evidence {
                let citation = catalog.source(item.source)?.citation ?? item.source
                add([Span("“" + item.quote.string + "”", .text, .italic), Span(" — " + citation, .muted)], indent: 2)
            }
        }
    }

    private mutating func add(_ line: Line, indent: Int = 0) {
        lines.append(contentsOf: TextFit.wrap(line, width: width, indent: indent))
    }

    private mutating func section(_ title: String) {
        lines.append([])
        lines.append([Span(title, .header)])
    }

    private mutating func field(_ name: String, _ value: String, _ role: Role = .text) {
        guard !value.isEmpty else { return }
        add([Span(name + ": ", .muted), Span(value, role)], indent: 2)
    }

    /// A link under a field: "● Baidu — stated", "○ Baidu — inferred: why". The marker's shape and the word say
    /// it, so colour is never all there is to it.
    private mutating func link(_ name: String, _ basis: Basis) {
        showsBasis = true
        var line: Line = [Span("    " + String(basis.marker) + " ", basis.isInferred ? .muted : .accent), Span(name)]
        line.append(Span(" — " + basis.word + (basis.reason.map { ": " + $0 } ?? ""), .muted))
        add(line, indent: 6)
    }

    /// A date field, with the article's phrase, and its basis on the line below.
    private mutating func dateField(_ name: String, _ date: FuzzyDate?, _ role: Role = .text) {
        guard let date else { return }
        field(name, date.displayWithPhrase + (date.isSpan ? ", a span" : "") + (date.approximate ? ", approximate" : ""), role)
        showsBasis = true
        let basis = date.basis
        add([Span("    " + String(basis.marker) + " ", basis.isInferred ? .muted : .accent),
             Span("date " + basis.word + (basis.reason.map { ": " + $0 } ?? ""), .muted)], indent: 6)
    }

    private mutating func heading(_ ref: RecordRef, _ catalog: Catalog) {
        var line: Line = [Span(catalog.name(of: catalog.id(of: ref)), .title, .bold)]
        if case .organisation(let i) = ref, let chinese = catalog.organisations[i].nameZh {
            line.append(Span("  " + chinese, .title))
        }
        line.append(Span("  " + kindLabel(ref), .muted))
        add(line)
    }

    private mutating func fields(_ ref: RecordRef, _ catalog: Catalog) {
        switch ref {
        case .organisation(let i):
            let organisation = catalog.organisations[i]
            add([Span(organisation.summary.string)])
            field("Kind", PaneColumns.kindName(organisation.kind.rawValue))
            if let chinese = organisation.nameZh { field("Pinyin", catalog.pinyin[chinese] ?? "", .muted) }
            field("Sectors", organisation.sectors.joined(separator: ", "))
            field("Part of", organisation.parent.map(catalog.name(of:)) ?? "")
            for product in organisation.products {
                let status: [String] = [PaneColumns.kindName(product.status.rawValue)]
                let expected: [String] = product.expected.map { ["expected " + $0.displayWithPhrase] } ?? []
                let listed: [String] = product.organisation.basis.isInferred ? ["○ listed here by inference"] : []
                field("Product", product.name + " (" + (status + product.sectors + expected + listed).joined(separator: ", ") + ")", .accent)
                if product.organisation.basis.isInferred { showsBasis = true }
            }
        case .product(let i, let j):
            let product = catalog.organisations[i].products[j]
            add([Span(product.summary.string)])
            field("Status", product.status.rawValue)
            field("Sectors", product.sectors.joined(separator: ", "))
            field("Organisation", " ")
            link(catalog.name(of: product.organisation.id), product.organisation.basis)
            dateField("Expected", product.expected)
        case .regulation(let i):
            let regulation = catalog.regulations[i]
            add([Span(regulation.summary.string)])
            field("Kind", regulation.kind.rawValue)
            field("Status", regulation.status, .warning)
            dateField("When", regulation.date)
            field("Issued by", regulation.issuedBy.map(catalog.name(of:)).joined(separator: ", "))
            field("Overseen by", regulation.overseenBy.map(catalog.name(of:)).joined(separator: ", "))
            field("Covers", regulation.covers.string)
            field("Applies to", regulation.appliesTo.string)
            for requirement in regulation.requirements { field("Requires", requirement) }
            if !regulation.affects.isEmpty {
                field("Affects", " ")
                // Firms linked for one reason are one line, so a reason that holds for six is read once.
                for group in Brief.Linked.groups(regulation.affects, name: catalog.name(of:)) {
                    link(group.names.joined(separator: ", "), group.basis)
                }
            }
        case .statistic(let i):
            let statistic = catalog.statistics[i]
            add([Span(StatisticText.figure(statistic), .number, .bold), Span(" " + statistic.unit, .number)])
            if let words = StatisticText.wordQualifier(statistic) {
                field("As stated", "“" + words + " " + statistic.display + " " + statistic.unit + "”", .qualifier)
            }
            add([Span(statistic.summary.string)])
            field("Subject", statistic.subject)
            if let share = statistic.share {
                field("Share", StatisticText.share(statistic) + " — “" + share.phrase + "” of " + share.of, .number)
            }
            dateField("As of", statistic.asOf)
            field("Stated by", statistic.attribution ?? "")
        case .person(let i):
            let person = catalog.people[i]
            add([Span(person.summary.string)])
            field("Role", person.role)
            field("Affiliation", catalog.name(of: person.affiliation))
            for quote in person.quotes {
                add([Span("“" + quote.text.string + "”", .text, .italic), Span(quote.via.map { " — " + $0 } ?? "", .muted)], indent: 2)
            }
        case .quote(let i, let j):
            let quote = catalog.people[i].quotes[j]
            add([Span("“" + quote.text.string + "”", .text, .italic)])
            field("Said by", catalog.people[i].name + ", " + catalog.credit(of: catalog.people[i]))
            field("How", quote.via ?? "")
        case .event(let i):
            let event = catalog.events[i]
            add([Span(event.summary.string)])
            dateField("When", event.date, .accent)
        case .source(let i):
            let source = catalog.sources[i]
            add([Span(source.headline, .text, .bold)])
            field("Publisher", source.publisher)
            field("Published", FuzzyDate(phrase: "", date: source.published, approximate: false).display)
            field("Link", source.url ?? "(none given)")
            field("Note", source.note ?? "")
            let cited = catalog.recordsCiting(source.id)
            field("Records citing it", cited.map { "\($0.count) " + ($0.count == 1 ? $0.kind.one : $0.kind.many) }.joined(separator: ", "), .number)
        }
    }

    func kindLabel(_ ref: RecordRef) -> String {
        switch ref {
        case .source: return "source"
        case .organisation: return "organisation"
        case .product: return "product"
        case .regulation: return "regulation"
        case .statistic: return "statistic"
        case .person: return "person"
        case .quote: return "quote"
        case .event: return "event"
        }
    }
}

extension Catalog {
    /// How many records of each kind cite the source `id`: a reader's measure of its coverage.
    func recordsCiting(_ id: String) -> [(kind: (one: String, many: String), count: Int)] {
        func count(_ lists: [[Evidence]]) -> Int { lists.filter { $0.contains { $0.source == id } }.count }
        let quotes = people.flatMap(\.quotes).filter { $0.source == id }.count
        return [
            (("organisation", "organisations"), count(organisations.map(\.evidence))),
            (("regulation", "regulations"), count(regulations.map(\.evidence))),
            (("statistic", "statistics"), count(statistics.map(\.evidence))), (("person", "people"), count(people.map(\.evidence))),
            (("quote", "quotes"), quotes), (("event", "events"), count(events.map(\.evidence))),
        ].filter { $0.1 > 0 }
    }
}
