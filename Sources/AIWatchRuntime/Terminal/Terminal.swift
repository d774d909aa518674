import CNcursesw
import Glibc
import TerminalKit

/// The interactive terminal, driven through ncursesw: start and stop it, draw `Screen`s, read keys.
///
/// Input runs in raw mode, so Ctrl-C arrives as `.control("c")` (the app quits on it) and Ctrl-Z is handled here:
/// the terminal is given back, the process group stops as it would in a cooked terminal, and after `fg` the next
/// `readKey` returns `.key(.resize)` and the next `draw` writes the whole screen. See `TerminalSignals` for what
/// happens on SIGTERM, SIGHUP, crashes and external stops.
///
/// Usage: `Terminal.check()` first (nil means go ahead), then `start(theme:)`, a loop of `draw` and `readKey`, and
/// `stop()` (also safe to call twice, or without `start`).
public final class Terminal {
    /// How the terminal is driven: the mouse, the escape delay, standard error, ASCII.
    public let options: TerminalOptions
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var canvas: CursesCanvas?
    private var shellModes = termios()
    /// The frame on the terminal, or nil when the next draw must write every cell.
    private var previous: Screen?
    private var mouse: MouseDecoder?
    /// Whether SGR mouse reports are asked for and decoded here, not by curses (`SGRMouse`).
    private var sgrMouse = false
    /// The key code curses returns for the start of an SGR report, when `sgrMouse`.
    private static let sgrMouseKey = KEY_MAX + 1
    private var hangup = HangupDetector()
    /// The glyphs this terminal draws: frames are drawn in Unicode and replaced with these before they are written.
    public private(set) var glyphs = GlyphSet.unicode
    private static let outputFD = STDOUT_FILENO
    private static let inputFD = STDIN_FILENO

    /// A terminal to be driven as `options` say; nothing is done to it before `start`.
    public init(options: TerminalOptions = TerminalOptions()) {
        self.options = options
    }

    deinit { stop() }

    /// Whether the terminal is in program mode (between `start` and `stop`).
    public var isActive: Bool { screen != nil }

    /// Takes over the terminal: the user's locale, raw input without echo, keypad and mouse decoding, hidden
    /// cursor, alternate screen, and colours when `theme` uses them and the terminal has them. Signal handlers are
    /// installed first so that no exit path leaves the terminal in raw mode. Throws when curses cannot start.
    public func start(theme: Theme) throws {
        guard screen == nil else { return }
        let unicodeTerminal = TerminalLocale.activate()
        // Without a UTF-8 locale curses must draw the line-drawing set with the terminal's own acsc characters,
        // not as Unicode (which it would, the process's character set being UTF-8 for the text).
        if !unicodeTerminal && !options.ascii { setenv("NCURSES_NO_UTF8_ACS", "1", 1) }
        guard tcgetattr(Self.outputFD, &shellModes) == 0 else {
            throw TerminalError(message: TerminalCheck.notATerminal)
        }
        TerminalSignals.install()
        let direct = DirectColor.terminalType(
            term: getenv("TERM").map { String(cString: $0) }, colorterm: getenv("COLORTERM").map { String(cString: $0) }
        ) { TerminalCheck.lookUp($0) == .usable }
        guard let created = newterm(direct, aiw_stdout(), aiw_stdin()) else {
            TerminalSignals.uninstall()
            throw TerminalError(message: Self.check() ?? "could not start the terminal")
        }
        screen = created
        set_term(created)
        let window = aiw_stdscr()!
        self.window = window
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        meta(window, true)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(options.escapeDelayMilliseconds)
        mouse = options.mouse ? startMouse() : nil
        glyphs = GlyphSet.choose(
            utf8: unicodeTerminal, term: getenv("TERM").map { String(cString: $0) },
            hasLineDrawing: aiw_tigetstr("acsc") != nil, forceASCII: options.ascii
        )
        let canvas = CursesCanvas(window: window, lineDrawing: glyphs == .acs)
        canvas.use(theme: theme)
        self.canvas = canvas
        def_prog_mode()
        var programModes = termios()
        tcgetattr(Self.outputFD, &programModes)
        let sequences = TerminalSequences.capture(mouse: mouse != nil, sgr: sgrMouse)
        if options.holdStandardError { StandardErrorCapture.begin() }
        TerminalSignals.activate(
            fd: Self.outputFD, shellModes: shellModes, programModes: programModes,
            leave: sequences.leave, enter: sequences.enter
        )
        previous = nil
        hangup = HangupDetector()
    }

    /// Gives the terminal back exactly as it was: main screen, visible cursor, the saved `termios` (so `stty -g`
    /// is unchanged), the previous signal handlers. Idempotent.
    public func stop() {
        guard let screen else { return }
        if sgrMouse { Self.write(SGRMouse.off) }
        sgrMouse = false
        endwin()
        tcsetattr(Self.outputFD, TCSADRAIN, &shellModes)
        TerminalSignals.deactivate()
        TerminalSignals.uninstall()
        StandardErrorCapture.end()
        delscreen(screen)
        self.screen = nil
        window = nil
        canvas = nil
        previous = nil
        mouse = nil
    }

    /// The terminal's size in cells, as of the last `.resize` (or start).
    public func size() -> (columns: Int, rows: Int) {
        if let window { return (Int(aiw_getmaxx(window)), Int(aiw_getmaxy(window))) }
        var rows: Int32 = 0
        var columns: Int32 = 0
        if aiw_window_size(Self.outputFD, &rows, &columns) == 0 { return (Int(columns), Int(rows)) }
        return (80, 24)
    }

    /// Shows `drawn` in this terminal's glyphs: writes only the cells that differ from the previous frame (all of them after a start, a
    /// resize, a resume, a theme change or a size change), then updates the terminal once.
    public func draw(_ drawn: Screen, theme: Theme) {
        guard let window, let canvas else { return }
        let frame = glyphs.apply(drawn)
        guard !TerminalSignals.isSuspended else {
            previous = nil  // continued in the background: draw everything once back in the foreground
            return
        }
        canvas.use(theme: theme)
        let full = previous == nil || canvas.themeChanged
            || previous?.width != frame.width || previous?.height != frame.height
        let runs = ScreenDiff.runs(from: full ? nil : previous, to: frame)
        canvas.write(frame, runs: runs, theme: theme, erase: full)
        previous = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Makes the next `draw` write every cell and repaint the whole terminal (e.g. after something else wrote to it).
    public func invalidate() {
        previous = nil
        if screen != nil { clearok(aiw_curscr(), true) }
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever, 0: just look) for a key. Ctrl-Z suspends here and
    /// reports `.key(.resize)` after the continue. Input the app does not use (unknown function keys, mouse
    /// releases) is skipped within the same wait.
    public func readKey(timeoutMilliseconds: Int32) -> TerminalEvent {
        guard let window else { return .hangup }
        let start = Self.milliseconds()
        while true {
            if TerminalSignals.takeResumed() { return redrawAfterResume() }
            let remaining = timeoutMilliseconds < 0
                ? -1 : max(0, Int(timeoutMilliseconds) - (Self.milliseconds() - start))
            if TerminalSignals.isSuspended {
                // Running in the background after `bg`: reading would stop us with SIGTTIN. Wait for `fg`.
                TerminalSignals.takeBackIfForeground()
                if TerminalSignals.takeResumed() { return redrawAfterResume() }
                if remaining == 0 { return .timeout }
                usleep(UInt32(remaining < 0 ? 100 : min(remaining, 100)) * 1000)
                continue
            }
            wtimeout(window, Int32(remaining))
            let waitStart = Self.milliseconds()
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR {
                if TerminalSignals.takeResumed() { return redrawAfterResume() }
                let gone = hangup.errorReturned(
                    elapsed: Self.milliseconds() - waitStart, timeout: remaining, input: Self.inputState
                )
                if gone { return .hangup }
                if timeoutMilliseconds >= 0 && Self.milliseconds() - start >= Int(timeoutMilliseconds) {
                    return .timeout
                }
                continue
            }
            hangup.keyArrived()
            let input: KeyDecoder.Input = status == KEY_CODE_YES
                ? .function(Int32(bitPattern: code)) : .character(code)
            switch KeyDecoder.decode(input) {
            case .key(.control("z")) where TerminalSignals.canSuspend:
                TerminalSignals.suspend()
                if TerminalSignals.takeResumed() { return redrawAfterResume() }
                continue
            case .key(.resize):
                invalidate()
                return .key(.resize)
            case .key(let key):
                return .key(key)
            case .mouse:
                if let event = readMouse() { return .key(.mouse(event)) }
            case .ignored:
                if status == KEY_CODE_YES && Int32(bitPattern: code) == Self.sgrMouseKey, mouse != nil,
                   let event = readSGRReport(window) {
                    return .key(.mouse(event))
                }
            }
            if timeoutMilliseconds >= 0 && Self.milliseconds() - start >= Int(timeoutMilliseconds) { return .timeout }
        }
    }

    // MARK: Private

    private func startMouse() -> MouseDecoder? {
        let decoder = MouseDecoder(
            press: UInt32(aiw_button1_pressed()), wheelUp: UInt32(aiw_button4_pressed()),
            wheelDown: UInt32(aiw_button5_pressed())
        )
        guard mousemask(mmask_t(decoder.mask), nil) != 0 else { return nil }
        mouseinterval(0)
        sgrMouse = SGRMouse.decodedHere(kmous: aiw_tigetstr("kmous").map { String(cString: $0) })
        if sgrMouse {
            define_key(SGRMouse.prefix, Self.sgrMouseKey)
            Self.write(SGRMouse.on)
        }
        return decoder
    }

    /// The rest of an SGR report whose prefix curses just returned, read as it comes (it follows at once).
    private func readSGRReport(_ window: UnsafeMutablePointer<WINDOW>) -> MouseEvent? {
        var report = ""
        wtimeout(window, 50)
        while report.count < SGRMouse.longest {
            var code: wint_t = 0
            guard wget_wch(window, &code) == OK, let scalar = Unicode.Scalar(code) else { break }
            report.unicodeScalars.append(scalar)
            if scalar == "M" || scalar == "m" { break }
        }
        return SGRMouse.event(report)
    }

    /// Writes `text` to the terminal at once, past curses (which has no call for a private mode it does not know).
    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(outputFD, $0.baseAddress, $0.count) }
    }

    private func readMouse() -> MouseEvent? {
        guard let mouse else { return nil }
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return mouse.decode(state: UInt32(event.bstate), x: event.x, y: event.y)
    }

    /// After a stop and continue, the signal handler already restored the terminal's modes and screen; make curses
    /// repaint everything at the current size, which may have changed meanwhile.
    private func redrawAfterResume() -> TerminalEvent {
        guard let window else { return .hangup }
        reset_prog_mode()
        var rows: Int32 = 0
        var columns: Int32 = 0
        if aiw_window_size(Self.outputFD, &rows, &columns) == 0,
           rows != aiw_getmaxy(window) || columns != aiw_getmaxx(window) {
            resizeterm(rows, columns)
        }
        invalidate()
        wrefresh(window)
        return .key(.resize)
    }

    private static func inputState() -> HangupDetector.InputState {
        var descriptor = pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return .init(hungUp: false, readable: false) }
        let flags = Int32(descriptor.revents)
        return .init(hungUp: flags & (POLLHUP | POLLERR | POLLNVAL) != 0, readable: flags & POLLIN != 0)
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}

/// Curses could not take over the terminal; `message` is one line for the user.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    /// Why, in one line for the user.
    public let message: String
    /// The message itself.
    public var description: String { message }
}
