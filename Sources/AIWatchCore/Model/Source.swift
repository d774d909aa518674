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
}
