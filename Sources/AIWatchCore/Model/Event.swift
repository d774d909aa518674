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
}
