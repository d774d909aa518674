/// Someone the sources quote.
public struct Person: Equatable, Sendable {
    public let id: String
    public let name: String
    public let role: String
    /// The id of their organisation.
    public let affiliation: String
    public let summary: StoredText
    public let quotes: [Quote]
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, name: String, role: String, affiliation: String, summary: StoredText, quotes: [Quote], evidence: [Evidence]) {
        self.id = id
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.summary = summary
        self.quotes = quotes
        self.evidence = evidence
    }
}

/// A verbatim quote of a person, with what it is about.
public struct Quote: Equatable, Sendable {
    public let id: String
    public let text: StoredText
    public let source: String
    /// How it was given ("told CNBC", "via email"), when the source says.
    public let via: String?
    /// Ids of the records the quote is about.
    public let about: [String]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, text: StoredText, source: String, via: String?, about: [String]) {
        self.id = id
        self.text = text
        self.source = source
        self.via = via
        self.about = about
    }
}
