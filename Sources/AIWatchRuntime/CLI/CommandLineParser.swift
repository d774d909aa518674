import AIWatchApp
import TerminalKit

/// Parses aiwatch's arguments. `--data DIR` is accepted anywhere, before or after the subcommand.
public enum CommandLineParser {
    /// The invocation and the data folder (nil: the bundled data).
    public static func parse(_ arguments: [String]) throws(UsageError) -> (Invocation, dataDirectory: String?) {
        var rest: [String] = []
        var data: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--data" {
                guard index + 1 < arguments.count else { throw UsageError(message: "--data needs a folder") }
                data = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix("--data=") {
                data = String(argument.dropFirst(7))
                index += 1
            } else {
                rest.append(argument)
                index += 1
            }
        }
        var reader = ArgumentReader(rest)
        let invocation: Invocation
        switch reader.peek.flatMap(Subcommand.init(rawValue:)) {
        case let command?:
            reader.skip()
            invocation = reader.asksForHelp ? .help(command) : try subcommand(command, &reader)
        case nil:
            switch reader.peek {
            case "--help", "-h": invocation = .help(nil)
            case "--version", "-V": invocation = .version
            default: invocation = try interactive(&reader)
            }
        }
        return (invocation, data)
    }

    /// The invocation of `command`, whose arguments `reader` holds.
    private static func subcommand(_ command: Subcommand, _ reader: inout ArgumentReader) throws(UsageError) -> Invocation {
        let invocation: Invocation
        switch command {
        case .snapshot: return try snapshot(&reader)
        case .list: return try list(&reader)
        case .brief: return try brief(&reader)
        case .cite:
            guard let id = reader.nextPositional() else { throw UsageError(message: "cite needs a record id (aiwatch ids lists them)") }
            var format = CitationFormat.txt
            while let option = reader.nextOption() {
                switch option {
                case "--format": format = try choice(reader.value(for: option), named: "format")
                case "--help", "-h": return .help(.cite)
                default: throw unknown(option, in: "cite")
                }
            }
            invocation = .cite(id: id, format: format)
        case .validate:
            invocation = .validate(directory: reader.nextPositional())
        case .initData:
            guard let directory = reader.nextPositional() else { throw UsageError(message: "init-data needs a folder to write to") }
            invocation = .initData(directory: directory)
        case .ids:
            invocation = .ids(try reader.nextPositional().map { name throws(UsageError) in try Pane.named(name, among: Pane.recordPanes) })
        case .completions:
            guard let name = reader.nextPositional() else { throw UsageError(message: "completions needs a shell: " + CompletionShell.listed) }
            invocation = .completions(try choice(name, named: "shell"))
        case .man:
            invocation = .man
        case .help:
            guard let name = reader.nextPositional() else {
                invocation = .help(nil)
                break
            }
            guard let named = Subcommand(rawValue: name) else {
                throw UsageError(message: "no command is called \"\(Sanitizer.clean(name))\"; use one of \(Subcommand.listed)")
            }
            invocation = .help(named)
        }
        if reader.asksForHelp { return .help(command) }
        try reader.finish()
        return invocation
    }

    private static func interactive(_ reader: inout ArgumentReader) throws(UsageError) -> Invocation {
        var view = ViewOptions()
        var exportDirectory = "."
        var terminal = TerminalOptions()
        while let option = reader.nextOption() {
            if try viewOption(option, &reader, &view) { continue }
            switch option {
            case "--export-dir": exportDirectory = try reader.value(for: option)
            case "--no-mouse": terminal.mouse = false
            case "--no-clipboard": terminal.clipboard = false
            case "--ascii": terminal.ascii = true
            case "--help", "-h": return .help(nil)
            default: throw unknown(option, in: "aiwatch")
            }
        }
        try reader.finish()
        return .interactive(view, exportDirectory: exportDirectory, terminal: terminal)
    }

    private static func snapshot(_ reader: inout ArgumentReader) throws(UsageError) -> Invocation {
        var view = ViewOptions()
        var size = (columns: 120, rows: 40)
        var format = ExportFormat.txt
        var output: String?
        var force = false
        var frame = true
        while let option = reader.nextOption() {
            if try viewOption(option, &reader, &view) { continue }
            switch option {
            case "--size": size = try parseSize(reader.value(for: option))
            case "--format": format = try choice(reader.value(for: option), named: "format")
            case "-o", "--output": output = try reader.value(for: option)
            case "--force", "-f": force = true
            case "--no-frame": frame = false
            case "--help", "-h": return .help(.snapshot)
            default: throw unknown(option, in: "snapshot")
            }
        }
        try reader.finish()
        return .snapshot(view, size: size, format: format, output: output, force: force, frame: frame)
    }

    private static func brief(_ reader: inout ArgumentReader) throws(UsageError) -> Invocation {
        var filter = ""
        var format = BriefFormat.md
        var output: String?
        var force = false
        while let option = reader.nextOption() {
            switch option {
            case "--filter": filter = try reader.value(for: option)
            case "--format": format = try choice(reader.value(for: option), named: "format")
            case "-o", "--output": output = try reader.value(for: option)
            case "--force", "-f": force = true
            case "--help", "-h": return .help(.brief)
            default: throw unknown(option, in: "brief")
            }
        }
        try reader.finish()
        return .brief(filter: filter, format: format, output: output, force: force)
    }

    private static func list(_ reader: inout ArgumentReader) throws(UsageError) -> Invocation {
        let panes = Pane.recordPanes.map(\.rawValue).joined(separator: ", ")
        guard let name = reader.nextPositional() else { throw UsageError(message: "list needs a pane: " + panes) }
        guard name.lowercased() != Pane.dashboard.rawValue else {
            throw UsageError(message: "list takes a pane of records, not the overview: " + panes)
        }
        let pane = try Pane.named(name, among: Pane.recordPanes)
        var filter = ""
        var format = ListFormat.table
        var sort: PaneSort?
        while let option = reader.nextOption() {
            switch option {
            case "--filter": filter = try reader.value(for: option)
            case "--sort": sort = try PaneSort.parse(reader.value(for: option), in: pane)
            case "--format": format = try choice(reader.value(for: option), named: "format")
            case "--help", "-h": return .help(.list)
            default: throw unknown(option, in: "list")
            }
        }
        try reader.finish()
        return .list(pane, filter: filter, sort: sort, format: format)
    }

    /// Options shared by the app and `snapshot`; false when `option` is not one of them.
    private static func viewOption(_ option: String, _ reader: inout ArgumentReader, _ view: inout ViewOptions) throws(UsageError) -> Bool {
        switch option {
        case "--pane": view.pane = try Pane.named(reader.value(for: option))
        case "--filter": view.filter = try reader.value(for: option)
        case "--select": view.select = try reader.value(for: option)
        case "--open": view.open = true
        case "--view":
            let theme = view.theme
            view = try ViewString.parse(reader.value(for: option))
            view.theme = theme
        case "--theme":
            let value = try reader.value(for: option)
            guard let theme = Theme.Name(rawValue: value) else {
                throw UsageError(message: "unknown theme \"\(Sanitizer.clean(value))\"; use \(Theme.Name.eitherOr)")
            }
            view.theme = theme
        default: return false
        }
        return true
    }

    /// A snapshot size: COLSxROWS, at least the smallest screen aiwatch draws in, each at most 1000.
    static func parseSize(_ text: String) throws(UsageError) -> (columns: Int, rows: Int) {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]), (1...1000).contains(columns), (1...1000).contains(rows) else {
            throw UsageError(message: "--size takes COLSxROWS, e.g. 120x40 (from \(Layout.minColumns)x\(Layout.minRows) to 1000x1000)")
        }
        guard Layout.fits(columns: columns, rows: rows) else {
            throw UsageError(message: "--size \(columns)x\(rows) is below the smallest screen aiwatch draws, \(Layout.minColumns)x\(Layout.minRows)")
        }
        return (columns, rows)
    }

    /// The value `text` names, or an error that lists every one there is.
    private static func choice<Value: OptionValue>(_ text: String, named noun: String) throws(UsageError) -> Value {
        guard let value = Value(rawValue: text) else {
            throw UsageError(message: "unknown \(noun) \"\(Sanitizer.clean(text))\"; use one of \(Value.listed)")
        }
        return value
    }

    private static func unknown(_ option: String, in command: String) -> UsageError {
        UsageError(message: "unknown option \"\(Sanitizer.clean(option))\" for \(command); see aiwatch \(command == "aiwatch" ? "" : command + " ")--help")
    }
}

/// Walks the arguments of one command.
struct ArgumentReader {
    private var arguments: [String]
    private var index = 0

    init(_ arguments: [String]) { self.arguments = arguments }

    var peek: String? { index < arguments.count ? arguments[index] : nil }
    mutating func skip() { index += 1 }

    /// Whether the next argument is `--help` or `-h`.
    var asksForHelp: Bool { peek == "--help" || peek == "-h" }

    mutating func nextOption() -> String? {
        guard let next = peek, next.hasPrefix("-"), next != "-" else { return nil }
        index += 1
        if let equals = next.firstIndex(of: "="), next.hasPrefix("--") {
            arguments.insert(String(next[next.index(after: equals)...]), at: index)
            return String(next[..<equals])
        }
        return next
    }

    mutating func nextPositional() -> String? {
        guard let next = peek, !next.hasPrefix("-") || next == "-" else { return nil }
        index += 1
        return next
    }

    mutating func value(for option: String) throws(UsageError) -> String {
        guard let next = peek else { throw UsageError(message: "\(option) needs a value") }
        index += 1
        return next
    }

    func finish() throws(UsageError) {
        if let extra = peek { throw UsageError(message: "unexpected argument \"\(Sanitizer.clean(extra))\"; see aiwatch --help") }
    }
}
