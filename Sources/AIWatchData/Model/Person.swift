/// Someone the sources quote.
public struct Person: Equatable, Sendable {
    /// The person's id, unique across the catalog.
    public let id: String
    /// Their full name; "Unnamed official" when the source gives none.
    public let name: String
    /// Their position or title.
    public let role: String
    /// The id of their organisation.
    public let affiliation: String
    /// One or two sentences on what they say, not a quote of the sources.
    public let summary: StoredText
    /// Their words, quoted verbatim.
    public let quotes: [Quote]
    /// The verbatim quotes of the sources that identify them and their role.
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
    /// The quote's id, unique across the catalog.
    public let id: String
    /// The words, a verbatim span of the source of at most one sentence.
    public let text: StoredText
    /// The id of the source that quotes them.
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
