import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// However aiwatch ends — `q`, Ctrl-C, a signal, a crash, a closed terminal — the shell gets its terminal back as
/// it was: same `stty -g`, cursor visible, main screen; and the exit status tells signals apart (128 + signal).
final class SignalTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        guard TerminalSession.tmuxAvailable() else { throw XCTSkip("tmux is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-signals-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// Starts aiwatch from a shell that records the terminal modes before and after and the exit status; returns
    /// the shell session and aiwatch's process id.
    /// `limits` are shell commands run first (`ulimit -f 8;`), `arguments` follow the binary.
    private func start(
        environment: String = "", limits: String = "", arguments: String = "", firstFrame: Bool = true, reportAfterwards: Bool = true
    ) throws -> (TerminalSession, pid_t) {
        let shell = try TerminalSession.shell(columns: 100, rows: 30)
        let q = TerminalSession.quote
        let app = q(TerminalSession.binary)
        let launch = "stty -g > \(q(folder + "/before")); bash -c '\(limits) echo $$ > \(folder)/pid; exec env \(environment) \(app) \(arguments)'"
        shell.send(launch + (reportAfterwards ? "; " + report : ""), "Enter")
        if firstFrame { shell.waitFor("Headline numbers") }
        let deadline = Date().addingTimeInterval(10)
        var pid: pid_t?
        while pid == nil && Date() < deadline {
            pid = (try? String(contentsOfFile: folder + "/pid", encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if pid == nil { usleep(20_000) }
        }
        return (shell, try XCTUnwrap(pid, "the launching shell wrote aiwatch's process id"))
    }

    /// Shell commands that print, on one line, the exit status of the last command and whether the terminal modes
    /// are the same as before. Only the output says RESULT-42: the typed command says RESULT-$((6*7)).
    private var report: String {
        let q = TerminalSession.quote
        return "s=$?; stty -g > \(q(folder + "/after")); cmp -s \(q(folder + "/before")) \(q(folder + "/after")) && m=same || m=differ;"
            + " echo \"RESULT-$((6*7)) status=$s modes=$m\""
    }

    /// Waits for the shell's report, then checks the exit status and that the terminal is back as it was.
    private func assertRestored(_ shell: TerminalSession, status: Set<Int>, file: StaticString = #filePath, line: UInt = #line) {
        let screen = shell.waitFor("RESULT-42", file: file, line: line)
        guard let result = screen.split(separator: "\n").last(where: { $0.hasPrefix("RESULT-42") }) else { return }
        let reported = result.components(separatedBy: "status=").last.flatMap { Int($0.prefix { $0.isNumber }) }
        XCTAssertTrue(reported.map(status.contains) ?? false, "\(result): expected a status in \(status.sorted())", file: file, line: line)
        XCTAssertTrue(result.hasSuffix("modes=same"), "stty -g differs after aiwatch: \(result)", file: file, line: line)
        let flags = shell.tmux(["display-message", "-p", "-t", shell.name, "#{cursor_flag} #{alternate_on}"]).output
        XCTAssertEqual(flags.trimmingCharacters(in: .whitespacesAndNewlines), "1 0", "cursor visible, main screen", file: file, line: line)
    }

    func testQuitWithQ() throws {
        let (shell, _) = try start()
        shell.send("q")
        assertRestored(shell, status: [0])
    }

    func testControlC() throws {
        let (shell, _) = try start()
        shell.send("C-c")
        assertRestored(shell, status: [0])  // Ctrl-C is a key (raw mode): it quits like q
    }

    func testTerminatingSignals() throws {
        // Every signal whose default action ends the process, not only the usual ones.
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGSYS, SIGXCPU, SIGVTALRM, SIGPROF, SIGSTKFLT, SIGPWR] {
            let (shell, pid) = try start()
            XCTAssertEqual(kill(pid, signal), 0)
            assertRestored(shell, status: [128 + Int(signal)])
        }
    }

    func testCrashAfterTheFirstFrame() throws {
        // The signals a crash raises: a Swift trap is SIGILL on x86-64 and SIGTRAP on arm64; then aborts, bus errors
        // and arithmetic faults.
        for signal in [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            let (shell, pid) = try start()
            XCTAssertEqual(kill(pid, signal), 0)
            assertRestored(shell, status: [128 + Int(signal)])
        }
    }

    func testAnExportPastTheFileSizeLimitFailsAndLeavesNothing() throws {
        let exports = folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        let (shell, _) = try start(limits: "ulimit -f 8;", arguments: "--export-dir \(exports)")
        shell.send("x")
        shell.waitFor("Export this view")
        shell.send("s")
        let screen = shell.waitFor("Export failed: file too large")
        XCTAssertTrue(screen.contains("Headline numbers"), "the app keeps running: \(screen)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: exports), [], "no file, whole or temporary, is left")
        shell.send("q")
        assertRestored(shell, status: [0])
    }

    func testControlZSuspendsAndFgRedraws() throws {
        // Started alone: a stopped job would let the rest of a command list run on.
        let (shell, _) = try start(reportAfterwards: false)
        shell.send("C-z")
        shell.waitFor("Stopped")
        let flags = shell.tmux(["display-message", "-p", "-t", shell.name, "#{cursor_flag} #{alternate_on}"]).output
        XCTAssertEqual(flags.trimmingCharacters(in: .whitespacesAndNewlines), "1 0", "suspended: cursor visible, main screen")
        shell.send("clear; fg", "Enter")
        let screen = shell.waitFor("Headline numbers")
        XCTAssertTrue(screen.contains("╭─ Companies"), screen)
        shell.send("q")
        shell.waitForAbsence("Headline numbers")
        shell.send(report, "Enter")
        assertRestored(shell, status: [0])
    }

    func testClosingTheTerminalEndsTheProcess() throws {
        let (shell, pid) = try start()
        shell.tmux(["kill-server"])
        // It ends at once; the deadline only tells a hang from a slow machine.
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline && isRunning(pid) { usleep(20_000) }
        XCTAssertFalse(isRunning(pid), "aiwatch still runs after its terminal closed")
        if isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Whether `pid` is alive (a zombie has ended: it only waits to be reaped).
    private func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(close, offsetBy: 2)...].hasPrefix("Z")
    }

    func testFiftyResizesInARowEndInACorrectScreen() throws {
        let app = try TerminalSession(columns: 100, rows: 30)
        app.waitFor("Headline numbers")
        let sizes = [(1, 1), (20, 6), (300, 100), (39, 11), (2, 50), (200, 3)]
        for index in 0..<50 {
            let (columns, rows) = sizes[index % sizes.count]
            app.resize(columns: columns, rows: rows)
        }
        app.resize(columns: 100, rows: 30)
        let reference = try TerminalSession(columns: 100, rows: 30)
        let expected = reference.waitFor("Headline numbers")
        var screen = ""
        let deadline = Date().addingTimeInterval(10)
        repeat {
            usleep(100_000)
            screen = app.screen()
        } while screen != expected && Date() < deadline
        XCTAssertEqual(screen, expected, "after the resizes the screen is the one a fresh start at 100x30 shows")
        app.send("q")
        app.waitFor("[exited 0]")
        reference.send("q")
    }
}
