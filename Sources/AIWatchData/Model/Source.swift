/// One of the articles the knowledge base is derived from.
public struct Source: Equatable, Sendable {
    /// The source's id, which evidence and quotes cite.
    public let id: String
    /// The article's headline.
    public let headline: String
    /// Who published it.
    public let publisher: String
    /// "YYYY-MM".
    public let published: String
    /// The article's address; nil when none is recorded.
    public let url: String?
    /// Caveats about the source, e.g. that it is a garbled republished rewrite.
    public let note: String?
    /// The verbatim quote of the article itself that the record rests on: its headline.
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
