/// A dated event on the timeline.
public struct Event: Equatable, Sendable {
    /// The event's id, unique across the catalog.
    public let id: String
    /// A short title, not a quote of the sources.
    public let title: StoredText
    /// When it happened or is expected.
    public let date: FuzzyDate
    /// One or two sentences on what happened.
    public let summary: StoredText
    /// Ids of related records of any kind.
    public let related: [String]
    /// The verbatim quotes of the sources it rests on.
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
