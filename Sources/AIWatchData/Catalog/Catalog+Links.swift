/// Links between records: what a record refers to, and what refers to it.
extension Catalog {
    /// The ids a record refers to, in the order its detail lists them.
    public func references(of ref: RecordRef) -> [String] {
        var ids: [String] = []
        forEachReference(of: ref) { id, _ in ids.append(id) }
        return ids
    }

    /// Calls `body` with each id a record refers to, in the order its detail lists them, without collecting them,
    /// and what kind of record the id must name.
    func forEachReference(of ref: RecordRef, _ body: (String, ReferenceKind) -> Void) {
        switch ref {
        case .source: break
        // Fields are read in place: copying a record out of its array would retain every one of its strings.
        case .organisation(let i):
            if let parent = organisations[i].parent { body(parent, .organisation) }
            organisations[i].products.forEach { body($0.id, .any) }
        case .product(let i, let j):
            body(organisations[i].id, .any)
            if let unit = organisations[i].products[j].unit { body(unit, .organisation) }
        case .regulation(let i):
            regulations[i].issuedBy.forEach { body($0, .organisation) }
            regulations[i].overseenBy.forEach { body($0, .organisation) }
            regulations[i].affects.forEach { body($0.id, .organisation) }
        case .statistic(let i): statistics[i].about.forEach { body($0, .any) }
        case .person(let i):
            // The quotes, then what they are about, so a person's detail leads straight to those records.
            body(people[i].affiliation, .organisation)
            people[i].quotes.forEach { body($0.id, .any) }
            people[i].quotes.forEach { $0.about.forEach { body($0, .any) } }
        case .quote(let i, let j):
            body(people[i].id, .any)
            people[i].quotes[j].about.forEach { body($0, .any) }
        case .event(let i): events[i].related.forEach { body($0, .any) }
        }
    }

    /// Calls `body` with the id of each source a record cites: its evidence, or a quote's source.
    func forEachCitation(of ref: RecordRef, _ body: (String) -> Void) {
        switch ref {
        case .source(let i): sources[i].evidence.forEach { body($0.source) }
        case .organisation(let i): organisations[i].evidence.forEach { body($0.source) }
        case .product: break
        case .regulation(let i): regulations[i].evidence.forEach { body($0.source) }
        case .statistic(let i): statistics[i].evidence.forEach { body($0.source) }
        case .person(let i): people[i].evidence.forEach { body($0.source) }
        case .quote(let i, let j): body(people[i].quotes[j].source)
        case .event(let i): events[i].evidence.forEach { body($0.source) }
        }
    }

    /// Every record linked to `ref` either way, without repeats, forward links first.
    public func related(to ref: RecordRef) -> [RecordRef] {
        // By id, one to one with records: a set of strings costs nothing more, where a set of a type of its own would
        // cost a search of all the binary's protocol conformances on the first frame that shows related records.
        var seen: Set<String> = [id(of: ref)]
        var result: [RecordRef] = []
        for id in references(of: ref) + referrers(of: ref).map(self.id(of:)) {
            if let target = locate(id), seen.insert(id).inserted { result.append(target) }
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
