import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// The built `aiwatch` binary running in a real terminal (a detached tmux session), driven by keys as a user
/// drives it, with its screen read back.
final class TerminalSession {
    let name: String
    let socket: String
    private(set) var exited = false

    /// The built binary, next to the test executable (or `AIWATCH_BINARY`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["AIWATCH_BINARY"] { return path }
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = tests.deletingLastPathComponent()
        while !folder.path.hasSuffix(".xctest") && folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("aiwatch").path) {
            folder.deleteLastPathComponent()
        }
        if folder.path.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("aiwatch").path
    }

    static func tmuxAvailable() -> Bool { run("/usr/bin/env", ["tmux", "-V"]).status == 0 }

    /// Starts `aiwatch arguments` in a `columns`x`rows` terminal; `environment` is prepended to the command.
    init(_ arguments: [String] = [], columns: Int = 120, rows: Int = 40, environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws {
        name = "aiwatch-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        let env = (["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"].merging(environment) { $1 })
            .map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let command = "env \(env) \(([Self.binary] + arguments).map(Self.quote).joined(separator: " ")); echo \"[exited $?]\"; sleep 30"
        let result = tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
        XCTAssertEqual(result.status, 0, result.output, file: file, line: line)
        tmux(["set-option", "-t", name, "status", "off"])
    }

    /// An interactive shell in a temporary folder, for tests that compare the terminal before and after.
    static func shell(columns: Int = 120, rows: Int = 40) throws -> TerminalSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-shell-\(getpid())-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try TerminalSession(command: "cd \(quote(folder.path)) && PS1='$ ' TERM=xterm-256color LANG=C.UTF-8 bash --norc -i", columns: columns, rows: rows)
    }

    private init(command: String, columns: Int, rows: Int) throws {
        name = "aiwatch-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        let result = tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
        XCTAssertEqual(result.status, 0, result.output)
        tmux(["set-option", "-t", name, "status", "off"])
    }

    deinit { tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        Self.run("/usr/bin/env", ["tmux", "-S", socket] + arguments)
    }

    /// Sends keys in tmux's names ("Down", "Enter", "C-c", "BTab") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) {
        for key in keys { tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + [key]) }
    }

    func resize(columns: Int, rows: Int) {
        tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The screen as text.
    func screen() -> String { tmux(["capture-pane", "-p", "-t", name]).output }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if last.contains(text) { return settled(last, showing: text) }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(text.debugDescription); screen:\n\(last)", file: file, line: line)
        return last
    }

    /// `captured`, or what it turns into once the frame being written is complete (while it still shows `text`): a
    /// frame reaches the terminal in several writes, and on a busy machine a capture can land between two of them.
    private func settled(_ captured: String, showing text: String) -> String {
        var previous = captured
        for _ in 0..<20 {
            usleep(20_000)
            let next = screen()
            if next == previous || !next.contains(text) { return previous }
            previous = next
        }
        return previous
    }

    /// Waits until the screen no longer contains `text`.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if !last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(text.debugDescription) to go; screen:\n\(last)", file: file, line: line)
        return last
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a program and returns its exit status (128+n for a signal) and its output. Uses posix_spawn and
    /// waitpid directly: output goes through a file, not a pipe, because a tmux server started by the program
    /// inherits it and a pipe would then never reach its end.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory
        let outputPath = folder.appendingPathComponent("aiwatch-run-\(UUID().uuidString)").path
        let inputPath = folder.appendingPathComponent("aiwatch-in-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: inputPath, contents: Data((input ?? "").utf8))
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: inputPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { return (-1, "cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }
}
