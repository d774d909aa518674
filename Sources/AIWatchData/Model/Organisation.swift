/// A company, research institute, government body, regulator, university or consultancy named by a source.
public struct Organisation: Equatable, Sendable {
    /// What sort of organisation it is, spelled as `companies.json` spells it.
    public enum Kind: String, CaseIterable, Sendable {
        case company, researchInstitute = "research-institute", governmentBody = "government-body"
        case regulator, university, consultancy
    }

    /// The organisation's id, unique across the catalog.
    public let id: String
    /// The English name, as the sources give it.
    public let name: String
    /// The official Chinese name, for Chinese organisations: identity metadata so people can search in Chinese.
    public let nameZh: String?
    /// What sort of organisation it is.
    public let kind: Kind
    /// The id of the organisation this one belongs to (a division or subsidiary).
    public let parent: String?
    /// Lowercase sector names the sources state or directly imply; may be empty.
    public let sectors: [String]
    /// One or two sentences on it, not a quote of the sources.
    public let summary: StoredText
    /// Its products and announced plans; may be empty.
    public let products: [Product]
    /// The verbatim quotes of the sources it and its products rest on.
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
    /// How far along the product is, spelled as `companies.json` spells it; `announced` says the least, and
    /// `developed` says it was built without saying whether anyone can use it.
    public enum Status: String, CaseIterable, Sendable {
        case announced, inDevelopment = "in-development", developed, released
    }

    /// The product's id, unique across the catalog.
    public let id: String
    /// Its name, or a plain description when the sources give none.
    public let name: String
    /// One or two sentences on it, not a quote of the sources.
    public let summary: StoredText
    /// Lowercase sectors it is aimed at; may be empty.
    public let sectors: [String]
    /// The organisation it belongs to (the record it is listed under), and whether the article states that.
    public let organisation: Link
    /// The id of the unit that builds it, when the source names one.
    public let unit: String?
    /// How far along it is, as the sources say.
    public let status: Status
    /// When a release or preview is expected, only when the sources date this product itself.
    public let expected: FuzzyDate?

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, name: String, summary: StoredText, sectors: [String], organisation: Link, unit: String?, status: Status, expected: FuzzyDate?) {
        self.id = id
        self.name = name
        self.summary = summary
        self.sectors = sectors
        self.organisation = organisation
        self.unit = unit
        self.status = status
        self.expected = expected
    }
}
