import TerminalKit

/// What one `Terminal.readKey(timeoutMilliseconds:)` call saw.
public enum TerminalEvent: Hashable, Sendable {
    /// A decoded key, mouse event or resize. After the program was suspended (Ctrl-Z) and continued, this is
    /// `.key(.resize)`: the size may have changed meanwhile and the next frame is drawn in full anyway.
    case key(Key)
    /// Nothing arrived before the timeout elapsed.
    case timeout
    /// The terminal is gone (closed window, killed session, hung-up line): stop drawing and quit.
    case hangup
}
