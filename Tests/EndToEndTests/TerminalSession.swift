import Foundation
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
            if last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(text.debugDescription); screen:\n\(last)", file: file, line: line)
        return last
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

    /// Runs a program and returns its status and output. Output goes through a file, not a pipe: a tmux server
    /// started by the program inherits it, and a pipe would then never reach its end.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-run-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        guard let output = FileHandle(forWritingAtPath: outputPath) else { return (-1, "cannot create \(outputPath)") }
        process.standardOutput = output
        process.standardError = output
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        do { try process.run() } catch { return (-1, "\(error)") }
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try? inputPipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try? output.close()
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }
}
