/// What a key asks for. Bindings map keys to actions; `update` carries them out.
public enum Action: Hashable, Sendable {
    case nextPane, previousPane, jump(Pane)
    case up, down, pageUp, pageDown, top, bottom, left, right
    case open, back, startFilter, help, exportMenu, zoom, quit
    case export(ExportChoice)
}

/// A format offered by the export menu.
public enum ExportChoice: String, CaseIterable, Hashable, Sendable {
    case svg, html, txt, ansi, md

    public var label: String {
        switch self {
        case .svg: return "SVG image"
        case .html: return "HTML page"
        case .txt: return "Plain text"
        case .ansi: return "ANSI text (colours)"
        case .md: return "Markdown table of the records"
        }
    }

    /// The key that picks it in the menu.
    public var key: Character {
        switch self {
        case .svg: return "s"
        case .html: return "h"
        case .txt: return "t"
        case .ansi: return "a"
        case .md: return "m"
        }
    }
}

/// A side effect `update` asks the runtime to perform.
public enum Effect: Equatable, Sendable {
    case none
    case quit
    case export(ExportChoice)
}
