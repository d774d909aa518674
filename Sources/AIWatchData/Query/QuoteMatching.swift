/// Whether a filter asks for one quote of a person, judged from the quote alone: the search index has one document
/// per person, whose text holds all their quotes, so it finds the person; this tells which of their quotes to list.
///
/// A quote's own text is the speaker's name and role, its words and how it was given ("told CNBC"); its fields are
/// `id` (the quote's or the speaker's), `name` and `person` (the speaker), `role`, `affiliation`, `source` (id or
/// publisher), `year` (of the source) and `about` (ids and names of what it is about). A field a quote does not have
/// never matches it, as for records. So `person:triolo` lists Triolo's quotes, `about:chatgpt` the quotes about
/// ChatGPT, and `chatgpt` those that say the word.
public enum QuoteMatching {
    /// Whether `query` matches quote `index` of `catalog.people[person]`.
    public static func matches(_ query: Query, person: Int, quote index: Int, catalog: Catalog) -> Bool {
        guard !query.isEmpty else { return true }
        let speaker = catalog.people[person]
        let quote = speaker.quotes[index]
        let text = TextFolding.foldedBytes([speaker.name, speaker.role, quote.text.string, quote.via ?? ""].joined(separator: "\n"))
        func values(_ facet: Facet) -> [String] {
            switch facet {
            case .id: return [quote.id, speaker.id]
            case .name, .person: return [speaker.name]
            case .role: return [speaker.role]
            case .affiliation:
                guard let organisation = catalog.organisation(speaker.affiliation) else { return [speaker.affiliation] }
                let chinese = organisation.nameZh.map { [$0] + (catalog.pinyin[$0].map { [$0.filter { $0 != " " }] } ?? []) } ?? []
                return [organisation.id, organisation.name] + chinese
            case .source: return [quote.source] + (catalog.source(quote.source).map { [$0.publisher] } ?? [])
            case .year: return catalog.source(quote.source).map { [String($0.published.prefix(4))] } ?? []
            case .about: return quote.about.flatMap { [$0, catalog.name(of: $0)] }
            default: return []
            }
        }
        func found(_ term: Term) -> Bool {
            guard let field = term.field else { return Term.bytes(text, contain: term.folded) }
            return values(field).contains { Term.bytes(TextFolding.foldedBytes($0), contain: term.folded) }
        }
        return query.clauses.allSatisfy { clause in clause.alternatives.contains { found($0) != $0.negated } }
    }
}
