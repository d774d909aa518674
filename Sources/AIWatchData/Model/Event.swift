/// A dated event on the timeline.
public struct Event: Equatable, Sendable {
    public let id: String
    public let title: StoredText
    public let date: FuzzyDate
    public let summary: StoredText
    public let related: [String]
    public let evidence: [Evidence]

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, title: StoredText, date: FuzzyDate, summary: StoredText, related: [String], evidence: [Evidence]) {
        self.id = id
        self.title = title
        self.date = date
        self.summary = summary
        self.related = related
        self.evidence = evidence
    }
}
