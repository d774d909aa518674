/// A rule, policy, scrutiny campaign or access status that bears on generative AI in China.
public struct Regulation: Equatable, Sendable {
    /// A rule, a policy (stance, programme or pledge), regulatory scrutiny, or whether a service may be used in China.
    public enum Kind: String, CaseIterable, Sendable { case regulation, policy, scrutiny, access }

    /// The record's id, unique across the catalog.
    public let id: String
    /// A short title, not a quote of the sources.
    public let title: StoredText
    /// Which of the four it is.
    public let kind: Kind
    /// Ids of the organisations that issued or announced it; empty when the sources do not say.
    public let issuedBy: [String]
    /// Ids of the organisations that oversee or enforce it; may be empty.
    public let overseenBy: [String]
    /// When it was introduced or published, when the sources say.
    public let date: FuzzyDate?
    /// One or two sentences on it, not a quote of the sources.
    public let summary: StoredText
    /// What it covers.
    public let covers: StoredText
    /// Whom it may apply to, in words; `affects` is the organisations the data ties it to.
    public let appliesTo: StoredText
    /// The organisations it may apply to, each marked as stated by the article or inferred by the compilers.
    public let affects: [Link]
    /// The concrete obligations it imposes; may be empty.
    public let requirements: [String]
    /// Its state in a few words: "introduced", "pledged", "expected (expert view)".
    public let status: String
    /// The verbatim quotes of the sources it rests on.
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, title: StoredText, kind: Kind, issuedBy: [String], overseenBy: [String], date: FuzzyDate?, summary: StoredText, covers: StoredText, appliesTo: StoredText, affects: [Link], requirements: [String], status: String, evidence: [Evidence]) {
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
