import TerminalKit

/// A key binding: the keys and the action each one asks for, how the help shows them, what they do, and a hint for
/// the status bar. The help overlay, the status-bar hints and the README's key table are generated from these, so
/// they cannot drift apart from what the keys do.
public struct KeyBinding: Sendable {
    /// Each key with its action: usually all one action, but a pair of opposites (`↑ ↓`) can share a binding.
    public let keys: [(key: Key, action: Action)]
    /// The keys as the help shows them: `↑ k`, `Esc ⌫`.
    public let label: String
    /// What the keys do, for the help.
    public let help: String
    /// A short hint for the status bar (`open`), or nil to show the binding in the help only.
    public let hint: String?
    /// The keys as the status bar shows them; the label's first word unless given.
    public let hintLabel: String
    /// Whether the help lists it (a key whose twin already says it all is not listed twice).
    public let listed: Bool
    /// The action of every key its mode binds to nothing else (`any other key closes this help`), if it has one.
    public let otherKeys: Action?

    /// `keys`, all asking for `action`.
    public init(_ keys: [Key], _ label: String, _ action: Action, _ help: String, hint: String? = nil, hintLabel: String? = nil, listed: Bool = true) {
        self.init(keys.map { ($0, action) }, label, help, hint: hint, hintLabel: hintLabel, listed: listed)
    }

    /// Keys with actions of their own, shown as one binding.
    public init(_ keys: [(Key, Action)], _ label: String, _ help: String, hint: String? = nil, hintLabel: String? = nil, listed: Bool = true) {
        self.keys = keys.map { (key: $0.0, action: $0.1) }
        self.label = label
        self.help = help
        self.hint = hint
        self.hintLabel = hintLabel ?? String(label.split(separator: " ").first ?? "")
        self.listed = listed
        otherKeys = nil
    }

    /// The binding of every key its mode binds to nothing else: `help` says what they do, `hint` says so whole.
    public init(otherKeys action: Action, help: String, hint: String) {
        keys = []
        label = ""
        self.help = help
        self.hint = hint
        hintLabel = ""
        listed = false
        otherKeys = action
    }

    /// The action of the first key, or of the other keys: what the binding is known by.
    public var action: Action { keys.first?.action ?? otherKeys ?? .close }

    /// The status-bar form: `Enter keep`.
    public var hintText: String? { hint.map { hintLabel.isEmpty ? $0 : hintLabel + " " + $0 } }
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
