/// One of the articles the knowledge base is derived from.
public struct Source: Equatable, Sendable {
    public let id: String
    public let headline: String
    public let publisher: String
    /// "YYYY-MM".
    public let published: String
    public let url: String?
    public let note: String?
    public let evidence: [Evidence]

    /// "Tech Wire Asia, Feb 2023".
    public var citation: String {
        publisher + ", " + FuzzyDate(phrase: published, date: published, approximate: false).display
    }

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, headline: String, publisher: String, published: String, url: String?, note: String?, evidence: [Evidence]) {
        self.id = id
        self.headline = headline
        self.publisher = publisher
        self.published = published
        self.url = url
        self.note = note
        self.evidence = evidence
    }
}
