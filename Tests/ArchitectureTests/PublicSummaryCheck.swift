/// Finds the public declarations of a source file that have no `///` summary. Each layer is a target, so its
/// public API is all the layer above sees of it, and the summary is what a caller reads there.
///
/// The rule, for this code base:
/// - A declaration needs a summary when it is written `public` or `open` (with any other modifiers and
///   attributes: `@inlinable public`, `public static`, `public private(set) var`, `public init`,
///   `public subscript`), or when it is public without the word: a member of a `public extension` or a
///   requirement of a `public protocol`, unless it says `private`, `fileprivate`, `internal` or `package`.
/// - The summary is a `///` line directly above the declaration, or above the attribute lines directly above it
///   (`@discardableResult`, a multi-line `@available(…)`). A blank line or a plain `//` comment in between breaks
///   it off.
/// - A declaration spanning several lines is checked once, at its first line, which holds its modifiers and
///   keyword.
/// - Not checked: the `case`s of a public enum, which are not written `public` and are covered by the enum's
///   summary (they may carry one of their own); an `extension` itself, whose members are checked instead;
///   `deinit`; and `public import`. `public` in a comment or a string is not a declaration.
enum PublicSummaryCheck {
    /// One public declaration without a summary.
    struct Finding: CustomStringConvertible, Equatable {
        /// The file, from the package root.
        let path: String
        let line: Int
        /// The declaration as written, up to its body.
        let declaration: String

        var description: String { "\(path):\(line): \(declaration)" }
    }

    /// Every public declaration of `source` without a `///` summary. `path` is the file's path from the package root.
    static func findings(path: String, source: String) -> [Finding] {
        let text = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = SwiftCode(source).lines
        var found: [Finding] = []
        // The scope each open brace began: whether declarations directly in it are public without the word.
        var scopes: [Scope] = []
        // The scope the next `{` opens, set by the last declaration seen.
        var opening = Scope.other
        var summarised = false
        // Open parentheses of an attribute that goes on to the next line.
        var attributeDepth = 0
        for (index, line) in code.enumerated() {
            let written = index < text.count ? text[index] : ""
            if attributeDepth > 0 {
                attributeDepth += depthChange(line)
            } else if written.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                summarised = true
            } else if let attributes = attributesOnly(line) {
                attributeDepth = attributes
            } else {
                if let declaration = Declaration(line) {
                    let inPublicScope = scopes.last == .publicMembers && declaration.access.isEmpty
                    let isPublic = declaration.access.contains("public") || declaration.access.contains("open")
                    if (isPublic || inPublicScope) && declaration.needsSummary && !summarised {
                        found.append(Finding(path: path, line: index + 1, declaration: shown(written, code: line)))
                    }
                    opening = isPublic && declaration.opensPublicMembers ? .publicMembers : .other
                }
                summarised = false
            }
            for character in line {
                if character == "{" {
                    scopes.append(opening)
                    opening = .other
                } else if character == "}" {
                    _ = scopes.popLast()
                }
            }
        }
        return found
    }

    private enum Scope { case publicMembers, other }

    /// A declaration's access modifiers (`public`, `private`…; not `private(set)`, which is the setter's) and
    /// keyword, read from the start of a line of code.
    private struct Declaration {
        let access: Set<String>
        let keyword: String

        private static let accessModifiers: Set = ["public", "open", "private", "fileprivate", "internal", "package"]
        private static let otherModifiers: Set = [
            "static", "class", "final", "override", "mutating", "nonmutating", "nonisolated", "convenience",
            "required", "lazy", "weak", "unowned", "indirect", "dynamic", "optional", "prefix", "postfix", "infix",
        ]
        private static let keywords: Set = [
            "func", "var", "let", "init", "subscript", "struct", "enum", "class", "protocol", "extension", "typealias",
            "actor", "associatedtype", "case", "deinit", "macro", "operator", "import",
        ]

        init?(_ line: String) {
            var tokens = PublicSummaryCheck.tokens(PublicSummaryCheck.droppingAttributes(line))[...]
            var access: Set<String> = []
            let modifiers = Self.accessModifiers.union(Self.otherModifiers)
            while let token = tokens.first, modifiers.contains(token) {
                // `class` is a modifier before a keyword or another modifier (`class func`), else the keyword.
                let next = tokens.dropFirst().first ?? ""
                if token == "class" && !Self.keywords.contains(next) && !modifiers.contains(next) { break }
                tokens = tokens.dropFirst()
                // `private(set)` limits the setter alone; `unowned(unsafe)` is no access at all.
                if tokens.first == "(", tokens.dropFirst(2).first == ")" {
                    tokens = tokens.dropFirst(3)
                } else if Self.accessModifiers.contains(token) {
                    access.insert(token)
                }
            }
            guard let keyword = tokens.first, Self.keywords.contains(keyword) else { return nil }
            self.access = access
            self.keyword = keyword
        }

        /// Whether the rule asks for a summary on this kind of declaration (see `PublicSummaryCheck`).
        var needsSummary: Bool { !["extension", "case", "import", "deinit"].contains(keyword) }

        /// Whether, when public, the members in its braces are public without the word.
        var opensPublicMembers: Bool { keyword == "extension" || keyword == "protocol" }
    }

    /// The line's code with its leading attributes (`@inlinable`, `@available(*, unavailable)`) taken off.
    private static func droppingAttributes(_ line: String) -> Substring {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        while rest.first == "@" {
            rest = rest.dropFirst().drop { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            if rest.first == "(" {
                var depth = 0
                guard let close = rest.indices.first(where: { index in
                    depth += rest[index] == "(" ? 1 : rest[index] == ")" ? -1 : 0
                    return depth == 0
                }) else { return "" }
                rest = rest[rest.index(after: close)...]
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
        }
        return rest
    }

    /// Whether the line holds attributes and nothing else, and if so how many of their parentheses stay open for
    /// the next lines.
    private static func attributesOnly(_ line: String) -> Int? {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard code.hasPrefix("@"), droppingAttributes(code).isEmpty else { return nil }
        // An attribute whose parentheses close on a later line leaves `droppingAttributes` nothing, too.
        return max(0, depthChange(code))
    }

    private static func depthChange(_ line: String) -> Int {
        line.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }
    }

    /// The identifiers and the single punctuation characters of `code`, in order.
    private static func tokens(_ code: Substring) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in code {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
                continue
            }
            if !word.isEmpty { tokens.append(word) }
            word = ""
            if character != " " && character != "\t" { tokens.append(String(character)) }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// A declaration as a finding shows it: its line as written, cut before its body (a `{` of the code, not of a
    /// string), blanks squeezed.
    private static func shown(_ written: String, code: String) -> String {
        // The code keeps every scalar's place, so the body's `{` is as far into the written line.
        let body = Array(code.unicodeScalars).firstIndex(of: "{") ?? Int.max
        let head = String(String.UnicodeScalarView(written.unicodeScalars.prefix(body)))
        return head.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
