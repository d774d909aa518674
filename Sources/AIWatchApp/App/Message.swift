import AIWatchData
import TerminalKit

/// Everything that happens to the app, as the runtime reports it: the one way anything reaches `AppState`
/// (through `Update.update`).
public enum Message: Sendable {
    /// The terminal is ready at this size; the first frame follows.
    case started(columns: Int, rows: Int)
    /// A key press.
    case key(Key)
    /// A mouse click or wheel step.
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resized(columns: Int, rows: Int)
    /// How much of the search index is built, 0 to 1 (answering `Command.buildIndex`).
    case indexProgress(Double)
    /// The search index is built: the environment to search from now on (answering `Command.buildIndex`).
    case indexBuilt(Environment)
    /// A search run in the background is done (answering `Command.search`).
    case searchFinished(FilterEngine)
    /// An export was written to this path (answering `Command.export`).
    case exported(path: String)
    /// An export could not be written: why, then the path (answering `Command.export`).
    case exportFailed(String)
    /// A citation of `record` went to the clipboard (answering `Command.cite`).
    case citationCopied(record: String)
    /// A citation of `record` was added to the citations file at `path`, the clipboard being off (answering
    /// `Command.cite`).
    case citationFiled(record: String, path: String)
    /// The settings file could not be used, and why; the defaults are used instead.
    case configProblem(String)
}

/// What `update` asks the runtime to do; the runtime answers with messages.
public enum Command: Equatable, Sendable {
    /// Leave the app.
    case quit
    /// Write what the state shows in this format to a new file in the export folder.
    case export(ExportFormat)
    /// Write the brief of what the filter selects, in this format, to a new file in the export folder.
    case brief(BriefFormat)
    /// Build the complete environment (pinyin and search index) in the background.
    case buildIndex
    /// Run the filter engine's waiting query in the background.
    case search
    /// Put this citation (of the record named second) on the clipboard, or in the citations file.
    case cite(String, record: String)
    /// Draw with this theme from now on, exports included.
    case theme(Theme.Name)
    /// Repaint every cell of the terminal, whatever it shows now (after other output garbled it).
    case redraw
}
