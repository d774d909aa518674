/// Links between records: what a record refers to, and what refers to it.
extension Catalog {
    /// The ids a record refers to, in the order its detail lists them.
    public func references(of ref: RecordRef) -> [String] {
        var ids: [String] = []
        forEachReference(of: ref) { ids.append($0) }
        return ids
    }

    /// Calls `body` with each id a record refers to, in the order its detail lists them, without collecting them.
    func forEachReference(of ref: RecordRef, _ body: (String) -> Void) {
        switch ref {
        case .source: break
        // Fields are read in place: copying a record out of its array would retain every one of its strings.
        case .organisation(let i):
            if let parent = organisations[i].parent { body(parent) }
            organisations[i].products.forEach { body($0.id) }
        case .product(let i, let j):
            body(organisations[i].id)
            if let unit = organisations[i].products[j].unit { body(unit) }
        case .regulation(let i):
            regulations[i].issuedBy.forEach(body)
            regulations[i].overseenBy.forEach(body)
            regulations[i].affects.forEach(body)
        case .statistic(let i): statistics[i].about.forEach(body)
        case .person(let i):
            // The quotes, then what they are about, so a person's detail leads straight to those records.
            body(people[i].affiliation)
            people[i].quotes.forEach { body($0.id) }
            people[i].quotes.forEach { $0.about.forEach(body) }
        case .quote(let i, let j):
            body(people[i].id)
            people[i].quotes[j].about.forEach(body)
        case .event(let i): events[i].related.forEach(body)
        }
    }

    /// Every record linked to `ref` either way, without repeats, forward links first.
    public func related(to ref: RecordRef) -> [RecordRef] {
        var seen = Set<RecordRef>([ref])
        var result: [RecordRef] = []
        for id in references(of: ref) + referrers(of: ref).map(self.id(of:)) {
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

}
