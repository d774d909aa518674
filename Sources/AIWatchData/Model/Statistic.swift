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
    public let summary: StoredText
    public let attribution: String?
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
    public let ratio: Double
    public let qualifier: String?
    /// The source's words ("more than one-third").
    public let phrase: String
    public let part: Double?
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
