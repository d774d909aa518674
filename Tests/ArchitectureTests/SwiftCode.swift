/// The code of a Swift source file, with its comments and the text of its string literals blanked out, so that
/// a rule looking for a name finds the name used, not mentioned. Interpolations stay: `"\(getenv("X"))"` is code.
/// Every line keeps its number, so a finding can name its line.
struct SwiftCode {
    /// The lines of code, numbered from 1 in the order of the file.
    let lines: [String]

    init(_ source: String) {
        var scanner = Scanner(Array(source.unicodeScalars))
        scanner.scanCode(untilClosingParenthesis: false)
        lines = String(String.UnicodeScalarView(scanner.output)).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    /// The modules the file imports, with the line of each `import`: `import X`, `@testable import X`,
    /// `import struct X.Y` and `import X.Y` all import X.
    var imports: [(module: String, line: Int)] {
        lines.enumerated().compactMap { index, line in
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
            guard words.first == "import", words.count >= 2 else { return nil }
            words = words.dropFirst()
            let kinds: Set<Substring> = ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func"]
            if let kind = words.first, kinds.contains(kind), words.count >= 2 { words = words.dropFirst() }
            guard let path = words.first, let module = path.split(separator: ".").first else { return nil }
            return (String(module), index + 1)
        }
    }

    /// The identifiers of line `number` in order, each with whether it is a member (`x.name`) and the code that
    /// follows it on the line.
    func identifiers(onLine number: Int) -> [Identifier] {
        let scalars = Array(lines[number - 1].unicodeScalars)
        var found: [Identifier] = []
        var i = 0
        while i < scalars.count {
            guard Self.startsIdentifier(scalars[i]), i == 0 || !Self.continuesIdentifier(scalars[i - 1]) else {
                i += 1
                continue
            }
            let start = i
            while i < scalars.count, Self.continuesIdentifier(scalars[i]) { i += 1 }
            let before = Self.skippingSpaces(backFrom: start, in: scalars)
            let isMember = before > 0 && scalars[before - 1] == "."
            let qualifierEnd = isMember ? Self.skippingSpaces(backFrom: before - 1, in: scalars) : 0
            found.append(Identifier(
                name: String(String.UnicodeScalarView(scalars[start..<i])),
                qualifier: isMember ? Self.word(endingAt: qualifierEnd, in: scalars) : nil,
                isDeclared: Self.declarationKeywords.contains(Self.word(endingAt: before, in: scalars)),
                rest: scalars[i...]
            ))
        }
        return found
    }

    /// One identifier on a line of code.
    struct Identifier {
        let name: String
        /// What stands before a `.` in front of the identifier (`Foundation` in `Foundation.exit`, `x` in `x.exit`),
        /// "" for `.exit`; nil when the identifier is not a member.
        let qualifier: String?
        /// Whether this is the name being declared (`case exit`, `func print`), not a use.
        let isDeclared: Bool
        /// The rest of the line after the identifier.
        let rest: ArraySlice<Unicode.Scalar>

        /// Whether the code after the identifier, blanks skipped, starts with `text`.
        func isFollowed(by text: String) -> Bool {
            rest.drop { $0 == " " }.starts(with: text.unicodeScalars)
        }
    }

    private static let declarationKeywords: Set = [
        "case", "func", "var", "let", "struct", "class", "enum", "protocol", "typealias", "actor",
    ]

    /// Where the blanks before `end` begin.
    private static func skippingSpaces(backFrom end: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = end
        while start > 0, scalars[start - 1] == " " { start -= 1 }
        return start
    }

    /// The identifier that ends just before `end`, "" when none does.
    private static func word(endingAt end: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = end
        while start > 0, continuesIdentifier(scalars[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private static func startsIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    private static func continuesIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        startsIdentifier(scalar) || ("0"..."9").contains(scalar)
    }

    /// Copies code through and blanks comments and the text of string literals, keeping every newline.
    private struct Scanner {
        let source: [Unicode.Scalar]
        var position = 0
        var output: [Unicode.Scalar] = []

        init(_ source: [Unicode.Scalar]) {
            self.source = source
            output.reserveCapacity(source.count)
        }

        private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            position + offset < source.count ? source[position + offset] : nil
        }

        private func starts(with text: String) -> Bool {
            text.unicodeScalars.enumerated().allSatisfy { peek($0.offset) == $0.element }
        }

        private mutating func keep() {
            output.append(source[position])
            position += 1
        }

        private mutating func blank() {
            output.append(source[position] == "\n" ? "\n" : " ")
            position += 1
        }

        /// Code up to the end, or up to the `)` that closes an interpolation.
        mutating func scanCode(untilClosingParenthesis: Bool) {
            var depth = 0
            while let scalar = peek() {
                if starts(with: "//") {
                    while let next = peek(), next != "\n" { blank() }
                } else if starts(with: "/*") {
                    scanBlockComment()
                } else if scalar == "\"" || (scalar == "#" && rawStringHashes() != nil) {
                    scanString()
                } else if untilClosingParenthesis && scalar == "(" {
                    depth += 1
                    keep()
                } else if untilClosingParenthesis && scalar == ")" {
                    if depth == 0 { return }
                    depth -= 1
                    keep()
                } else {
                    keep()
                }
            }
        }

        /// A block comment, which may hold others.
        private mutating func scanBlockComment() {
            var depth = 0
            while peek() != nil {
                if starts(with: "/*") {
                    depth += 1
                    blank()
                    blank()
                } else if starts(with: "*/") {
                    depth -= 1
                    blank()
                    blank()
                    if depth == 0 { return }
                } else {
                    blank()
                }
            }
        }

        /// How many `#` open a raw string here, or nil when these `#` are not a string's (`#if`, `#filePath`).
        private func rawStringHashes() -> Int? {
            var count = 0
            while peek(count) == "#" { count += 1 }
            return peek(count) == "\"" ? count : nil
        }

        /// A string literal, plain or raw, one line or several: the delimiters stay, the text goes and each
        /// interpolation is scanned as code.
        private mutating func scanString() {
            let hashes = String(repeating: "#", count: rawStringHashes() ?? 0)
            let multiline = (0..<3).allSatisfy { peek(hashes.count + $0) == "\"" }
            let quotes = multiline ? "\"\"\"" : "\""
            for _ in 0..<(hashes + quotes).unicodeScalars.count { keep() }
            let escape = "\\" + hashes
            let closing = quotes + hashes
            while let scalar = peek() {
                if starts(with: escape) {
                    for _ in 0..<escape.unicodeScalars.count { blank() }
                    if peek() == "(" {
                        keep()
                        scanCode(untilClosingParenthesis: true)
                        if peek() == ")" { keep() }
                    } else if peek() != nil {
                        blank()
                    }
                } else if starts(with: closing) {
                    for _ in 0..<closing.unicodeScalars.count { keep() }
                    return
                } else if scalar == "\n" && !multiline {
                    return
                } else {
                    blank()
                }
            }
        }
    }
}
