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
    public let summary: StoredText
    public let products: [Product]
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, name: String, nameZh: String?, kind: Kind, parent: String?, sectors: [String], summary: StoredText, products: [Product], evidence: [Evidence]) {
        self.id = id
        self.name = name
        self.nameZh = nameZh
        self.kind = kind
        self.parent = parent
        self.sectors = sectors
        self.summary = summary
        self.products = products
        self.evidence = evidence
    }
}

/// A product or announced plan of an organisation.
public struct Product: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case announced, inDevelopment = "in-development", released
    }

    public let id: String
    public let name: String
    public let summary: StoredText
    public let sectors: [String]
    /// The id of the unit that builds it, when the source names one.
    public let unit: String?
    public let status: Status
    public let expected: FuzzyDate?

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, name: String, summary: StoredText, sectors: [String], unit: String?, status: Status, expected: FuzzyDate?) {
        self.id = id
        self.name = name
        self.summary = summary
        self.sectors = sectors
        self.unit = unit
        self.status = status
        self.expected = expected
    }
}
