/// A verbatim span of a source article that a record is based on.
public struct Evidence: Equatable, Sendable {
    /// The id of a `Source`.
    public let source: String
    /// The exact words of the article, a sentence at most.
    public var quote: String { storedQuote.string }
    let storedQuote: StoredText
}
