/// A rule, policy, scrutiny campaign or access status that bears on generative AI in China.
public struct Regulation: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable { case regulation, policy, scrutiny, access }

    public let id: String
    public var title: String { storedTitle.string }
    let storedTitle: StoredText
    public let kind: Kind
    public let issuedBy: [String]
    public let overseenBy: [String]
    public let date: FuzzyDate?
    public var summary: String { storedSummary.string }
    let storedSummary: StoredText
    public var covers: String { storedCovers.string }
    let storedCovers: StoredText
    public var appliesTo: String { storedAppliesTo.string }
    let storedAppliesTo: StoredText
    /// Ids of organisations it may apply to, as the sources say.
    public let affects: [String]
    public let requirements: [String]
    public let status: String
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, storedTitle: StoredText, kind: Kind, issuedBy: [String], overseenBy: [String], date: FuzzyDate?, storedSummary: StoredText, storedCovers: StoredText, storedAppliesTo: StoredText, affects: [String], requirements: [String], status: String, evidence: [Evidence]) {
        self.id = id
        self.storedTitle = storedTitle
        self.kind = kind
        self.issuedBy = issuedBy
        self.overseenBy = overseenBy
        self.date = date
        self.storedSummary = storedSummary
        self.storedCovers = storedCovers
        self.storedAppliesTo = storedAppliesTo
        self.affects = affects
        self.requirements = requirements
        self.status = status
        self.evidence = evidence
    }
}
