import TerminalKit

/// A key binding: the keys, how the help shows them, the action, and what it does. The help overlay and the
/// status-bar hints are generated from these, so they cannot drift apart from what the keys do.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let label: String
    public let action: Action
    public let help: String
    /// A short hint for the status bar, or nil to show it in the help only.
    public let hint: String?
}

/// A status-bar hint: the key as shown, what it does, and how long it stays when room is short.
public struct KeyHint: Equatable, Sendable {
    /// The key as the status bar shows it: `?`, `Enter`.
    public let label: String
    /// What it does, in a word or two: `help`, `open`.
    public let text: String
    /// 0 for the hint kept longest (`? help`, always shown); a higher rank goes first.
    public let rank: Int
    /// Whether the view string shortens to keep this hint (otherwise the hint gives way to the view string).
    public let essential: Bool
}

/// The bindings of the normal (browsing) mode.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], label: "Tab", action: .nextPane, help: "next pane", hint: "pane"),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .previousPane, help: "previous pane", hint: nil),
    ] + Pane.allCases.map { pane in
        KeyBinding(keys: [.character(pane.key)], label: String(pane.key), action: .jump(pane), help: "go to \(pane.title)", hint: nil)
    } + [
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .up, help: "move up; in a detail, the previous link or a line up", hint: nil),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .down, help: "move down; in a detail, the next link or a line down", hint: "move"),
        KeyBinding(keys: [.left, .character("h")], label: "← h", action: .left, help: "overview: list to the left", hint: nil),
        KeyBinding(keys: [.right, .character("l")], label: "→ l", action: .right, help: "overview: list to the right", hint: nil),
        KeyBinding(keys: [.pageUp, .control("b")], label: "PgUp", action: .pageUp, help: "page up", hint: nil),
        KeyBinding(keys: [.pageDown, .control("f")], label: "PgDn", action: .pageDown, help: "page down", hint: nil),
        KeyBinding(keys: [.home, .character("g")], label: "g Home", action: .top, help: "first row; in a detail, its top", hint: nil),
        KeyBinding(keys: [.end, .character("G")], label: "G End", action: .bottom, help: "last row; in a detail, its end", hint: nil),
        KeyBinding(keys: [.enter], label: "Enter", action: .open, help: "open the detail / follow a link", hint: "open"),
        KeyBinding(keys: [.escape, .backspace], label: "Esc ⌫", action: .back, help: "back along the path / clear the filter", hint: "back"),
        KeyBinding(keys: [.character("/")], label: "/", action: .startFilter, help: "filter (live as you type)", hint: "filter"),
        KeyBinding(keys: [.character("z")], label: "z", action: .zoom, help: "zoom the focused list of the overview", hint: nil),
        KeyBinding(keys: [.character("x")], label: "x", action: .exportMenu, help: "export what is on screen", hint: "export"),
        KeyBinding(keys: [.character("?")], label: "?", action: .help, help: "this help", hint: "help"),
        KeyBinding(keys: [.character("q"), .control("c")], label: "q ^C", action: .quit, help: "quit", hint: "quit"),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()

    /// The action bound to `key` in browsing mode.
    public static func action(for key: Key) -> Action? { table[key] }

    /// The actions whose hints the status bar keeps longest, most important first: `?` is the way to discover
    /// every other key, then how to leave, filter, export and open; moving is the least needed.
    static let hintRanking: [Action] = [.help, .quit, .startFilter, .exportMenu, .open, .back, .nextPane, .down]

    /// How many of the top-ranked hints the view string shortens for; the others give way to it.
    static let essentialHints = 5

    /// The bindings that have a status-bar hint, in key-map order, each with its rank.
    public static var hints: [KeyHint] {
        bindings.compactMap { binding in
            binding.hint.map { text in
                let rank = hintRanking.firstIndex(of: binding.action) ?? hintRanking.count
                return KeyHint(label: String(binding.label.split(separator: " ").first ?? ""), text: text, rank: rank, essential: rank < essentialHints)
            }
        }
    }

    /// The keys of the filter line, for the help overlay.
    public static let filterKeys: [(label: String, help: String)] = [
        ("Enter", "keep the filter"), ("Esc", "clear the filter (again: leave the line)"), ("^U", "empty the line"),
        ("↑ ↓", "earlier queries"), ("Tab", "complete a field name"),
    ]
}
