/// A dated event on the timeline.
public struct Event: Equatable, Sendable {
    public let id: String
    public var title: String { storedTitle.string }
    let storedTitle: StoredText
    public let date: FuzzyDate
    public var summary: String { storedSummary.string }
    let storedSummary: StoredText
    public let related: [String]
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, storedTitle: StoredText, date: FuzzyDate, storedSummary: StoredText, related: [String], evidence: [Evidence]) {
        self.id = id
        self.storedTitle = storedTitle
        self.date = date
        self.storedSummary = storedSummary
        self.related = related
        self.evidence = evidence
    }
}
