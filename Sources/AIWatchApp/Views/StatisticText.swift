import AIWatchData

/// How statistics read on screen, qualifiers always kept ("> 60 %" is not "60 %").
public enum StatisticText {
    /// "> 40,000", "1.75 trillion", "1,048".
    public static func figure(_ statistic: Statistic) -> String {
        symbol(statistic.qualifier) + statistic.display
    }

    /// The figure in the fewest cells a reader cannot misread, for the overview's narrow list: the words for large
    /// numbers become their usual abbreviations ("1.75 trillion" → "1.75 tn"); the detail keeps the full form.
    public static func compactFigure(_ statistic: Statistic) -> String {
        let abbreviations = ["trillion": "tn", "billion": "bn", "million": "m"]
        let words = figure(statistic).split(separator: " ", omittingEmptySubsequences: false)
        return words.map { abbreviations[$0.lowercased()] ?? String($0) }.joined(separator: " ")
    }

    /// The strip form: figure, unit and share ("10 of 24 platforms", "1,048 core AI companies (> 33.3 %)").
    public static func headline(_ statistic: Statistic) -> (figure: String, label: String) {
        let suffix = wordQualifier(statistic).map { " (“" + $0 + "”)" } ?? ""
        guard let share = statistic.share else { return (figure(statistic), " " + statistic.unit + suffix) }
        if let whole = share.whole, share.part != nil { return (figure(statistic) + " of " + number(whole), " " + statistic.unit) }
        return (figure(statistic), " " + statistic.unit + " (" + symbol(share.qualifier) + percent(share.ratio) + ")")
    }

    /// The label, with a qualifier that has no symbol kept in the source's words
    /// ("WuDao 2.0 parameter count, “is recognized with”").
    public static func label(_ statistic: Statistic) -> String {
        wordQualifier(statistic).map { statistic.label + ", “" + $0 + "”" } ?? statistic.label
    }

    /// A qualifier `symbol` cannot express, if the statistic has one.
    static func wordQualifier(_ statistic: Statistic) -> String? {
        guard let qualifier = statistic.qualifier, !qualifier.isEmpty, symbol(qualifier).isEmpty else { return nil }
        return qualifier
    }

    /// "> 1/3 of AI firms in China", "10 of 24", or "".
    public static func share(_ statistic: Statistic) -> String {
        guard let share = statistic.share else { return "" }
        if let part = share.part, let whole = share.whole {
            return symbol(share.qualifier) + number(part) + " of " + number(whole)
        }
        return symbol(share.qualifier) + percent(share.ratio)
    }

    /// "33 %", keeping one decimal when it matters.
    public static func percent(_ ratio: Double) -> String {
        let value = ratio * 100
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " %"
    }

    /// "more than" → "> ", "about" → "~ ", other qualifiers kept as words.
    public static func symbol(_ qualifier: String?) -> String {
        guard let qualifier, !qualifier.isEmpty else { return "" }
        switch qualifier.lowercased() {
        case "more than", "over": return "> "
        case "less than", "under": return "< "
        case "about", "around", "approximately", "nearly": return "~ "
        default: return ""
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
