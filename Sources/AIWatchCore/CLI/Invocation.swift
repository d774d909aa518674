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

/// What to show: shared by the interactive app and `snapshot`.
public struct ViewOptions: Equatable, Sendable {
    public var pane: Pane = .dashboard
    public var filter = ""
    public var select: String?
    /// Open the selected record's detail.
    public var open = false
    public var theme: Theme.Name?
    public init() {}
}

/// Output formats of `aiwatch list`.
public enum ListFormat: String, CaseIterable, Sendable { case table, json, csv, md }

/// A command line that cannot be understood: exit status 2.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
