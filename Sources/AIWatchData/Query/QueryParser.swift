/// Turns filter text into a `Query`. The grammar, as the help shows it:
///
/// ```
/// words            all must match, in any order: baidu chatbot
/// "a phrase"       the words together, in this order
/// -word            leave out records that match: -cloud, -"open source", -sector:education
/// a | b, a OR b    either; binds tighter than the implicit AND:
///                  baidu | alibaba cloud  =  (baidu OR alibaba) AND cloud
/// field:value      only that field contains value: sector:finance, regulator:cac, name:"jd.com"
/// ```
///
/// Matching ignores case, accents and character width, and finds the value anywhere inside a word (so the word
/// being typed works as a prefix). A bare word searches a record's own text: names, Chinese names and their pinyin
/// (`jingdong`, `jing dong` and `京东` all find JD.com), titles, summaries, sectors, product names, evidence quotes
/// and people's quotes. `OR` is an operator only in capitals; `|` needs no spaces around it.
public enum QueryParser {
    /// The query in `text`, or the first problem with it.
    public static func parse(_ text: String) -> Result<Query, QueryError> {
        var scanner = QueryScanner(text)
        var clauses: [Clause] = []
        var alternatives: [Term] = []
        var pendingOperator: Int?
        do throws(QueryError) {
            while let token = try scanner.next() {
                switch token {
                case .or(let position):
                    if let pending = pendingOperator {
                        throw QueryError(message: "two operators in a row: put a term between them", position: max(pending, position))
                    }
                    guard !alternatives.isEmpty else {
                        throw QueryError(message: "\(scanner.operatorName(at: position)) needs a term before it", position: position)
                    }
                    pendingOperator = position
                case .term(let term):
                    if pendingOperator != nil {
                        alternatives.append(term)
                        pendingOperator = nil
                    } else {
                        if !alternatives.isEmpty { clauses.append(Clause(alternatives: alternatives)) }
                        alternatives = [term]
                    }
                }
            }
            if let pending = pendingOperator {
                throw QueryError(message: "\(scanner.operatorName(at: pending)) needs a term after it", position: pending)
            }
        } catch {
            return .failure(error)
        }
        if !alternatives.isEmpty { clauses.append(Clause(alternatives: alternatives)) }
        return .success(Query(text: text, clauses: clauses))
    }

    /// Field names completing `prefix`, the word being typed (for `Tab` in the filter line): `sec` → `sector:`,
    /// `-re` → `-regulator:`, `-regulation…` stays `-re…`. Case-insensitive; empty when the word already has a
    /// colon or nothing completes it. The whole word is returned, ready to replace `prefix`.
    public static func completions(forPrefix prefix: String) -> [String] {
        let negated = prefix.hasPrefix("-")
        let stem = negated ? prefix.dropFirst() : Substring(prefix)
        guard !stem.contains(":"), !stem.contains("\"") else { return [] }
        let lowered = stem.lowercased()
        return Facet.allCases.map(\.rawValue).sorted()
            .filter { $0.hasPrefix(lowered) }
            .map { (negated ? "-" : "") + $0 + ":" }
    }
}
