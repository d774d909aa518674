import TerminalKit

/// What a key asks for. The key map binds keys to actions, mode by mode; `update` carries them out.
public enum Action: Hashable, Sendable {
    // Browsing the panes and details.
    case nextPane, previousPane, jump(Pane)
    /// The People's quotes, or from them the People.
    case quotes
    case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom, left, right
    case nextMatch, previousMatch, cycleSort, reverseSort, cite
    case open, back, startFilter, startCommand, help, exportMenu, zoom, redraw, quit
    /// Open or close the who-is-affected grid.
    case affectedGrid
    // The filter line.
    case keepFilter, clearFilter, emptyFilter, olderQuery, newerQuery, complete, deleteBackward
    // The export menu; `close` leaves an overlay.
    case export(ExportFormat)
    /// Write the brief of what the filter selects.
    case brief(BriefFormat)
    case close
}

extension ExportFormat {
    /// The export menu's entries, in order.
    public static let menu: [ExportFormat] = [.svg, .html, .txt, .ansi, .md]

    /// The key that picks the format in the export menu.
    public var menuKey: Character {
        switch self {
        case .svg: return "s"
        case .html: return "h"
        case .txt: return "t"
        case .ansi: return "a"
        case .md: return "m"
        }
    }
}
