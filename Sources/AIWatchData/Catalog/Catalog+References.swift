/// What kind of record a reference must name.
enum ReferenceKind {
    case any, organisation

    func admits(_ target: RecordRef) -> Bool {
        if self == .any { return true }
        if case .organisation = target { return true }
        return false
    }
}

/// The references of some of a catalog's records, each looked up once: the links the backlinks are made from, and
/// the loader's quick check. The check has the rules of `ReferenceChecker`, on the model values, so a valid folder
/// is accepted without parse trees; it only answers yes or no, and when the answer is no, the loader runs
/// `ReferenceChecker` on the files to say where each problem is.
struct ResolvedReferences {
    /// Each reference that names a record: the record named and the one naming it, by slot, in catalog order.
    var links: [(target: Int32, from: Int32)] = []
    /// Whether every reference named a record of its kind, and every citation a source.
    var consistent = true
}

extension Catalog {
    /// Resolves the references of one half of the catalog: the sources, organisations (each followed by its
    /// products) and regulations; or the statistics, people (each followed by its quotes) and events. The halves
    /// are resolved side by side, and their links, first half first, are in catalog order.
    func resolveReferences(firstHalf: Bool, slots: RecordSlots) -> ResolvedReferences {
        var resolved = ResolvedReferences()
        func resolve(_ ref: RecordRef) {
            let from = Int32(slots.slot(of: ref))
            forEachReference(of: ref) { id, kind in
                guard let target = index[id] else {
                    resolved.consistent = false
                    return
                }
                if !kind.admits(target) { resolved.consistent = false }
                resolved.links.append((Int32(slots.slot(of: target)), from))
            }
            forEachCitation(of: ref) { id in
                if case .source = index[id] { return }
                resolved.consistent = false
            }
        }
        if firstHalf {
            sources.indices.forEach { resolve(.source($0)) }
            for i in organisations.indices {
                resolve(.organisation(i))
                organisations[i].products.indices.forEach { resolve(.product(organisation: i, index: $0)) }
            }
            regulations.indices.forEach { resolve(.regulation($0)) }
        } else {
            statistics.indices.forEach { resolve(.statistic($0)) }
            for i in people.indices {
                resolve(.person(i))
                people[i].quotes.indices.forEach { resolve(.quote(person: i, index: $0)) }
            }
            events.indices.forEach { resolve(.event($0)) }
        }
        return resolved
    }
}
