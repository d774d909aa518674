/// A rule, policy, scrutiny campaign or access status that bears on generative AI in China.
public struct Regulation: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case regulation, policy, scrutiny, access }

    public let id: String
    public let title: StoredText
    public let kind: Kind
    public let issuedBy: [String]
    public let overseenBy: [String]
    public let date: FuzzyDate?
    public let summary: StoredText
    public let covers: StoredText
    public let appliesTo: StoredText
    /// Ids of organisations it may apply to, as the sources say.
    public let affects: [String]
    public let requirements: [String]
    public let status: String
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, title: StoredText, kind: Kind, issuedBy: [String], overseenBy: [String], date: FuzzyDate?, summary: StoredText, covers: StoredText, appliesTo: StoredText, affects: [String], requirements: [String], status: String, evidence: [Evidence]) {
        self.id = id
        self.title = title
        self.kind = kind
        self.issuedBy = issuedBy
        self.overseenBy = overseenBy
        self.date = date
        self.summary = summary
        self.covers = covers
        self.appliesTo = appliesTo
        self.affects = affects
        self.requirements = requirements
        self.status = status
        self.evidence = evidence
    }
}
