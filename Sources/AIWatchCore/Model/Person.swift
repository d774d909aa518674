/// Someone the sources quote.
public struct Person: Equatable, Sendable {
    public let id: String
    public let name: String
    public let role: String
    /// The id of their organisation.
    public let affiliation: String
    public var summary: String { storedSummary.string }
    let storedSummary: StoredText
    public let quotes: [Quote]
    public let evidence: [Evidence]
}

/// A verbatim quote of a person, with what it is about.
public struct Quote: Equatable, Sendable {
    public let id: String
    public var text: String { storedText.string }
    let storedText: StoredText
    public let source: String
    /// How it was given ("told CNBC", "via email"), when the source says.
    public let via: String?
    /// Ids of the records the quote is about.
    public let about: [String]
}
