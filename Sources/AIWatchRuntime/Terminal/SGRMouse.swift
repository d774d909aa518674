import TerminalKit

/// Mouse reports in the SGR form (mode 1006: `ESC [ < button ; column ; row M`, `m` for a release), which carry any
/// column. The older X10 form (`ESC [ M` and three bytes) cannot say a column past 223, so a click there never
/// arrives. ncurses asks for SGR reports itself only when terminfo's `kmous` is `ESC [ <` (xterm's entries); under
/// `TERM=tmux-256color`, `screen` or `linux` it asks for X10, so aiwatch asks for SGR too and decodes them here.
/// A terminal that does not know mode 1006 goes on sending X10 reports, which curses decodes as before. Pure.
enum SGRMouse {
    /// How every SGR report starts.
    static let prefix = "\u{1B}[<"
    /// Switches SGR reports on and off, alongside the button reports curses switches.
    static let on = "\u{1B}[?1006h", off = "\u{1B}[?1006l"

    /// Whether aiwatch must ask for and decode SGR reports itself: the terminal reports the mouse (`kmous`), but
    /// not in the SGR form curses would decode.
    static func decodedHere(kmous: String?) -> Bool {
        guard let kmous else { return false }
        return kmous != prefix
    }

    /// The event a report says, given what follows the prefix (`0;250;9M`); nil for a release, motion, another
    /// button, or text that is no report.
    static func event(_ report: String) -> MouseEvent? {
        guard let final = report.last, final == "M" || final == "m" else { return nil }
        let numbers = report.dropLast().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let button = numbers[0], let column = numbers[1], let row = numbers[2],
              column >= 1, row >= 1, final == "M", button & 32 == 0 else { return nil }
        // Shift, Meta and Control add 4, 8 and 16; a click is a click with them held.
        let kind: MouseEvent.Kind
        switch button & ~(4 | 8 | 16) {
        case 0: kind = .press
        case 64: kind = .wheelUp
        case 65: kind = .wheelDown
        default: return nil
        }
        return MouseEvent(kind: kind, x: column - 1, y: row - 1)
    }

    /// The most characters a report can take after its prefix: three numbers of at most 5 digits, their two
    /// separators and the final letter. Reading stops there, so a stray prefix never swallows typing.
    static let longest = 3 * 5 + 2 + 1
}
