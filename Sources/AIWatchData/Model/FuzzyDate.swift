/// A date as an article gives it: the article's own phrase, its resolution ("YYYY", "YYYY-MM" or "YYYY-MM-DD"),
/// a point or a span (`date` to `end`), whether that resolution is approximate (relative phrases such as "last
/// month"), and whether the article states the date or the compilers resolved it.
public struct FuzzyDate: Equatable, Comparable, Sendable {
    /// The source's own words: "March this year", "Last month"; nil when the article gives the thing no date words
    /// at all (the date is then placed by the compilers, and `basis` says how).
    public let phrase: String?
    /// The resolved date, or the start of a span: "YYYY", "YYYY-MM" or "YYYY-MM-DD", no more precise than the phrase.
    public let date: String
    /// The end of a span ("over the last decade": 2013 to 2023), in the same shapes; nil for a point in time.
    public let end: String?
    /// Whether `date` was resolved from a relative or vague phrase (shown with a `~`).
    public let approximate: Bool
    /// Whether the article states the date, or why the compilers resolved it as they did.
    public let basis: Basis

    /// A date: `phrase` as the article words it, `date` its resolution (the start, when `end` makes it a span),
    /// whether that is approximate, and on what basis.
    public init(phrase: String?, date: String, end: String? = nil, approximate: Bool, basis: Basis = .stated) {
        self.phrase = phrase
        self.date = date
        self.end = end
        self.approximate = approximate
        self.basis = basis
    }

    /// Whether it is a span rather than a point in time.
    public var isSpan: Bool { end != nil }

    /// Whether `date` has one of the accepted shapes (ASCII digits, with a plausible month and day). Read byte by
    /// byte: it runs for every dated record a folder holds.
    public static func isValid(_ date: String) -> Bool {
        var date = date
        return date.withUTF8 { bytes in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for byte in bytes[range] {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return value
            }
            guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10, number(0..<4) != nil else { return false }
            if bytes.count > 4 {
                guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return false }
            }
            if bytes.count > 7 {
                guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...31).contains(day) else { return false }
            }
            return true
        }
    }

    /// The year, 0 when `date` does not start with one.
    public var year: Int { Int(date.prefix(4)) ?? 0 }

    /// The date as a number of years, for placing it on a time axis ("2023-01" is 2023.0, "2023-07" 2023.5); the
    /// start of a span.
    public var years: Double { Self.years(date) }

    /// The end of a span as a number of years, like `years`; nil for a point in time.
    public var endYears: Double? { end.map(Self.years) }

    private static func years(_ date: String) -> Double {
        let parts = date.split(separator: "-").compactMap { Double($0) }
        guard let year = parts.first else { return 0 }
        return year + (parts.count > 1 ? parts[1] - 1 : 0) / 12 + (parts.count > 2 ? parts[2] - 1 : 0) / 365
    }

    /// A short display form: "Mar 2023", "~Mar 2023" when approximate, "~2013–2023" for a span.
    public var display: String {
        (approximate ? "~" : "") + Self.display(date) + (end.map { "–" + Self.display($0) } ?? "")
    }

    /// The date and the article's phrase, as a detail or a brief shows them: `~Jan 2023 (“Last month”)`; without a
    /// phrase, the date alone.
    public var displayWithPhrase: String {
        display + (phrase.map { " (“" + $0 + "”)" } ?? "")
    }

    /// "Mar 2023" for "2023-03", "5 Mar 2023" for "2023-03-05", "2023" for "2023".
    private static func display(_ date: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = date.split(separator: "-")
        var text = String(parts.first ?? "")
        if parts.count > 1, let month = Int(parts[1]), (1...12).contains(month) { text = months[month - 1] + " " + text }
        if parts.count > 2, let day = Int(parts[2]) { text = "\(day) " + text }
        return text
    }

    /// Earlier first, by `date` alone: a year sorts before its months, and the phrase does not count.
    public static func < (lhs: FuzzyDate, rhs: FuzzyDate) -> Bool { lhs.date < rhs.date }
}
