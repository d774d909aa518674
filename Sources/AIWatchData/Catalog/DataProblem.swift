import TerminalKit

/// One thing wrong with a data folder, located as precisely as possible.
public struct DataProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// Where in the file: `companies[3].products[0].status`.
    public let path: String?
    public let recordID: String?
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, recordID: String? = nil, message: String) {
        self.file = Sanitizer.clean(file)
        self.line = line
        self.column = column
        self.path = path.map(Sanitizer.clean)
        self.recordID = recordID.map(Sanitizer.clean)
        self.message = Sanitizer.clean(message)
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
    public let problems: [DataProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
