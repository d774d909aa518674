/// What a key asks for. Bindings map keys to actions; `update` carries them out.
public enum Action: Hashable, Sendable {
    case nextPane, previousPane, jump(Pane)
    case up, down, pageUp, pageDown, top, bottom, left, right
    case open, back, startFilter, help, exportMenu, zoom, quit
    case export(ExportFormat)
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

/// A side effect `update` asks the runtime to perform.
public enum Effect: Equatable, Sendable {
    case none
    case quit
    case export(ExportFormat)
}
