/// The loader's quick check of a decoded catalog: the same rules as `ReferenceChecker`, on the model values, so a
/// valid folder is accepted without parse trees. It only answers yes or no; when the answer is no, the loader
/// runs `ReferenceChecker` on the files to say where each problem is.
extension Catalog {
    /// Whether every id is unique and every reference points at a record of the right kind.
    var hasConsistentReferences: Bool {
        // A repeated id takes one place in the index for two records.
        guard index.count == idCount else { return false }
        func isSource(_ id: String) -> Bool {
            if case .source = index[id] { return true }
            return false
        }
        func isOrganisation(_ id: String?) -> Bool {
            guard let id else { return true }
            if case .organisation = index[id] { return true }
            return false
        }
        func cited(_ evidence: [Evidence]) -> Bool { evidence.allSatisfy { isSource($0.source) } }
        func recordsExist(_ list: [String]) -> Bool { list.allSatisfy { index[$0] != nil } }
        return sources.allSatisfy { cited($0.evidence) }
            && organisations.allSatisfy { organisation in
                cited(organisation.evidence) && isOrganisation(organisation.parent)
                    && organisation.products.allSatisfy { isOrganisation($0.unit) }
            }
            && regulations.allSatisfy { regulation in
                cited(regulation.evidence) && regulation.issuedBy.allSatisfy(isOrganisation)
                    && regulation.overseenBy.allSatisfy(isOrganisation) && regulation.affects.allSatisfy(isOrganisation)
            }
            && statistics.allSatisfy { cited($0.evidence) && recordsExist($0.about) }
            && people.allSatisfy { person in
                cited(person.evidence) && isOrganisation(person.affiliation)
                    && person.quotes.allSatisfy { isSource($0.source) && recordsExist($0.about) }
            }
            && events.allSatisfy { cited($0.evidence) && recordsExist($0.related) }
    }
}
