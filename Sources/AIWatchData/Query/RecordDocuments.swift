/// What each top-level record contributes to its search document: the text a bare word searches and the values of
/// each `Facet` (see the table on `Facet`).
struct RecordDocuments {
    private let catalog: Catalog
    /// Ids of people by the ids their quotes are about.
    private let quotedAbout: [String: [Int]]
    /// Ids of people by their affiliation.
    private let affiliated: [String: [Int]]

    init(_ catalog: Catalog) {
        self.catalog = catalog
        var quotedAbout: [String: [Int]] = [:]
        var affiliated: [String: [Int]] = [:]
        for (i, person) in catalog.people.enumerated() {
            affiliated[person.affiliation, default: []].append(i)
            var seen: Set<String> = []
            for quote in person.quotes {
                for id in quote.about where seen.insert(id).inserted { quotedAbout[id, default: []].append(i) }
            }
        }
        self.quotedAbout = quotedAbout
        self.affiliated = affiliated
    }

    func write(_ organisation: Organisation, to writer: inout DocumentWriter) {
        writer.text(organisation.name)
        writer.facet(.name, organisation.name)
        if let chinese = organisation.nameZh { chineseName(chinese, to: &writer) }
        writer.text(organisation.summary)
        writer.text(organisation.sectors)
        writer.facet(.id, organisation.id)
        writer.facet(.kind, organisation.kind.rawValue)
        writer.facet(.sector, organisation.sectors)
        for product in organisation.products {
            writer.text(product.name)
            writer.text(product.summary)
            writer.text(product.sectors)
            writer.facet(.id, product.id)
            writer.facet(.product, product.name)
            writer.facet(.product, product.id)
            writer.facet(.sector, product.sectors)
            writer.facet(.status, product.status.rawValue)
            if let unit = product.unit { organisationReference(.unit, unit, to: &writer) }
            if let expected = product.expected { year(expected, to: &writer) }
        }
        evidence(organisation.evidence, to: &writer)
        for person in affiliated[organisation.id] ?? [] { writer.facet(.person, catalog.people[person].name) }
        peopleQuoted(about: organisation.id, to: &writer)
    }

    func write(_ regulation: Regulation, to writer: inout DocumentWriter) {
        writer.text(regulation.title)
        writer.text(regulation.summary)
        writer.text(regulation.covers)
        writer.text(regulation.appliesTo)
        writer.text(regulation.requirements)
        writer.text(regulation.status)
        writer.facet(.id, regulation.id)
        writer.facet(.name, regulation.title.string)
        writer.facet(.kind, regulation.kind.rawValue)
        writer.facet(.status, regulation.status)
        for id in regulation.issuedBy + regulation.overseenBy { organisationReference(.regulator, id, to: &writer) }
        for link in regulation.affects { organisationReference(.affects, link.id, to: &writer) }
        if let date = regulation.date { year(date, to: &writer) }
        evidence(regulation.evidence, to: &writer)
        peopleQuoted(about: regulation.id, to: &writer)
    }

    func write(_ statistic: Statistic, to writer: inout DocumentWriter) {
        writer.text(statistic.label)
        writer.text(statistic.subject)
        writer.text(statistic.valueText)
        if let share = statistic.share { writer.text(share.phrase + " " + share.of) }
        writer.text(statistic.summary)
        if let attribution = statistic.attribution { writer.text(attribution) }
        writer.facet(.id, statistic.id)
        writer.facet(.name, statistic.label)
        writer.facet(.subject, statistic.subject)
        writer.facet(.unit, statistic.unit)
        references(.about, statistic.about, to: &writer)
        if let asOf = statistic.asOf { year(asOf, to: &writer) }
        evidence(statistic.evidence, to: &writer)
        peopleQuoted(about: statistic.id, to: &writer)
    }

    func write(_ person: Person, to writer: inout DocumentWriter) {
        writer.text(person.name)
        writer.text(person.role)
        writer.text(person.summary)
        writer.facet(.id, person.id)
        writer.facet(.name, person.name)
        writer.facet(.person, person.name)
        writer.facet(.role, person.role)
        organisationReference(.affiliation, person.affiliation, to: &writer)
        for quote in person.quotes {
            writer.text(quote.text)
            if let via = quote.via { writer.text(via) }
            writer.facet(.id, quote.id)
            source(quote.source, to: &writer)
            references(.about, quote.about, to: &writer)
        }
        evidence(person.evidence, to: &writer)
    }

    func write(_ event: Event, to writer: inout DocumentWriter) {
        writer.text(event.title)
        if let phrase = event.date.phrase { writer.text(phrase) }
        writer.text(event.summary)
        writer.facet(.id, event.id)
        writer.facet(.name, event.title.string)
        year(event.date, to: &writer)
        references(.about, event.related, to: &writer)
        evidence(event.evidence, to: &writer)
        peopleQuoted(about: event.id, to: &writer)
    }

    func write(_ source: Source, to writer: inout DocumentWriter) {
        writer.text(source.headline)
        writer.text(source.publisher)
        if let note = source.note { writer.text(note) }
        writer.facet(.id, source.id)
        writer.facet(.name, source.headline)
        writer.facet(.name, source.publisher)
        writer.facet(.year, String(source.published.prefix(4)))
        self.source(source.id, to: &writer)
        evidence(source.evidence, to: &writer)
    }

    /// A Chinese name as text and name, with its pinyin both spaced ("jing dong") and joined ("jingdong").
    private func chineseName(_ chinese: String, to writer: inout DocumentWriter) {
        writer.text(chinese)
        writer.facet(.name, chinese)
        guard let pinyin = catalog.pinyin[chinese], !pinyin.isEmpty else { return }
        let joined = pinyin.filter { $0 != " " }
        writer.text(pinyin)
        writer.text(joined)
        writer.facet(.name, pinyin)
        writer.facet(.name, joined)
    }

    /// An organisation named by id: its id, name, Chinese name and pinyin as values of `facet`.
    private func organisationReference(_ facet: Facet, _ id: String, to writer: inout DocumentWriter) {
        guard case .organisation(let i) = catalog.locate(id) else { return writer.facet(facet, id) }
        // No closures here or below: one would capture `self`, copying every reference it holds, for each record.
        let key = RecordDocuments.key(.organisation(i))
        guard !writer.facet(facet, knownReference: key) else { return }
        var values = [id, catalog.organisations[i].name]
        if let chinese = catalog.organisations[i].nameZh {
            values.append(chinese)
            if let pinyin = catalog.pinyin[chinese] { values.append(pinyin.filter { $0 != " " }) }
        }
        writer.facet(facet, reference: key, values: values)
    }

    /// Records named by id (any kind): ids and display names.
    private func references(_ facet: Facet, _ ids: [String], to writer: inout DocumentWriter) {
        for id in ids {
            switch catalog.locate(id) {
            case .organisation: organisationReference(facet, id, to: &writer)
            case let record?:
                let key = RecordDocuments.key(record)
                if !writer.facet(facet, knownReference: key) { writer.facet(facet, reference: key, values: [id, catalog.name(of: id)]) }
            case nil: writer.facet(facet, id)
            }
        }
    }

    /// A number that tells records apart, for caching their values.
    private static func key(_ record: RecordRef) -> Int {
        switch record {
        case .source(let i): return i << 4
        case .organisation(let i): return i << 4 | 1
        case .product(let i, let j): return (i << 20 | j) << 4 | 2
        case .regulation(let i): return i << 4 | 3
        case .statistic(let i): return i << 4 | 4
        case .person(let i): return i << 4 | 5
        case .quote(let i, let j): return (i << 20 | j) << 4 | 6
        case .event(let i): return i << 4 | 7
        }
    }

    private func evidence(_ evidence: [Evidence], to writer: inout DocumentWriter) {
        for item in evidence {
            writer.text(item.quote)
            source(item.source, to: &writer)
        }
    }

    private func source(_ id: String, to writer: inout DocumentWriter) {
        guard case .source(let i) = catalog.locate(id) else { return writer.facet(.source, id) }
        let key = RecordDocuments.key(.source(i))
        if !writer.facet(.source, knownReference: key) { writer.facet(.source, reference: key, values: [id, catalog.sources[i].publisher]) }
    }

    private func year(_ date: FuzzyDate, to writer: inout DocumentWriter) {
        writer.facet(.year, String(date.date.prefix(4)))
    }

    private func peopleQuoted(about id: String, to writer: inout DocumentWriter) {
        for person in quotedAbout[id] ?? [] { writer.facet(.person, catalog.people[person].name) }
    }
}
