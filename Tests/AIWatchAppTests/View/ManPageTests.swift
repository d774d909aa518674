@testable import AIWatchApp
import AIWatchData
import Foundation
import XCTest

/// The manual page says all the help says, and `man` reads it without a complaint.
final class ManPageTests: XCTestCase {
    /// The roff of `plain`, as the page writes text.
    private func roff(_ plain: String) -> String { ManPage.text(plain, filled: false) }

    func testEveryCommandAndOptionIsOnThePage() {
        let page = ManPage.roff
        for command in Subcommand.allCases {
            XCTAssertTrue(page.contains(".SS " + roff(command.spec.name) + "\n"), "no section for \(command)")
        }
        for spec in CommandSpec.all {
            for line in spec.usage { XCTAssertTrue(page.contains("\n" + roff(line) + "\n"), line) }
            for option in spec.arguments + spec.options {
                for name in option.names { XCTAssertTrue(page.contains("\\fB" + roff(name) + "\\fR"), "\(spec.name) \(name)") }
                if let placeholder = option.placeholder { XCTAssertTrue(page.contains("\\fI" + roff(placeholder) + "\\fR"), "\(spec.name) \(option.spelled)") }
                XCTAssertTrue(page.contains(ManPage.text(option.line)), "\(spec.name) \(option.spelled): \(option.line)")
            }
            for example in spec.examples { XCTAssertTrue(page.contains("\n" + roff(example) + "\n"), example) }
        }
    }

    func testEveryKeyBindingIsOnThePage() {
        let page = ManPage.roff
        for mode in KeyMode.allCases {
            for binding in KeyMap.bindings(in: mode) {
                let tag = binding.otherKeys != nil ? "any other key" : "\\fB" + roff(binding.label) + "\\fR"
                let jump: Bool = { if case .jump = binding.action { return true }; return false }()
                // The pane digits share one line: 1 2 3 4 5 6 7.
                let expected = jump ? roff(binding.label) : tag + "\n" + ManPage.text(binding.help)
                XCTAssertTrue(page.contains(expected), "\(mode): \(binding.label) \(binding.help)")
            }
        }
    }

    func testTheQueryLanguageFilesEnvironmentAndExitStatusAreOnThePage() {
        let page = ManPage.roff
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "FILTER", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
            XCTAssertTrue(page.contains("\n.SH \(section)\n"), section)
        }
        for field in QueryHelp.fields { XCTAssertTrue(page.contains("\\fB" + roff(field.name) + "\\fR\n"), field.name) }
        for name in ["NO_COLOR", "XDG_CONFIG_HOME", "TERM"] { XCTAssertTrue(page.contains("\\fB" + roff(name) + "\\fR\n"), name) }
        XCTAssertTrue(page.contains("\\fB" + roff("$XDG_CONFIG_HOME/aiwatch/config.json") + "\\fR\n"))
        XCTAssertTrue(page.contains("export folder"))
        for status in [0, 1, 2] { XCTAssertTrue(page.contains(".TP\n\\fB\(status)\\fR\n"), "exit status \(status)") }
    }

    func testTextIsEscapedForRoff() {
        XCTAssertEqual(ManPage.text("--pane a\\b"), "\\-\\-pane a\\eb")
        XCTAssertEqual(ManPage.text(".hidden"), "\\&.hidden", "a leading dot would be a request")
        XCTAssertEqual(ManPage.text("'quoted"), "\\&'quoted")
        XCTAssertEqual(ManPage.text("京东 ↑"), "\\[u4EAC]\\[u4E1C] \\[u2191]")
        XCTAssertEqual(ManPage.text("e.g. this"), "e.g.\\& this")
        let long = ManPage.text(String(repeating: "word ", count: 40))
        XCTAssertTrue(long.split(separator: "\n").allSatisfy { $0.utf8.count <= 80 }, long)
        XCTAssertFalse(ManPage.text(String(repeating: "word ", count: 40), filled: false).contains("\n"))
    }

    func testNoLineOfThePageIsBlankOrEndsInASpace() {
        for line in ManPage.roff.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            XCTAssertFalse(line.isEmpty, "a blank line is a paragraph break roff warns about")
            XCTAssertFalse(line.hasSuffix(" "), String(line))
        }
    }

    /// mandoc's linter and groff's warnings (all of them) find nothing to say about the page.
    func testTheLintersFindNothing() throws {
        let file = NSTemporaryDirectory() + "aiwatch-man-\(getpid()).1"
        try ManPage.roff.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let linters: [(path: String, arguments: [String])] = [
            ("/usr/bin/mandoc", ["-T", "lint", "-W", "all", file]), ("/usr/bin/groff", ["-ww", "-man", "-z", "-Tutf8", file]),
        ]
        var ran = 0
        for linter in linters where FileManager.default.isExecutableFile(atPath: linter.path) {
            let result = try run(linter.path, linter.arguments)
            XCTAssertEqual(result.status, 0, "\(linter.path): \(result.output)")
            XCTAssertEqual(result.output, "", linter.path)
            ran += 1
        }
        if ran == 0 { throw XCTSkip("neither mandoc nor groff is installed") }
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
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
}
