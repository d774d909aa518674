import AIWatchData
import TerminalKit

/// The forms a brief is written in. The raw values are what `--format` and `:brief` accept.
public enum BriefFormat: String, CaseIterable, OptionValue {
    /// Markdown, with footnotes, to paste into a document.
    case md
    /// One self-contained web page, to read or print.
    case html
}

/// What an export writes: the view in one of the export formats, or the brief of what the filter selects.
public enum ExportDocument: Equatable, Sendable {
    case view(ExportFormat)
    case brief(BriefFormat)

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .view(let format): return format.fileExtension
        case .brief(let format): return format.rawValue
        }
    }

    /// What the file name says it holds: the pane, or "brief".
    public func subject(_ state: AppState) -> String {
        switch self {
        case .view: return state.pane.rawValue
        case .brief: return "brief"
        }
    }

    /// The file's text for what `state` shows.
    public func render(state: AppState, catalog: Catalog, theme: Theme) -> String {
        switch self {
        case .view(let format): return ViewExport.render(format, state: state, catalog: catalog, theme: theme)
        case .brief(let format): return Brief.render(format, state: state, catalog: catalog)
        }
    }
}

extension Brief {
    /// The brief of what `state`'s filter selects, in `format`, reopened by the state's view string.
    public static func render(_ format: BriefFormat, state: AppState, catalog: Catalog) -> String {
        let brief = Brief(state, catalog: catalog, view: ViewString.format(state, catalog: catalog))
        switch format {
        case .md: return BriefMarkdown.render(brief)
        case .html: return BriefHTML.render(brief)
        }
    }
}
