/// Links between records: what a record refers to, and what refers to it.
extension Catalog {
    /// The ids a record refers to, in the order its detail lists them.
    public func references(of ref: RecordRef) -> [String] {
        switch ref {
        case .source: return []
        case .organisation(let i):
            let organisation = organisations[i]
            return (organisation.parent.map { [$0] } ?? []) + organisation.products.map(\.id)
        case .product(let i, let j):
            return [organisations[i].id] + (organisations[i].products[j].unit.map { [$0] } ?? [])
        case .regulation(let i):
            let regulation = regulations[i]
            return regulation.issuedBy + regulation.overseenBy + regulation.affects
        case .statistic(let i): return statistics[i].about
        case .person(let i):
            // The quotes, then what they are about, so a person's detail leads straight to those records.
            return [people[i].affiliation] + people[i].quotes.map(\.id) + people[i].quotes.flatMap(\.about)
        case .quote(let i, let j): return [people[i].id] + people[i].quotes[j].about
        case .event(let i): return events[i].related
        }
    }

    /// Every record linked to `ref` either way, without repeats, forward links first.
    public func related(to ref: RecordRef) -> [RecordRef] {
        var seen = Set<RecordRef>([ref])
        var result: [RecordRef] = []
        for id in references(of: ref) + (backlinks[id(of: ref)] ?? []).map(self.id(of:)) {
            if let target = locate(id), seen.insert(target).inserted { result.append(target) }
        }
        return result
    }

    /// The id of the record at `ref`.
    public func id(of ref: RecordRef) -> String {
        switch ref {
        case .source(let i): return sources[i].id
        case .organisation(let i): return organisations[i].id
        case .product(let i, let j): return organisations[i].products[j].id
        case .regulation(let i): return regulations[i].id
        case .statistic(let i): return statistics[i].id
        case .person(let i): return people[i].id
        case .quote(let i, let j): return people[i].quotes[j].id
        case .event(let i): return events[i].id
        }
    }

    /// The evidence of the record at `ref` (a quote's evidence is itself).
    public func evidence(of ref: RecordRef) -> [Evidence] {
        switch ref {
        case .source(let i): return sources[i].evidence
        case .organisation(let i): return organisations[i].evidence
        case .product(let i, _): return organisations[i].evidence
        case .regulation(let i): return regulations[i].evidence
        case .statistic(let i): return statistics[i].evidence
        case .person(let i): return people[i].evidence
        case .quote(let i, let j): return [Evidence(source: people[i].quotes[j].source, quote: people[i].quotes[j].text)]
        case .event(let i): return events[i].evidence
        }
    }

    /// For each id, the records that refer to it (built once at load).
    static func makeBacklinks(_ catalog: Catalog) -> [String: [RecordRef]] {
        var backlinks: [String: [RecordRef]] = [:]
        func add(_ ref: RecordRef) {
            for id in catalog.references(of: ref) { backlinks[id, default: []].append(ref) }
        }
        for i in catalog.organisations.indices {
            add(.organisation(i))
            for j in catalog.organisations[i].products.indices { add(.product(organisation: i, index: j)) }
        }
        for i in catalog.regulations.indices { add(.regulation(i)) }
        for i in catalog.statistics.indices { add(.statistic(i)) }
        for i in catalog.people.indices {
            add(.person(i))
            for j in catalog.people[i].quotes.indices { add(.quote(person: i, index: j)) }
        }
        for i in catalog.events.indices { add(.event(i)) }
        return backlinks
    }
}
