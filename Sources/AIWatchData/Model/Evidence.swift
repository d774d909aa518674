/// A verbatim span of a source article that a record is based on.
public struct Evidence: Equatable, Sendable {
    /// The id of a `Source`.
    public let source: String
    /// The exact words of the article, a sentence at most.
    public let quote: StoredText

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(source: String, quote: StoredText) {
        self.source = source
        self.quote = quote
    }
}
