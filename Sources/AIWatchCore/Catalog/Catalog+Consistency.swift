/// The loader's quick check of a decoded catalog: the same rules as `ReferenceChecker`, on the model values, so a
/// valid folder is accepted without keeping its parse trees. It only answers yes or no; when the answer is no, the
/// loader runs `ReferenceChecker` on the files to say where each problem is.
extension Catalog {
    /// Whether every id is unique and every reference points at a record of the right kind.
    var hasConsistentReferences: Bool {
        var ids = Set<String>()
        var unique = true
        func register(_ id: String) { unique = ids.insert(id).inserted && unique }
        sources.forEach { register($0.id) }
        organisations.forEach { organisation in
            register(organisation.id)
            organisation.products.forEach { register($0.id) }
        }
        regulations.forEach { register($0.id) }
        statistics.forEach { register($0.id) }
        people.forEach { person in
            register(person.id)
            person.quotes.forEach { register($0.id) }
        }
        events.forEach { register($0.id) }
        guard unique else { return false }

        let sourceIDs = Set(sources.map(\.id))
        let organisationIDs = Set(organisations.map(\.id))
        func cited(_ evidence: [Evidence]) -> Bool { evidence.allSatisfy { sourceIDs.contains($0.source) } }
        func organisationsExist(_ list: [String?]) -> Bool { list.allSatisfy { $0.map(organisationIDs.contains) ?? true } }
        func recordsExist(_ list: [String]) -> Bool { list.allSatisfy(ids.contains) }
        return sources.allSatisfy { cited($0.evidence) }
            && organisations.allSatisfy { organisation in
                cited(organisation.evidence) && organisationsExist([organisation.parent] + organisation.products.map(\.unit))
            }
            && regulations.allSatisfy { cited($0.evidence) && organisationsExist($0.issuedBy + $0.overseenBy + $0.affects) }
            && statistics.allSatisfy { cited($0.evidence) && recordsExist($0.about) }
            && people.allSatisfy { person in
                cited(person.evidence) && organisationsExist([person.affiliation])
                    && person.quotes.allSatisfy { sourceIDs.contains($0.source) && recordsExist($0.about) }
            }
            && events.allSatisfy { cited($0.evidence) && recordsExist($0.related) }
    }
}
