import CNcursesw
import Glibc
import TerminalKit

/// Decides, before anything is written, whether aiwatch can run interactively here.
enum TerminalCheck {
    /// What terminfo says about a terminal type.
    enum Terminfo: Equatable {
        /// Known and able to move the cursor.
        case usable
        /// Known but unable to address the cursor (`dumb`, hardcopy).
        case cannotAddressCursor
        case unknown
        case noDatabase
    }

    static let notATerminal =
        "the dashboard needs a terminal; use `aiwatch snapshot` or `aiwatch list` for output to a pipe or file"

    /// The one-line reason interactive use is impossible, or nil. The caller prefixes it with "aiwatch: ", so it
    /// never names the program itself. Pure: the facts are passed in, and `terminfo` is asked only when the earlier
    /// checks pass.
    static func problem(
        stdinIsTerminal: Bool, stdoutIsTerminal: Bool, term: String?, terminfo: (String) -> Terminfo
    ) -> String? {
        guard stdinIsTerminal && stdoutIsTerminal else { return notATerminal }
        guard let term, !term.isEmpty else {
            return "the dashboard needs to know the terminal type, but TERM is not set; set it (e.g. TERM=xterm-256color)"
                + " or use `aiwatch snapshot`"
        }
        let shown = Sanitizer.clean(term)
        if term == "dumb" {
            return "cannot draw on a dumb terminal (TERM=dumb); use `aiwatch snapshot` or `aiwatch list`"
        }
        switch terminfo(term) {
        case .usable:
            return nil
        case .cannotAddressCursor:
            return "cannot draw on terminal type '\(shown)' (it cannot move the cursor); use `aiwatch snapshot`"
        case .unknown:
            return "unknown terminal type '\(shown)' (not in the terminfo database); set TERM to a known type such as"
                + " xterm-256color"
        case .noDatabase:
            return "cannot find a terminfo database to look up terminal type '\(shown)'; install ncurses-base"
                + " or use `aiwatch snapshot`"
        }
    }

    /// Looks `term` up with `setupterm`, which reports through its error code and writes nothing.
    static func lookUp(_ term: String) -> Terminfo {
        switch aiw_terminfo_status(term, STDERR_FILENO) {
        case 1: return .usable
        case 2: return .cannotAddressCursor
        case -1: return .noDatabase
        default: return .unknown
        }
    }
}

extension Terminal {
    /// A one-line reason interactive use is impossible here (stdin or stdout not a terminal, `TERM` unset, `dumb`
    /// or unknown to terminfo), or nil when `start` can go ahead. Writes nothing to the terminal.
    public static func check() -> String? {
        TerminalCheck.problem(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            term: getenv("TERM").map { String(cString: $0) },
            terminfo: TerminalCheck.lookUp
        )
    }
}
