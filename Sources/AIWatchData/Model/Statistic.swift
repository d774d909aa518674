/// A number a source states, with its qualifier ("more than") kept: dropping it would misquote the source.
public struct Statistic: Equatable, Sendable {
    /// The record's id, unique across the catalog.
    public let id: String
    /// A short label, not a quote of the sources.
    public let label: String
    /// What the number describes: "Beijing".
    public let subject: String
    /// Ids of the records the number is about; may be empty.
    public let about: [String]
    /// The number itself, for sorting and charts; shown to people as `display`, with its qualifier.
    public let value: Double
    /// The number as the source writes it ("1,048", "1.75 trillion").
    public let display: String
    /// The source's hedge on the number ("more than"), which must be shown with it; nil when stated flatly.
    public let qualifier: String?
    /// What is counted: "core AI companies", "parameters".
    public let unit: String
    /// The number as a share of a whole, when the source gives one.
    public let share: Share?
    /// When the number applies, when the source says.
    public let asOf: FuzzyDate?
    /// One or two sentences on it, not a quote of the sources.
    public let summary: StoredText
    /// Who states the number, when the source says.
    public let attribution: String?
    /// The verbatim quotes of the sources it rests on.
    public let evidence: [Evidence]

    /// "more than 40,000 AI talents".
    public var valueText: String {
        [qualifier, display, unit].compactMap { $0 }.joined(separator: " ")
    }

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(id: String, label: String, subject: String, about: [String], value: Double, display: String, qualifier: String?, unit: String, share: Share?, asOf: FuzzyDate?, summary: StoredText, attribution: String?, evidence: [Evidence]) {
        self.id = id
        self.label = label
        self.subject = subject
        self.about = about
        self.value = value
        self.display = display
        self.qualifier = qualifier
        self.unit = unit
        self.share = share
        self.asOf = asOf
        self.summary = summary
        self.attribution = attribution
        self.evidence = evidence
    }
}

/// What fraction of a whole a statistic is.
public struct Share: Equatable, Sendable {
    /// The share as a number from 0 to 1.
    public let ratio: Double
    /// The source's hedge on the share ("more than"); nil when stated flatly.
    public let qualifier: String?
    /// The source's words ("more than one-third").
    public let phrase: String
    /// The part, when the source gives both part and whole ("10 out of 24").
    public let part: Double?
    /// The whole, when the source gives both part and whole.
    public let whole: Double?
    /// The whole it is a share of ("AI firms in China").
    public let of: String

    /// A record made in code rather than read from a data file (tests, the benchmark's synthetic data).
    public init(ratio: Double, qualifier: String?, phrase: String, part: Double?, whole: Double?, of: String) {
        self.ratio = ratio
        self.qualifier = qualifier
        self.phrase = phrase
        self.part = part
        self.whole = whole
        self.of = of
    }
}
