/// The filter language as users read it: one text for `aiwatch --help`, the help overlay and the README, so they
/// cannot drift apart from each other or from the parser.
public enum QueryHelp {
    /// The grammar: an example, then what it does, one per line (under 80 cells each).
    public static let syntax: [String] = [
        "baidu chatbot       all words must match, in any order",
        "\"alibaba cloud\"     the words together, in this order",
        "-cloud              leave out what matches (also -\"a b\", -field:x)",
        "baidu | alibaba     either one (also: baidu OR alibaba)",
        "field:value         that field contains value: sector:finance",
        "name:\"jd.com\"       a quoted value",
    ]

    /// How matching works, one line each (under 80 cells).
    public static let notes: [String] = [
        "Case, accents and full-width letters are ignored: ｃｌｏｕｄ = cloud.",
        "Words match inside words, so the word being typed works as a prefix.",
        "A name matches in English, Chinese or pinyin: jingdong, jing dong, 京东.",
        "| and OR bind tighter than AND: a | b c means (a or b) and c.",
        "A field a record does not have never matches it: sector:x hides regulations.",
        "Tab completes a field name, and after the colon a value.",
    ]

    /// Every field with a one-line description, alphabetically.
    public static var fields: [(name: String, meaning: String)] {
        Facet.allCases.sorted { $0.rawValue < $1.rawValue }.map { ($0.rawValue + ":", $0.help) }
    }

    /// All of it as plain lines (for `--help` and the README).
    public static var lines: [String] {
        let width = fields.map(\.name.count).max() ?? 0
        return ["Filter syntax:"] + syntax.map { "  " + $0 } + [""] + notes.map { "  " + $0 } + ["", "Fields:"]
            + fields.map { "  " + $0.name + String(repeating: " ", count: width + 2 - $0.name.count) + $0.meaning }
    }
}
