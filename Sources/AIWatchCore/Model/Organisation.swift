/// A company, research institute, government body, regulator, university or consultancy named by a source.
public struct Organisation: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case company, researchInstitute = "research-institute", governmentBody = "government-body"
        case regulator, university, consultancy
    }

    public let id: String
    public let name: String
    /// The official Chinese name, for Chinese organisations: identity metadata so people can search in Chinese.
    public let nameZh: String?
    public let kind: Kind
    /// The id of the organisation this one belongs to (a division or subsidiary).
    public let parent: String?
    public let sectors: [String]
    public var summary: String { storedSummary.string }
    let storedSummary: StoredText
    public let products: [Product]
    public let evidence: [Evidence]
}

/// A product or announced plan of an organisation.
public struct Product: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case announced, inDevelopment = "in-development", released
    }

    public let id: String
    public let name: String
    public var summary: String { storedSummary.string }
    let storedSummary: StoredText
    public let sectors: [String]
    /// The id of the unit that builds it, when the source names one.
    public let unit: String?
    public let status: Status
    public let expected: FuzzyDate?
}
