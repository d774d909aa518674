import AIWatchApp
import TerminalKit

/// What the command line asks for, parsed but not yet carried out.
public enum Invocation: Sendable {
    /// The app in the terminal: the view to open, where the export menu writes its files, how to drive the
    /// terminal (the mouse, ASCII glyphs).
    case interactive(ViewOptions, exportDirectory: String, terminal: TerminalOptions)
    /// `aiwatch snapshot`: a view rendered headless at a size, in a format, to standard output or a file.
    case snapshot(ViewOptions, size: (columns: Int, rows: Int), format: ExportFormat, output: String?, force: Bool, frame: Bool)
    /// `aiwatch list PANE`: the pane's records matching a filter, in the order of a sort (nil: as the pane lists
    /// them), for scripts.
    case list(Pane, filter: String, sort: PaneSort?, format: ListFormat)
    /// `aiwatch brief`: the brief of what a filter selects, to standard output or a file.
    case brief(filter: String, format: BriefFormat, output: String?, force: Bool)
    /// `aiwatch cite ID`: the citation of a record.
    case cite(id: String, format: CitationFormat)
    /// `aiwatch validate [DIR]`: check the bundled data or a folder.
    case validate(directory: String?)
    /// `aiwatch init-data DIR`: write the bundled files out to edit.
    case initData(directory: String)
    /// `aiwatch ids [PANE]`: every record id (of one pane), one a line.
    case ids(Pane?)
    /// `aiwatch completions SHELL`: the completion script for a shell.
    case completions(CompletionShell)
    /// `aiwatch man`: the manual page, as roff.
    case man
    /// `aiwatch --help`, or with a subcommand (`aiwatch help list`, `aiwatch list --help`) that command's help.
    case help(Subcommand?)
    /// `aiwatch --version`.
    case version
}
