import AIWatchApp
import AIWatchData
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

/// The commands as the program carries them out, short of printing.
final class CommandLineMainTests: XCTestCase {
    func settingsHome(_ text: String) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-main-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/aiwatch", withIntermediateDirectories: true)
        try text.write(toFile: home + "/aiwatch/config.json", atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: home) }
        return home
    }

    func snapshot(_ arguments: [String], environment: [String: String]) throws -> Commands.Outcome {
        let (invocation, data) = try CommandLineParser.parse(["snapshot"] + arguments)
        return CommandLineMain.outcome(invocation, dataDirectory: data, environment: environment)
    }

    func testASnapshotSaysOnceWhyTheSettingsFileWasIgnored() throws {
        let home = try settingsHome("{\"theme\": \"neon\"}")
        let outcome = try snapshot(["--size", "80x24"], environment: ["XDG_CONFIG_HOME": home])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.output.contains("aiwatch · Overview"), outcome.output)
        XCTAssertEqual(outcome.error, "aiwatch: \(home)/aiwatch/config.json:1:11: theme must be dark, light or mono; using defaults\n")
    }

    func testTheSettingsFileChoosesTheSnapshotTheme() throws {
        let home = try settingsHome("{\"theme\": \"light\"}")
        let light = try snapshot(["--format", "html"], environment: ["XDG_CONFIG_HOME": home])
        let flagged = try snapshot(["--format", "html", "--theme", "light"], environment: [:])
        let dark = try snapshot(["--format", "html"], environment: [:])
        XCTAssertEqual(light, flagged)
        XCTAssertNotEqual(light.output, dark.output)
    }

    func testAFolderThatDoesNotLoadIsAllAListSays() throws {
        let missing = "/nonexistent/aiwatch-\(UUID().uuidString)"
        let (invocation, data) = try CommandLineParser.parse(["list", "companies", "--data", missing])
        let outcome = CommandLineMain.outcome(invocation, dataDirectory: data, environment: [:])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.error.hasPrefix("aiwatch: "), outcome.error)
    }

    /// A folder that is not there is named once: `nosuch: no such data folder`, not `nosuch/nosuch`.
    func testAMissingFolderIsNamedOnce() {
        let outcome = Commands.validate("nosuch-aiwatch-folder")
        XCTAssertEqual(outcome.error, "aiwatch: nosuch-aiwatch-folder: no such data folder\n")
        XCTAssertEqual(outcome.status, 1)
    }
}

/// The export folder the export menu names: absolute, without `.` or `..`, as Foundation's URL would give it.
final class AbsolutePathTests: XCTestCase {
    func testAFolderIsNamedAbsoluteAndStandardisedAsURLWouldName() {
        for path in [".", "exports", "./a/../b/", "/srv/briefs", "/srv/./briefs/../notes", "a//b", "/"] {
            XCTAssertEqual(CommandLineMain.absolutePath(path), URL(fileURLWithPath: path).standardizedFileURL.path, path)
        }
    }
}
