/// Reads filter text token by token for `QueryParser`: terms (word, phrase, `field:value`, each maybe negated) and
/// the `|`/`OR` operator. Positions are `Character` offsets.
struct QueryScanner {
    enum Token {
        case term(Term)
        case or(Int)
    }

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    /// `'|'` or `OR`, as written at `position`.
    func operatorName(at position: Int) -> String {
        characters[position] == "|" ? "'|'" : "OR"
    }

    /// The next token, `nil` at the end. Terms whose value folds to nothing (an invisible character) are skipped.
    mutating func next() throws(QueryError) -> Token? {
        while true {
            while position < characters.count && characters[position].isWhitespace { position += 1 }
            guard position < characters.count else { return nil }
            let start = position
            if characters[start] == "|" {
                position += 1
                return .or(start)
            }
            if let term = try readTerm() { return .term(term) }
            if position - start == 2 && characters[start] == "O" && characters[start + 1] == "R" { return .or(start) }
        }
    }

    /// A term, or `nil` for `OR` and for terms that fold to nothing.
    private mutating func readTerm() throws(QueryError) -> Term? {
        let start = position
        var negated = false
        if characters[position] == "-" {
            position += 1
            guard position < characters.count, !endsWord(characters[position]) else {
                throw QueryError(message: "nothing to exclude after '-'", position: start)
            }
            negated = true
        }
        let fieldStart = position
        if characters[position] == "\"" {
            let value = try readQuoted()
            return term(field: nil, value: value, negated: negated, phrase: true, start: start)
        }
        while position < characters.count && !endsWord(characters[position]) {
            if characters[position] == ":" && position > fieldStart && isFieldName(fieldStart..<position) {
                return try readFacet(nameRange: fieldStart..<position, negated: negated, start: start)
            }
            position += 1
        }
        let word = String(characters[fieldStart..<position])
        if word == "OR" && !negated { return nil }
        return term(field: nil, value: word, negated: negated, phrase: false, start: start)
    }

    /// The value after `field:`, with `position` on the colon.
    private mutating func readFacet(nameRange: Range<Int>, negated: Bool, start: Int) throws(QueryError) -> Term? {
        let name = String(characters[nameRange])
        guard let facet = Facet(named: name) else {
            let known = Facet.allCases.map(\.rawValue).sorted().joined(separator: " ")
            throw QueryError(message: "unknown field '\(name):' (fields: \(known))", position: nameRange.lowerBound)
        }
        position += 1
        let value: String
        let phrase = position < characters.count && characters[position] == "\""
        if phrase {
            value = try readQuoted()
        } else {
            let valueStart = position
            while position < characters.count && !endsWord(characters[position]) { position += 1 }
            value = String(characters[valueStart..<position])
        }
        let result = term(field: facet, value: value, negated: negated, phrase: phrase, start: start)
        guard result != nil else {
            throw QueryError(message: "'\(facet.rawValue):' needs a value", position: nameRange.lowerBound)
        }
        return result
    }

    /// The text between quotes, with `position` on the opening one; leaves `position` after the closing one.
    private mutating func readQuoted() throws(QueryError) -> String {
        let open = position
        position += 1
        while position < characters.count && characters[position] != "\"" { position += 1 }
        guard position < characters.count else {
            throw QueryError(message: "unclosed quote: add a closing \"", position: open)
        }
        position += 1
        return String(characters[(open + 1)..<(position - 1)])
    }

    private func term(field: Facet?, value: String, negated: Bool, phrase: Bool, start: Int) -> Term? {
        let folded = TextFolding.foldedBytes(value)
        guard !folded.isEmpty else { return nil }
        return Term(field: field, value: value, folded: folded, negated: negated, isPhrase: phrase, range: start..<position)
    }

    private func endsWord(_ character: Character) -> Bool {
        character.isWhitespace || character == "|"
    }

    private func isFieldName(_ range: Range<Int>) -> Bool {
        characters[range].allSatisfy { $0.isASCII && $0.isLetter }
    }
}
