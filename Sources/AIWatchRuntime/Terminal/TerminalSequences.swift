import CNcursesw

/// Escape sequences captured from terminfo at start, for the signal handlers to write with `write(2)` (they cannot
/// call curses). Padding markers (`$<5>`) are dropped: modern terminals need none.
struct TerminalSequences: Equatable, Sendable {
    /// Gives the terminal back: mouse off, attributes off, cursor visible, keypad off, main screen.
    var leave: [UInt8]
    /// Takes it again after a stop: alternate screen, keypad on, cursor hidden, mouse on.
    var enter: [UInt8]

    /// Reads the current terminal's capabilities (after `newterm`); `sgr` adds SGR mouse reports (`SGRMouse`).
    static func capture(mouse: Bool, sgr: Bool = false) -> TerminalSequences {
        let mouseOn = mouse ? mouseSequence(on: true) + (sgr ? Array(SGRMouse.on.utf8) : []) : []
        let mouseOff = mouse ? mouseSequence(on: false) + (sgr ? Array(SGRMouse.off.utf8) : []) : []
        return TerminalSequences(
            leave: mouseOff + capability("sgr0") + capability("cnorm") + capability("rmkx") + capability("rmcup"),
            enter: capability("smcup") + capability("smkx") + capability("civis") + mouseOn
        )
    }

    /// The string capability `name`, or nothing.
    static func capability(_ name: String) -> [UInt8] {
        guard let value = aiw_tigetstr(name) else { return [] }
        return withoutPadding(Array(String(cString: value).utf8))
    }

    /// What ncurses sends to switch xterm mouse reporting: the `XM` capability when the terminal has it, else the
    /// classic `ESC [ ? 1000 h/l` for terminals that report mouse events at all (`kmous`).
    static func mouseSequence(on: Bool) -> [UInt8] {
        if let xm = aiw_tigetstr("XM"), let text = aiw_tiparm1(xm, on ? 1 : 0) {
            return withoutPadding(Array(String(cString: text).utf8))
        }
        guard aiw_tigetstr("kmous") != nil else { return [] }
        return Array("\u{1B}[?1000\(on ? "h" : "l")".utf8)
    }

    /// Removes terminfo delay markers `$<…>`.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = end + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
