import TerminalKit

/// How `Terminal` drives the terminal.
public struct TerminalOptions: Sendable {
    /// Report mouse presses and wheel steps as `Key.mouse`. Off leaves the terminal's own text selection alone.
    public var mouse: Bool
    /// Milliseconds to wait after ESC for the rest of an escape sequence before reporting a lone `.escape`.
    public var escapeDelayMilliseconds: Int32

    /// Hold back what is written to standard error while the screen is in use and write it out when the terminal is
    /// given back (so warnings and a crash's last message are readable on the normal screen). See
    /// `StandardErrorCapture`.
    public var holdStandardError: Bool

    /// Draw lines, bars and big digits in ASCII whatever the terminal (`--ascii`).
    public var ascii: Bool

    /// Copy citations to the clipboard through the terminal (OSC 52); off (`--no-clipboard`) keeps them in the
    /// export folder's citations file, as the settings' `"clipboard": false` does.
    public var clipboard = true

    /// Options as given; by default the mouse on, the terminal's own glyphs, a 25 ms escape delay, standard error held.
    public init(mouse: Bool = true, ascii: Bool = false, escapeDelayMilliseconds: Int32 = 25, holdStandardError: Bool = true) {
        self.mouse = mouse
        self.ascii = ascii
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.holdStandardError = holdStandardError
    }
}
