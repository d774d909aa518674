/// The loader's quick check of a decoded catalog: the same rules as `ReferenceChecker`, on the model values, so a
/// valid folder is accepted without parse trees. It only answers yes or no; when the answer is no, the loader
/// runs `ReferenceChecker` on the files to say where each problem is.
extension Catalog {
    /// Whether every id is unique and every reference points at a record of the right kind.
    var referencesAreConsistent: Bool {
        // A repeated id takes one place in the index for two records.
        index.count == idCount && firstKindsAreConsistent && secondKindsAreConsistent
    }

    // Records are read in place, by index: copying one out of its array would retain every one of its strings.

    /// Sources, organisations and regulations: about half the references of a catalog.
    private var firstKindsAreConsistent: Bool {
        sources.indices.allSatisfy { cited(sources[$0].evidence) }
            && organisations.indices.allSatisfy { i in
                cited(organisations[i].evidence) && isOrganisation(organisations[i].parent)
                    && organisations[i].products.indices.allSatisfy { isOrganisation(organisations[i].products[$0].unit) }
            }
            && regulations.indices.allSatisfy { i in
                cited(regulations[i].evidence) && regulations[i].issuedBy.allSatisfy(isOrganisation)
                    && regulations[i].overseenBy.allSatisfy(isOrganisation) && regulations[i].affects.allSatisfy(isOrganisation)
            }
    }

    /// Statistics, people and events.
    private var secondKindsAreConsistent: Bool {
        statistics.indices.allSatisfy { cited(statistics[$0].evidence) && exist(statistics[$0].about) }
            && people.indices.allSatisfy { i in
                cited(people[i].evidence) && isOrganisation(people[i].affiliation)
                    && people[i].quotes.indices.allSatisfy { isSource(people[i].quotes[$0].source) && exist(people[i].quotes[$0].about) }
            }
            && events.indices.allSatisfy { cited(events[$0].evidence) && exist(events[$0].related) }
    }

    private func isSource(_ id: String) -> Bool {
        if case .source = index[id] { return true }
        return false
    }

    /// Whether `id` is an organisation's; an absent id is none to check.
    private func isOrganisation(_ id: String?) -> Bool {
        guard let id else { return true }
        if case .organisation = index[id] { return true }
        return false
    }

    private func cited(_ evidence: [Evidence]) -> Bool { evidence.allSatisfy { isSource($0.source) } }

    private func exist(_ ids: [String]) -> Bool { ids.allSatisfy { index[$0] != nil } }
}
