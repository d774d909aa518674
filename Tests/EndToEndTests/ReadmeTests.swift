import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// The README's screenshots are made by the current build: a change to the screen that forgets them fails here.
final class ReadmeTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTextScreenshotsMatchTheCurrentBuild() throws {
        try checkBlocks(#/<!-- snapshot: ([^>]*) -->\n```text\n((?s).*?)\n```/#, command: "snapshot", what: "screenshot")
    }

    func testTheBriefMatchesTheCurrentBuild() throws {
        try checkBlocks(#/<!-- brief: ([^>]*) -->\n```markdown\n((?s).*?)\n```\n/#, command: "brief", what: "brief")
    }

    /// Each README block `pattern` finds (its arguments, then its text) equals what `aiwatch COMMAND ARGUMENTS`
    /// prints now.
    private func checkBlocks(_ pattern: Regex<(Substring, Substring, Substring)>, command: String, what: String) throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.matches(of: pattern)
        XCTAssertFalse(blocks.isEmpty, "the README shows a \(what)")
        for block in blocks {
            let arguments = [command] + block.output.1.split(separator: " ").map(String.init)
            let result = TerminalSession.run(TerminalSession.binary, arguments)
            XCTAssertEqual(result.status, 0, result.output)
            XCTAssertEqual(String(block.output.2), result.output.trimmingCharacters(in: .newlines),
                           "README \(what) for `aiwatch \(arguments.joined(separator: " "))` is stale")
        }
    }

    func testSVGScreenshotMatchesTheCurrentBuild() throws {
        let svg = try String(contentsOf: Self.root.appendingPathComponent(".assets/overview.svg"), encoding: .utf8)
        let result = TerminalSession.run(TerminalSession.binary, ["snapshot", "--size", "120x36", "--format", "svg", "--theme", "dark"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(svg == result.output, "the README's .assets/overview.svg is stale: re-make it with "
            + "`aiwatch snapshot --size 120x36 --format svg --theme dark -o .assets/overview.svg --force`")
    }
}
