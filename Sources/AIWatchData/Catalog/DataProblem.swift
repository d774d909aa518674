import TerminalKit

/// One thing wrong with a data folder, located as precisely as possible.
public struct DataProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or the folder) the problem is in, sanitized.
    public let file: String
    /// The line, from 1, when the problem has a place in the file.
    public let line: Int?
    /// The column, from 1 and counted in Unicode scalars, when the problem has a place in the file.
    public let column: Int?
    /// Where in the file: `companies[3].products[0].status`.
    public let path: String?
    /// The id of the record the problem is in, when known; `description` names it only with a `path`.
    public let recordID: String?
    /// What is wrong, sanitized and cut to a line's length.
    public let message: String

    /// A problem; what it quotes of the file (a key, an id, a value) is sanitized and cut, so that a megabyte key
    /// makes a line, not a megabyte of it.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, recordID: String? = nil, message: String) {
        self.file = Sanitizer.clean(file)
        self.line = line
        self.column = column
        self.path = path.map { TextFit.truncateMiddle(Sanitizer.clean($0), to: Self.quotedCells * 2) }
        self.recordID = recordID.map(Self.quoted)
        self.message = TextFit.truncate(Sanitizer.clean(message), to: Self.quotedCells * 4)
    }

    /// How many cells of a path a problem keeps, a quarter of them for its message.
    static let quotedCells = 80

    /// How many characters of a key, an id or a value a problem quotes.
    public static let quotedCharacters = 60

    /// `text` as a problem quotes it: sanitized, and cut after `quotedCharacters` characters with "…", so that a
    /// megabyte key or id makes a readable line. Only the part kept is looked at.
    public static func quoted(_ text: String) -> String {
        let head = text.prefix(quotedCharacters + 1)
        guard head.count > quotedCharacters else { return Sanitizer.clean(text) }
        return Sanitizer.clean(String(head.prefix(quotedCharacters))) + "…"
    }

    /// `companies.json:12:5: companies[3].products[0].status (record "jd"): expected one of …`
    public var description: String {
        var text = file
        if let line, let column { text += ":\(line):\(column)" }
        text += ": "
        if let path { text += path + (recordID.map { " (record \"\($0)\")" } ?? "") + ": " }
        return text + message
    }
}

/// Everything wrong with a data folder; the folder is refused as a whole.
public struct DataProblems: Error, Sendable, CustomStringConvertible {
    /// The problems to show: at most the first hundred of each file, then a line saying how many more it has.
    public let problems: [DataProblem]
    /// How many problems there are in all, shown or not.
    public let total: Int

    /// The problems to show and, when some were left out, how many there are in all.
    public init(problems: [DataProblem], total: Int? = nil) {
        self.problems = problems
        self.total = total ?? problems.count
    }

    /// One problem a line, each as `DataProblem.description` gives it.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
