import Glibc
import Synchronization

/// Gives the terminal back when the process is stopped or killed by a signal, and takes it again on continue.
///
/// Handlers do only async-signal-safe work: `write(2)` of escape bytes captured at start (leave: mouse off, sgr0,
/// cursor visible, keypad off, main screen; enter: the reverse), `tcsetattr` with `termios` saved at start, and
/// `sigaction`/`raise`/`sigprocmask`, and the replay of held-back stderr (`StandardErrorCapture`). Their state lives in memory allocated once and only changed while inactive.
///
/// - Every signal whose default action ends the process (SIGTERM, SIGHUP, SIGQUIT, SIGINT, the crash signals, and
///   SIGUSR1/2, SIGALRM, SIGPIPE, SIGSYS, SIGXCPU, SIGVTALRM, SIGPROF, SIGSTKFLT, SIGPWR): restore, then re-raise
///   with the default action, so the exit status is 128 + signal. With `SWIFT_BACKTRACE` set in the
///   environment the previous handler (the Swift runtime's crash reporter) is re-armed instead, so developers still
///   get a backtrace, printed on the restored screen. Signals ignored at start (nohup) stay ignored.
/// - SIGTSTP (from Ctrl-Z via `suspend()`, or `kill -TSTP`): restore, stop for real; SIGCONT in the foreground takes
///   the terminal again and flags a full redraw (`takeResumed()`). Continued in the background (`bg`), it waits
///   for the SIGCONT of `fg`.
/// - SIGXFSZ is ignored for the whole program (`CommandLineMain`), so a write past the file-size limit fails and
///   is reported like any failed export.
/// - SIGWINCH is left to ncurses (it becomes KEY_RESIZE).
enum TerminalSignals {
    /// Signals that end the process, handled by restore + re-raise.
    static let fatalSignals: [Int32] = [
        SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP,
        SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGSYS, SIGXCPU, SIGVTALRM, SIGPROF, SIGSTKFLT, SIGPWR,
    ]

    /// What the handlers need, in memory they can read without allocating or locking.
    private struct State {
        var fd: Int32 = 1
        var shellModes = termios()
        var programModes = termios()
        var leave: UnsafeMutablePointer<UInt8>?
        var leaveCount = 0
        var enter: UnsafeMutablePointer<UInt8>?
        var enterCount = 0
        var chainToPrevious = false
        /// Dispositions before `install`, indexed by signal number.
        var previous: UnsafeMutablePointer<sigaction>
        /// Which signals carry our handler, indexed by signal number.
        var installed: UnsafeMutablePointer<Bool>
    }

    private static let signalSlots = 65
    nonisolated(unsafe) private static var state: UnsafeMutablePointer<State>?
    /// 1 while the terminal is in program mode and the handlers must restore it.
    private static let active = Atomic<Int32>(0)
    /// 1 between a stop that gave the terminal back and the SIGCONT that takes it again.
    private static let suspended = Atomic<Int32>(0)
    /// 1 after a continue took the terminal again, until the app redrew (`takeResumed`).
    private static let resumed = Atomic<Int32>(0)
    nonisolated(unsafe) private static var exitHookRegistered = false

    /// Installs the handlers (before `newterm`, so ncurses does not put its own on SIGINT, SIGTERM, SIGTSTP).
    static func install() {
        let state = prepareState()
        _ = active.load(ordering: .relaxed)
        _ = suspended.load(ordering: .relaxed)
        _ = resumed.load(ordering: .relaxed)
        state.pointee.chainToPrevious = getenv("SWIFT_BACKTRACE") != nil
        prepareAlternateStack()
        for signal in fatalSignals {
            installHandler(signal, state: state) { TerminalSignals.handleFatal($0) }
        }
        installHandler(SIGTSTP, state: state) { TerminalSignals.handleStop($0) }
        installHandler(SIGCONT, state: state) { TerminalSignals.handleContinue($0) }
        if !exitHookRegistered {
            exitHookRegistered = true
            atexit { TerminalSignals.restoreTerminal() }
        }
    }

    /// Puts back the dispositions `install` replaced.
    static func uninstall() {
        guard let state else { return }
        for signal in fatalSignals + [SIGTSTP, SIGCONT] where state.pointee.installed[Int(signal)] {
            sigaction(signal, state.pointee.previous + Int(signal), nil)
            state.pointee.installed[Int(signal)] = false
        }
    }

    /// The terminal is in program mode: from now on a signal must give it back with these modes and bytes.
    static func activate(fd: Int32, shellModes: termios, programModes: termios, leave: [UInt8], enter: [UInt8]) {
        let state = prepareState()
        active.store(0, ordering: .sequentiallyConsistent)
        state.pointee.fd = fd
        state.pointee.shellModes = shellModes
        state.pointee.programModes = programModes
        replace(&state.pointee.leave, &state.pointee.leaveCount, with: leave)
        replace(&state.pointee.enter, &state.pointee.enterCount, with: enter)
        suspended.store(0, ordering: .sequentiallyConsistent)
        resumed.store(0, ordering: .sequentiallyConsistent)
        active.store(1, ordering: .sequentiallyConsistent)
    }

    /// The terminal was given back normally (`endwin`): signals no longer touch it.
    static func deactivate() {
        active.store(0, ordering: .sequentiallyConsistent)
        suspended.store(0, ordering: .sequentiallyConsistent)
        resumed.store(0, ordering: .sequentiallyConsistent)
    }

    /// Whether a SIGCONT took the terminal again since the last call (the screen needs a full redraw).
    static func takeResumed() -> Bool {
        resumed.exchange(0, ordering: .sequentiallyConsistent) == 1
    }

    /// Whether the terminal was given back for a stop and not taken again yet (e.g. continued with `bg`): nothing
    /// may be drawn or read until the SIGCONT of `fg`.
    static var isSuspended: Bool {
        suspended.load(ordering: .sequentiallyConsistent) == 1
    }

    /// Whether Ctrl-Z can suspend: SIGTSTP carries our handler (it was not ignored at start).
    static var canSuspend: Bool {
        guard let state else { return false }
        return state.pointee.installed[Int(SIGTSTP)]
    }

    /// Stops the process group the way Ctrl-Z in a cooked terminal would (so `swift run` or a wrapper script stop
    /// too and the shell regains control); returns after the SIGCONT.
    static func suspend() {
        guard canSuspend else { return }
        kill(0, SIGTSTP)
    }

    /// Gives the terminal back if it is still in program mode. Async-signal-safe; also run at `exit`.
    static func restoreTerminal() {
        guard let state, active.exchange(0, ordering: .sequentiallyConsistent) == 1 else { return }
        writeAll(state.pointee.fd, state.pointee.leave, state.pointee.leaveCount)
        _ = tcsetattr(state.pointee.fd, TCSANOW, &state.pointee.shellModes)
        StandardErrorCapture.release()
    }

    // MARK: Handlers

    private static func handleFatal(_ signal: Int32) {
        let savedErrno = errno
        restoreTerminal()
        if let state {
            var action = sigaction()
            if state.pointee.chainToPrevious {
                action = state.pointee.previous[Int(signal)]
            }
            sigaction(signal, &action, nil)
            state.pointee.installed[Int(signal)] = false
        }
        raise(signal)
        errno = savedErrno
    }

    private static func handleStop(_ signal: Int32) {
        let savedErrno = errno
        if active.load(ordering: .sequentiallyConsistent) == 1 {
            restoreTerminal()
            suspended.store(1, ordering: .sequentiallyConsistent)
        }
        var action = sigaction()
        var ours = sigaction()
        sigaction(SIGTSTP, &action, &ours)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &mask, nil)
        raise(SIGTSTP)
        sigprocmask(SIG_BLOCK, &mask, nil)
        sigaction(SIGTSTP, &ours, nil)
        errno = savedErrno
    }

    private static func handleContinue(_ signal: Int32) {
        let savedErrno = errno
        takeBackIfForeground()
        errno = savedErrno
    }

    /// After a stop: takes the terminal again if this process group is now the terminal's foreground. Called by the
    /// SIGCONT handler and, while suspended, by `readKey` (bash's `fg` of a job continued with `bg` sends no
    /// SIGCONT, it only hands over the terminal). Async-signal-safe.
    static func takeBackIfForeground() {
        guard let state, suspended.load(ordering: .sequentiallyConsistent) == 1 else { return }
        let fd = state.pointee.fd
        let group = tcgetpgrp(fd)
        guard group == -1 || group == getpgrp() else { return }  // continued in the background: wait for `fg`
        guard suspended.compareExchange(expected: 1, desired: 0, ordering: .sequentiallyConsistent).exchanged else {
            return
        }
        _ = tcsetattr(fd, TCSANOW, &state.pointee.programModes)
        writeAll(fd, state.pointee.enter, state.pointee.enterCount)
        StandardErrorCapture.resume()
        active.store(1, ordering: .sequentiallyConsistent)
        resumed.store(1, ordering: .sequentiallyConsistent)
    }

    // MARK: Setup

    private static func prepareState() -> UnsafeMutablePointer<State> {
        if let state { return state }
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
        previous.initialize(repeating: sigaction(), count: signalSlots)
        let installed = UnsafeMutablePointer<Bool>.allocate(capacity: signalSlots)
        installed.initialize(repeating: false, count: signalSlots)
        let created = UnsafeMutablePointer<State>.allocate(capacity: 1)
        created.initialize(to: State(previous: previous, installed: installed))
        state = created
        return created
    }

    private static func installHandler(
        _ signal: Int32, state: UnsafeMutablePointer<State>, _ handler: @convention(c) (Int32) -> Void
    ) {
        guard !state.pointee.installed[Int(signal)] else { return }
        var current = sigaction()
        sigaction(signal, nil, &current)
        if isIgnored(current) && signal != SIGCONT { return }
        state.pointee.previous[Int(signal)] = current
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = SA_ONSTACK
        sigemptyset(&action.sa_mask)
        if signal == SIGTSTP || signal == SIGCONT {
            sigaddset(&action.sa_mask, SIGTSTP)
            sigaddset(&action.sa_mask, SIGCONT)
        }
        sigaction(signal, &action, nil)
        state.pointee.installed[Int(signal)] = true
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        guard action.sa_flags & SA_SIGINFO == 0 else { return false }
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1  // SIG_IGN
    }

    /// A separate stack for the handlers, so a stack overflow (SIGSEGV) can still restore the terminal. Kept if
    /// the runtime already set one up.
    private static func prepareAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }

    private static func replace(
        _ pointer: inout UnsafeMutablePointer<UInt8>?, _ count: inout Int, with bytes: [UInt8]
    ) {
        pointer?.deallocate()
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        copy.initialize(from: bytes, count: bytes.count)
        pointer = copy
        count = bytes.count
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeMutablePointer<UInt8>?, _ count: Int) {
        guard let bytes else { return }
        var offset = 0
        while offset < count {
            let written = write(fd, bytes + offset, count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
