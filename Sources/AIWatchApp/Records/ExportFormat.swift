import TerminalKit

/// The kinds of file an export can produce. The raw values are what `--format` accepts.
public enum ExportFormat: String, CaseIterable, OptionValue {
    /// The screen as plain text.
    case txt
    /// The screen as text with SGR colour sequences, for `cat` or `less -R`.
    case ansi
    /// The screen as a self-contained web page.
    case html
    /// The screen as a vector image with exact cell geometry.
    case svg
    /// The pane's records as a Markdown table.
    case md

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .txt: return "txt"
        case .ansi: return "ans"
        case .html: return "html"
        case .svg: return "svg"
        case .md: return "md"
        }
    }

    /// A short human name, for menus and messages.
    public var title: String {
        switch self {
        case .txt: return "Plain text"
        case .ansi: return "ANSI text"
        case .html: return "HTML page"
        case .svg: return "SVG image"
        case .md: return "Markdown table"
        }
    }

    /// The screen format of a picture of the screen; nil for the pane's records.
    public var screenFormat: ScreenFormat? { ScreenFormat(rawValue: rawValue) }
}
