/// A number a source states, with its qualifier ("more than") kept: dropping it would misquote the source.
public struct Statistic: Equatable, Sendable {
    public let id: String
    public let label: String
    public let subject: String
    public let about: [String]
    public let value: Double
    /// The number as the source writes it ("1,048", "1.75 trillion").
    public let display: String
    public let qualifier: String?
    public let unit: String
    public let share: Share?
    public let asOf: FuzzyDate?
    public var summary: String { storedSummary.string }
    let storedSummary: StoredText
    public let attribution: String?
    public let evidence: [Evidence]

    /// "more than 40,000 AI talents".
    public var valueText: String {
        [qualifier, display, unit].compactMap { $0 }.joined(separator: " ")
    }
}

/// What fraction of a whole a statistic is.
public struct Share: Equatable, Sendable {
    public let ratio: Double
    public let qualifier: String?
    /// The source's words ("more than one-third").
    public let phrase: String
    public let part: Double?
    public let whole: Double?
    /// The whole it is a share of ("AI firms in China").
    public let of: String
}
