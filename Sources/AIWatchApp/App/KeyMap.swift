import TerminalKit

/// Which bindings the keys go through: the app is always in one mode.
public enum KeyMode: CaseIterable, Sendable {
    /// The panes and the details (their movement keys move through a detail when one is open).
    case browse
    /// Typing in the filter line.
    case filterLine
    /// Typing a `:` command.
    case prompt
    /// The help overlay.
    case help
    /// The export menu.
    case exportMenu
    /// The who-is-affected grid.
    case grid
}

/// Every key of every mode, as data: `update` looks actions up here, and the help overlay, the status-bar hints,
/// `--help` and the README's key table are made from the same bindings.
public enum KeyMap {
    /// Browsing the panes and details.
    public static let bindings: [KeyBinding] = [
        KeyBinding([.tab], "Tab", .nextPane, "next pane", hint: "pane"),
        KeyBinding([.backTab], "Shift-Tab", .previousPane, "previous pane"),
    ] + Pane.tabs.map { pane in
        KeyBinding([.character(pane.key)], String(pane.key), .jump(pane), "go to \(pane.title)")
    } + [
        KeyBinding([.up, .character("k")], "↑ k", .up, "move up; in a detail, the previous link or a line up"),
        KeyBinding([.down, .character("j")], "↓ j", .down, "move down; in a detail, the next link or a line down", hint: "move"),
        KeyBinding([.left, .character("h")], "← h", .left, "overview: list to the left"),
        KeyBinding([.right, .character("l")], "→ l", .right, "overview: list to the right"),
        KeyBinding([.pageUp, .control("b")], "PgUp ^B", .pageUp, "page up"),
        KeyBinding([.pageDown, .control("f")], "PgDn ^F", .pageDown, "page down"),
        KeyBinding([.control("u")], "^U", .halfPageUp, "half a page up"),
        KeyBinding([.control("d")], "^D", .halfPageDown, "half a page down"),
        KeyBinding([.home, .character("g")], "g Home", .top, "first row; in a detail, its top"),
        KeyBinding([.end, .character("G")], "G End", .bottom, "last row; in a detail, its end"),
        KeyBinding([.enter], "Enter", .open, "open the detail / follow a link", hint: "open"),
        KeyBinding([.escape, .backspace], "Esc ⌫", .back, "back along the path / clear the filter", hint: "back"),
        KeyBinding([.character("/")], "/", .startFilter, "filter (live as you type)", hint: "filter"),
        KeyBinding([.character(":")], ":", .startCommand, "command line: :companies, :filter Q, :q"),
        KeyBinding([.character("n")], "n", .nextMatch, "next match: a row, or in a detail a line"),
        KeyBinding([.character("N")], "N", .previousMatch, "previous match"),
        KeyBinding([.character("s")], "s", .cycleSort, "sort by the next column (then catalog order)"),
        KeyBinding([.character("S")], "S", .reverseSort, "reverse the sort"),
        KeyBinding([.character("z")], "z", .zoom, "zoom the focused list of the overview"),
        KeyBinding([.character("a")], "a", .affectedGrid, "who is affected: a grid of rules and organisations"),
        KeyBinding([.character("\"")], "\"", .quotes, "the People's quotes, one a row (again: the People)"),
        KeyBinding([.character("c")], "c", .cite, "copy a citation of the record or link, with its sources"),
        KeyBinding([.character("x")], "x", .exportMenu, "export what is on screen", hint: "export"),
        KeyBinding([.character("b")], "b", .brief(.html), "write a one-page brief of what the filter selects (HTML)"),
        KeyBinding([.character("?")], "?", .help, "this help", hint: "help"),
        KeyBinding([.control("l")], "^L", .redraw, "redraw the whole screen"),
        KeyBinding([.character("q"), .control("c")], "q ^C", .quit, "quit", hint: "quit"),
    ]

    /// The filter line; any other character is typed into it.
    public static let filterLine: [KeyBinding] = [
        KeyBinding([.enter], "Enter", .keepFilter, "keep the filter", hint: "keep"),
        KeyBinding([.escape], "Esc", .clearFilter, "clear the filter (again: leave the line)", hint: "clear"),
        KeyBinding([.control("u")], "^U", .emptyFilter, "empty the line"),
        KeyBinding([(.up, .olderQuery), (.down, .newerQuery)], "↑ ↓", "earlier queries", hint: "history", hintLabel: "↑↓"),
        KeyBinding([.tab], "Tab", .complete, "complete a field name", hint: "complete"),
        KeyBinding([.backspace], "⌫", .deleteBackward, "delete the last character", listed: false),
        KeyBinding([.control("c")], "^C", .quit, "quit", listed: false),
    ]

    /// The `:` command line; any other character is typed into it.
    public static let prompt: [KeyBinding] = [
        KeyBinding([.enter], "Enter", .keepFilter, "run the command", hint: "run"),
        KeyBinding([.escape], "Esc", .clearFilter, "leave the line", hint: "cancel"),
        KeyBinding([.control("u")], "^U", .emptyFilter, "empty the line"),
        KeyBinding([(.up, .olderQuery), (.down, .newerQuery)], "↑ ↓", "earlier commands", hint: "history", hintLabel: "↑↓"),
        KeyBinding([.tab], "Tab", .complete, "complete a command, format, theme or pane", hint: "complete"),
        KeyBinding([.backspace], "⌫", .deleteBackward, "delete the last character", listed: false),
        KeyBinding([.control("c")], "^C", .quit, "quit", listed: false),
    ]

    /// The help overlay; any other key closes it (q included, as a popup does in lazygit, so q never quits from
    /// under the help).
    public static let help: [KeyBinding] = [
        KeyBinding(
            [(.up, .up), (.character("k"), .up), (.down, .down), (.character("j"), .down),
             (.pageUp, .pageUp), (.control("b"), .pageUp), (.pageDown, .pageDown), (.control("f"), .pageDown)],
            "↑↓ PgUp PgDn", "scroll the help", hint: "scroll", hintLabel: "↑↓ PgUp PgDn"),
        KeyBinding(otherKeys: .close, help: "close the help", hint: "q or any other key closes this help"),
        KeyBinding([.control("c")], "^C", .quit, "quit", hint: "quits"),
    ]

    /// The who-is-affected grid; the keys it does not bind do nothing while it is open.
    public static let grid: [KeyBinding] = [
        KeyBinding([(.up, .up), (.character("k"), .up), (.down, .down), (.character("j"), .down)], "↑↓ j k", "scroll the rules",
                   hint: "scroll", hintLabel: "↑↓"),
        KeyBinding([(.left, .left), (.character("h"), .left), (.right, .right), (.character("l"), .right)], "←→ h l",
                   "scroll the organisations, when they do not all fit"),
        KeyBinding([(.pageUp, .pageUp), (.pageDown, .pageDown)], "PgUp PgDn", "a page of rules up or down"),
        KeyBinding([.escape, .character("a")], "Esc a", .back, "close the grid", hint: "close"),
        KeyBinding([.character("/")], "/", .startFilter, "filter the rules (live as you type)", hint: "filter"),
        KeyBinding([.character("x")], "x", .exportMenu, "export the grid as it is on screen", hint: "export"),
        KeyBinding([.character("b")], "b", .brief(.html), "write the brief of what the filter selects, the grid included"),
        KeyBinding([.character("?")], "?", .help, "the help", hint: "help"),
        KeyBinding([.character("q"), .control("c")], "q ^C", .quit, "quit", hint: "quit"),
    ]

    /// The export menu; any other key cancels it.
    public static let exportMenu: [KeyBinding] = ExportFormat.menu.map { format in
        KeyBinding([.character(format.menuKey)], String(format.menuKey), .export(format), format.title + (format == .md ? " of the records" : ""))
    } + [
        KeyBinding(otherKeys: .close, help: "cancel", hint: "Esc, q or any other key cancels."),
        KeyBinding([.control("c")], "^C", .quit, "quit", listed: false),
    ]

    /// The bindings of `mode`.
    public static func bindings(in mode: KeyMode) -> [KeyBinding] {
        switch mode {
        case .browse: return bindings
        case .filterLine: return filterLine
        case .prompt: return prompt
        case .help: return help
        case .exportMenu: return exportMenu
        case .grid: return grid
        }
    }

    private static let tables: [KeyMode: (keys: [Key: Action], otherKeys: Action?)] = {
        var tables: [KeyMode: (keys: [Key: Action], otherKeys: Action?)] = [:]
        for mode in KeyMode.allCases {
            var keys: [Key: Action] = [:]
            var otherKeys: Action?
            for binding in bindings(in: mode) {
                for (key, action) in binding.keys where keys[key] == nil { keys[key] = action }
                otherKeys = otherKeys ?? binding.otherKeys
            }
            tables[mode] = (keys, otherKeys)
        }
        return tables
    }()

    /// The action `key` asks for in `mode`, if any.
    public static func action(for key: Key, in mode: KeyMode = .browse) -> Action? {
        guard let table = tables[mode] else { return nil }
        return table.keys[key] ?? table.otherKeys
    }

    /// The actions whose hints the status bar keeps longest, most important first: `?` is the way to discover
    /// every other key, then how to leave, filter and export; moving is the least needed.
    static let hintRanking: [Action] = [.help, .quit, .startFilter, .exportMenu, .open, .back, .nextPane, .down]

    /// How many of the top-ranked hints the view string shortens for; the others give way to it, so that a view
    /// string is cut only when it cannot fit beside the keys a newcomer needs.
    static let essentialHints = 4

    /// The browsing bindings that have a status-bar hint, in key-map order, each with its rank.
    public static var hints: [KeyHint] { hints(of: bindings) }

    /// The grid's bindings that have a status-bar hint, ranked as the browsing ones.
    public static var gridHints: [KeyHint] { hints(of: grid) }

    private static func hints(of bindings: [KeyBinding]) -> [KeyHint] {
        bindings.compactMap { binding in
            binding.hint.map { text in
                let rank = hintRanking.firstIndex(of: binding.action) ?? hintRanking.count
                return KeyHint(label: binding.hintLabel, text: text, rank: rank, essential: rank < essentialHints)
            }
        }
    }

    /// A mode's hints as one line: `Enter keep · Esc clear · ↑↓ history · Tab complete`.
    public static func hintLine(_ mode: KeyMode) -> String {
        bindings(in: mode).compactMap(\.hintText).joined(separator: " · ")
    }
}
