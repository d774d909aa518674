import AIWatchData
import TerminalKit

/// A one-page briefing of what a filter selects: the headline figures, the companies, the rules, the people and
/// their quotes, the timeline, each item footnoted with the article's words that back it, and a provenance stamp.
/// Every string is sanitized here, so the renderers only arrange and escape.
public struct Brief: Equatable, Sendable {
    /// A headline figure: "> 40,000" "AI-related companies", with its share, date and who gives it.
    public struct Figure: Equatable, Sendable {
        /// What is counted, with a qualifier in the source's words kept.
        public var label: String
        /// The figure with its qualifier and unit ("> 40,000 AI companies").
        public var figure: String
        /// The share it is of the whole, or "".
        public var share: String
        /// The month or year it is as of, or "".
        public var asOf: String
        /// Who gives the figure, when the article says.
        public var attribution: String?
        /// Footnote numbers.
        public var notes: [Int]
    }

    /// A company, institute or public body, with what it makes.
    public struct Company: Equatable, Sendable {
        /// The name, with the Chinese name after it when there is one.
        public var name: String
        /// Its kind and sectors ("company · cloud computing, e-commerce").
        public var kind: String
        /// What the article says of it.
        public var summary: String
        /// Its products: name, status and expected timing ("ERNIE Bot · announced · expected Mar 2023").
        public var products: [String]
        /// Footnote numbers.
        public var notes: [Int]
    }

    /// A regulation, policy or scrutiny campaign.
    public struct Rule: Equatable, Sendable {
        /// The title.
        public var title: String
        /// Kind, regulators and date ("regulation · Cyberspace Administration of China · Jan 2023").
        public var facts: String
        /// What it requires.
        public var requirements: [String]
        /// Whom it applies to, as the article says.
        public var appliesTo: String
        /// The organisations the data links it to (`affects`), each stated by the article or inferred.
        public var linked: [Linked]
        /// Footnote numbers.
        public var notes: [Int]
    }

    /// Organisations a rule is linked to on one basis: stated, or inferred for one reason. Links that share a
    /// basis are one group, so a reason that holds for six firms is read once.
    public struct Linked: Equatable, Sendable {
        /// The organisations' names, in the order the data lists them.
        public var names: [String]
        /// Stated, or inferred with the reason (sanitized).
        public var basis: Basis

        /// "● Baidu, Alibaba (stated)" or "○ Baidu (inferred: why)": the marker and the word, never the marker alone.
        public var text: String {
            String(basis.marker) + " " + names.joined(separator: ", ") + " (" + basis.word + (basis.reason.map { ": " + $0 } ?? "") + ")"
        }

        /// `links` named by `name`, grouped by basis in the order each basis first appears.
        static func groups(_ links: [Link], name: (String) -> String) -> [Linked] {
            var groups: [Linked] = []
            for link in links {
                let basis = clean(link.basis)
                if let at = groups.firstIndex(where: { $0.basis == basis }) {
                    groups[at].names.append(clean(name(link.id)))
                } else {
                    groups.append(Linked(names: [clean(name(link.id))], basis: basis))
                }
            }
            return groups
        }
    }

    /// What the markers mean, where a brief shows them.
    public static let legend = "● stated in the article; ○ inferred by the data's compilers, with the reason."

    /// A quote, verbatim, with how it was given.
    public struct Quotation: Equatable, Sendable {
        /// The words.
        public var text: String
        /// "told CNBC", "via email", or nil.
        public var via: String?
        /// Its footnote number.
        public var note: Int
    }

    /// A person quoted in the sources.
    public struct Speaker: Equatable, Sendable {
        /// The name.
        public var name: String
        /// Role and organisation ("Head of technology policy, Albright Stonebridge Group").
        public var role: String
        /// What they said.
        public var quotes: [Quotation]
        /// Footnote numbers of the evidence on the person.
        public var notes: [Int]
    }

    /// A dated event.
    public struct Moment: Equatable, Sendable {
        /// The date as it reads ("Feb 2023", "~2013–2023").
        public var date: String
        /// The article's own words for it ("Over the last decade"), nil when it gives none.
        public var phrase: String?
        /// Whether the article states the date or the compilers resolved it.
        public var basis: Basis
        /// What happened.
        public var title: String
        /// Footnote numbers.
        public var notes: [Int]
    }

    /// A footnote: the article's words and where they come from.
    public struct Footnote: Equatable, Sendable {
        /// Its number, from 1.
        public var number: Int
        /// The verbatim words.
        public var quote: String
        /// Publisher and month ("CNBC, Feb 2023").
        public var citation: String
        /// The article's address, when the data has one.
        public var url: String?
    }

    /// The heading ("Briefing: sector:finance").
    public var title: String
    /// The sections, each in the order the panes list them.
    public var figures: [Figure] = []
    /// The companies section.
    public var companies: [Company] = []
    /// The rules section: regulations, policies, scrutiny and access statuses.
    public var rules: [Rule] = []
    /// Who is affected: the rules down, the organisations across, each link stated or inferred.
    public var affected: AffectedGrid
    /// The people section, each with their quotes.
    public var speakers: [Speaker] = []
    /// The timeline section.
    public var timeline: [Moment] = []
    /// Every footnote, numbered in the order they are cited.
    public var footnotes: [Footnote] = []
    /// Filter, counts, sources and data date, as every export is stamped.
    public var provenance: Provenance
    /// "Made with aiwatch 0.1.0 · view: companies?q=…", what reopens the view the brief was made from.
    public var made: String

    /// The brief of what `state`'s filter selects, reopened by `view`.
    public init(_ state: AppState, catalog: Catalog, view: String) {
        let filter = state.filter.applied
        title = filter.isEmpty ? "Briefing: China's generative-AI race" : "Briefing: " + Sanitizer.clean(filter)
        let panes: [Pane] = [.statistics, .companies, .regulations, .people, .timeline]
        let shown = panes.reduce(0) { $0 + state.rows($1).count }
        let total = panes.reduce(0) { $0 + state.engine.result.total(in: $1.kinds) }
        var cited = Set<String>()
        var notes = FootnoteList(catalog: catalog)
        affected = AffectedGrid(state, catalog: catalog)
        for ref in state.rows(.statistics) {
            guard case .statistic(let i) = ref else { continue }
            let statistic = catalog.statistics[i]
            figures.append(Figure(
                label: clean(StatisticText.label(statistic)),
                figure: clean(StatisticText.figure(statistic) + " " + statistic.unit),
                share: clean(StatisticText.share(statistic)), asOf: statistic.asOf.map { clean($0.display) } ?? "",
                attribution: statistic.attribution.map(clean), notes: notes.cite(statistic.evidence)))
        }
        for ref in state.rows(.companies) {
            guard case .organisation(let i) = ref else { continue }
            let organisation = catalog.organisations[i]
            let products = organisation.products.map { product in
                let listed = product.organisation.basis.reason.map { ["○ listed under " + organisation.name + " by inference: " + $0] } ?? []
                return clean(([product.name, product.status.rawValue.replacingOccurrences(of: "-", with: " ")]
                    + (product.expected.map { ["expected " + $0.display] } ?? []) + listed).joined(separator: " · "))
            }
            let kind = [organisation.kind.rawValue.replacingOccurrences(of: "-", with: " ")]
                + (organisation.sectors.isEmpty ? [] : [organisation.sectors.joined(separator: ", ")])
            companies.append(Company(
                name: clean(organisation.name + (organisation.nameZh.map { " " + $0 } ?? "")), kind: clean(kind.joined(separator: " · ")),
                summary: clean(organisation.summary.string), products: products, notes: notes.cite(organisation.evidence)))
        }
        for ref in state.rows(.regulations) {
            guard case .regulation(let i) = ref else { continue }
            let regulation = catalog.regulations[i]
            let regulators = PaneColumns.unique((regulation.issuedBy + regulation.overseenBy).map(catalog.name(of:)))
            let facts = [regulation.kind.rawValue] + regulators + (regulation.date.map { [$0.display] } ?? []) + [regulation.status]
            rules.append(Rule(
                title: clean(regulation.title.string), facts: clean(facts.filter { !$0.isEmpty }.joined(separator: " · ")),
                requirements: regulation.requirements.map(clean), appliesTo: clean(regulation.appliesTo.string),
                linked: Linked.groups(regulation.affects, name: catalog.name(of:)),
                notes: notes.cite(regulation.evidence)))
        }
        for ref in state.rows(.people) {
            guard case .person(let i) = ref else { continue }
            let person = catalog.people[i]
            let quotes = person.quotes.map { quote in
                Quotation(text: clean(quote.text.string), via: quote.via.map(clean),
                          note: notes.cite(Evidence(source: quote.source, quote: quote.text)))
            }
            speakers.append(Speaker(
                name: clean(person.name), role: clean(catalog.credit(of: person)),
                quotes: quotes, notes: notes.cite(person.evidence)))
        }
        for ref in state.rows(.timeline) {
            guard case .event(let i) = ref else { continue }
            let event = catalog.events[i]
            timeline.append(Moment(
                date: clean(event.date.display), phrase: event.date.phrase.map(clean), basis: clean(event.date.basis),
                title: clean(event.title.string), notes: notes.cite(event.evidence)))
        }
        footnotes = notes.footnotes
        for note in notes.sources { cited.insert(note) }
        let sources = PaneColumns.unique(catalog.sources.filter { cited.contains($0.id) }.map(\.citation))
        provenance = Provenance(pane: "Briefing", filter: filter, matched: shown, total: total, sources: sources, dataDate: catalog.dataDate)
        made = "Made with " + HelpText.version + " · view: " + view
    }

    /// `url` as a link target when it is a web address, with what could end a link percent-encoded; nil for any
    /// other scheme (`javascript:`, say), which a brief shows as text only.
    public static func link(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        var target = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ", "<", ">", "\"", "\\", "^", "`", "{", "|", "}", "(", ")":
                target += "%" + String(scalar.value, radix: 16, uppercase: true)
            default: target.unicodeScalars.append(scalar)
            }
        }
        return target
    }

    /// Whether the filter selected nothing to brief on.
    public var isEmpty: Bool { figures.isEmpty && companies.isEmpty && rules.isEmpty && speakers.isEmpty && timeline.isEmpty }

    /// Whether the brief shows a stated or inferred marker, and so its legend.
    public var showsBasis: Bool {
        !timeline.isEmpty || rules.contains { !$0.linked.isEmpty } || companies.contains { $0.products.contains { $0.contains("○") } }
    }
}

private func clean(_ text: String) -> String { Sanitizer.clean(text) }

private func clean(_ basis: Basis) -> Basis { basis.reason.map { .inferred(reason: clean($0)) } ?? .stated }

/// Numbers evidence as it is cited, each distinct quote of a source once.
private struct FootnoteList {
    let catalog: Catalog
    private(set) var footnotes: [Brief.Footnote] = []
    private(set) var sources: [String] = []
    private var numbers: [String: Int] = [:]

    init(catalog: Catalog) { self.catalog = catalog }

    mutating func cite(_ evidence: [Evidence]) -> [Int] {
        var seen = Set<Int>()
        return evidence.map { cite($0) }.filter { seen.insert($0).inserted }
    }

    mutating func cite(_ evidence: Evidence) -> Int {
        let quote = evidence.quote.string
        let key = evidence.source + "\u{0}" + quote
        if let number = numbers[key] { return number }
        let source = catalog.source(evidence.source)
        let number = footnotes.count + 1
        footnotes.append(Brief.Footnote(
            number: number, quote: clean(quote), citation: clean(source?.citation ?? evidence.source), url: source?.url.map(clean)))
        numbers[key] = number
        sources.append(evidence.source)
        return number
    }
}
