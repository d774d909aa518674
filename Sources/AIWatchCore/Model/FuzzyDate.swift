/// A date as an article gives it: the article's own phrase, its resolution ("YYYY", "YYYY-MM" or "YYYY-MM-DD"),
/// and whether that resolution is approximate (relative phrases such as "last month").
public struct FuzzyDate: Equatable, Comparable, Sendable {
    public let phrase: String
    public let date: String
    public let approximate: Bool

    /// Whether `date` has one of the accepted shapes with a plausible month and day.
    public static func isValid(_ date: String) -> Bool {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count > 1 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count > 2 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false } }
        return true
    }

    public var year: Int { Int(date.prefix(4)) ?? 0 }

    /// The date as a number of years, for placing it on a time axis ("2023-01" is 2023.0, "2023-07" 2023.5).
    public var years: Double {
        let parts = date.split(separator: "-").compactMap { Double($0) }
        guard let year = parts.first else { return 0 }
        return year + (parts.count > 1 ? parts[1] - 1 : 0) / 12 + (parts.count > 2 ? parts[2] - 1 : 0) / 365
    }

    /// A short display form: "Mar 2023", "~Mar 2023" when approximate.
    public var display: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = date.split(separator: "-")
        var text = String(parts.first ?? "")
        if parts.count > 1, let month = Int(parts[1]), (1...12).contains(month) { text = months[month - 1] + " " + text }
        if parts.count > 2, let day = Int(parts[2]) { text = "\(day) " + text }
        return (approximate ? "~" : "") + text
    }

    public static func < (lhs: FuzzyDate, rhs: FuzzyDate) -> Bool { lhs.date < rhs.date }
}
