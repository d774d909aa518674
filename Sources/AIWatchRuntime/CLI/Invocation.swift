import AIWatchApp
import TerminalKit

/// What the command line asks for, parsed but not yet carried out.
public enum Invocation: Sendable {
    case interactive(ViewOptions, exportDirectory: String, mouse: Bool)
    case snapshot(ViewOptions, size: (columns: Int, rows: Int), format: String, output: String?, force: Bool, frame: Bool)
    case list(Pane, filter: String, format: ListFormat)
    case validate(directory: String?)
    case initData(directory: String)
    case help
    case version
}

/// Output formats of `aiwatch list`.
public enum ListFormat: String, CaseIterable, Sendable { case table, json, csv, md }
