import AIWatchData

extension Catalog {
    /// How a person is credited wherever their words are shown: role and organisation ("Head of technology policy,
    /// Albright Stonebridge"), the organisation left out when the role already names it.
    public func credit(of person: Person) -> String {
        let organisation = name(of: person.affiliation)
        return person.role.contains(organisation) ? person.role : person.role + ", " + organisation
    }
}
