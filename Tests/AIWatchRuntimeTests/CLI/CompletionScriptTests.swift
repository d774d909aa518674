import Foundation
import XCTest

@testable import AIWatchRuntime

/// `aiwatch completions SHELL` prints a script each shell accepts, and bash's completes pane names.
final class CompletionScriptTests: XCTestCase {
    func shell(_ path: String) -> String? { FileManager.default.isExecutableFile(atPath: path) ? path : nil }

    func script(_ shell: String) -> String {
        let result = CommandLineMain.outcome(.completions(.init(rawValue: shell)!), dataDirectory: nil, environment: [:])
        XCTAssertEqual(result.status, 0)
        return result.output
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testEachScriptParsesInItsShell() throws {
        let checks: [(shell: String, path: String, arguments: [String])] = [("bash", "/usr/bin/bash", ["-n"]), ("zsh", "/usr/bin/zsh", ["-n"]), ("fish", "/usr/bin/fish", ["--no-execute"])]
        var checked = 0
        for check in checks {
            guard let path = shell(check.path) else { continue }
            let file = NSTemporaryDirectory() + "aiwatch-completion-\(getpid()).\(check.shell)"
            try script(check.shell).write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let result = try run(path, check.arguments + [file])
            XCTAssertEqual(result.status, 0, "\(check.shell): \(result.output)")
            checked += 1
        }
        if checked == 0 { throw XCTSkip("none of bash, zsh and fish is installed") }
    }

    func testBashCompletesPaneNamesAfterPane() throws {
        guard let bash = shell("/usr/bin/bash") else { throw XCTSkip("bash is not installed") }
        let file = NSTemporaryDirectory() + "aiwatch-completion-\(getpid()).bash"
        try script("bash").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let probe = "source \(file); COMP_WORDS=(aiwatch snapshot --pane co); COMP_CWORD=3; _aiwatch; echo \"${COMPREPLY[*]}\""
        let result = try run(bash, ["-c", probe])
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines), "companies", result.output)
    }

    func testBashCompletesTheManCommand() throws {
        guard let bash = shell("/usr/bin/bash") else { throw XCTSkip("bash is not installed") }
        let file = NSTemporaryDirectory() + "aiwatch-completion-man-\(getpid()).bash"
        try script("bash").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let probe = "source \(file); COMP_WORDS=(aiwatch ma); COMP_CWORD=1; _aiwatch; echo \"${COMPREPLY[*]}\""
        let result = try run(bash, ["-c", probe])
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines), "man", result.output)
    }
}
