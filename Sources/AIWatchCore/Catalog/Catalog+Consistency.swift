/// The loader's quick check of a decoded catalog: the same rules as `ReferenceChecker`, on the model values, so a
/// valid folder is accepted without parse trees. It only answers yes or no; when the answer is no, the loader
/// runs `ReferenceChecker` on the files to say where each problem is.
extension Catalog {
    /// Whether every id is unique and every reference points at a record of the right kind.
    var referencesAreConsistent: Bool {
        // A repeated id takes one place in the index for two records.
        index.count == idCount && firstKindsAreConsistent && secondKindsAreConsistent
    }

    /// Sources, organisations and regulations: about half the references of a catalog.
    private var firstKindsAreConsistent: Bool {
        sources.allSatisfy { cited($0.evidence) }
            && organisations.allSatisfy { organisation in
                cited(organisation.evidence) && isOrganisation(organisation.parent)
                    && organisation.products.allSatisfy { isOrganisation($0.unit) }
            }
            && regulations.allSatisfy { regulation in
                cited(regulation.evidence) && regulation.issuedBy.allSatisfy(isOrganisation)
                    && regulation.overseenBy.allSatisfy(isOrganisation) && regulation.affects.allSatisfy(isOrganisation)
            }
    }

    /// Statistics, people and events.
    private var secondKindsAreConsistent: Bool {
        statistics.allSatisfy { cited($0.evidence) && exist($0.about) }
            && people.allSatisfy { person in
                cited(person.evidence) && isOrganisation(person.affiliation)
                    && person.quotes.allSatisfy { isSource($0.source) && exist($0.about) }
            }
            && events.allSatisfy { cited($0.evidence) && exist($0.related) }
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
