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
}
