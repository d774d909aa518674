/// A dated event on the timeline.
public struct Event: Equatable, Sendable {
    public let id: String
    public let title: String
    public let date: FuzzyDate
    public let summary: String
    public let related: [String]
    public let evidence: [Evidence]
}
