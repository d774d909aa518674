import TerminalKit

/// One option of a command, as its help, the man page and the shell completions describe it; the parser accepts
/// exactly these (a test holds the two together).
public struct CommandOption: Sendable {
    /// What an option's value (or a positional argument) may be, so completion can offer it.
    public enum Values: Sendable, Equatable {
        /// The option takes no value.
        case none
        /// One of these words, from an enum's `allCases`.
        case words([String])
        /// The id of a record of the catalog.
        case records
        /// A path to a file.
        case file
        /// A path to a folder.
        case directory
        /// Free text: a query, a view string, a size.
        case text
    }

    /// The spellings, short first: `["-o", "--output"]`.
    public let names: [String]
    /// The value's placeholder (`FILE`), or nil for a flag.
    public let placeholder: String?
    /// What it does, in one line, without the choices (`line` adds them).
    public let help: String
    /// What its value may be.
    public let values: Values

    /// An option spelled `names`, taking a value shown as `placeholder` (nil: a flag).
    public init(_ names: [String], _ placeholder: String?, _ help: String, values: Values = .none) {
        self.names = names
        self.placeholder = placeholder
        self.help = help
        self.values = values
    }

    /// A flag spelled `names`, taking no value.
    public init(_ names: [String], _ help: String) {
        self.init(names, nil, help)
    }

    /// The long spelling, or the only one.
    public var longName: String { names.last ?? "" }

    /// The spellings with the placeholder, as a help line starts: `-o, --output FILE`.
    public var spelled: String {
        let value = placeholder ?? ""
        guard !names.isEmpty else { return value }
        return names.joined(separator: ", ") + (value.isEmpty ? "" : " " + value)
    }

    /// What it does, with the words it takes: `the pane to show: dashboard, companies, …`.
    public var line: String {
        guard case .words(let words) = values else { return help }
        return help + ": " + words.joined(separator: ", ")
    }
}

extension CommandOption {
    /// `--data DIR`, which every command takes.
    public static let data = CommandOption(["--data"], "DIR", "use a data folder instead of the bundled data", values: .directory)
    /// `--pane NAME`.
    public static let pane = CommandOption(["--pane"], "NAME", "the pane to show", values: .words(Pane.allCases.map(\.rawValue)))
    /// `--filter QUERY`.
    public static let filter = CommandOption(["--filter"], "QUERY", "show only the records matching QUERY (see FILTER)", values: .text)
    /// `--select ID`.
    public static let select = CommandOption(["--select"], "ID", "select the record with this id, a row of the pane", values: .records)
    /// `--open`.
    public static let open = CommandOption(["--open"], "open the selected record's detail")
    /// `--view VIEW`.
    public static let view = CommandOption(["--view"], "VIEW", "reopen a view string, e.g. \(HelpText.exampleView)", values: .text)
    /// `--theme NAME`.
    public static let theme = CommandOption(["--theme"], "NAME", "the colours", values: .words(Theme.Name.names))
    /// `--help`, which every command takes.
    public static let helpFlag = CommandOption(["-h", "--help"], "print this help and exit")
}
