import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

/// A corpus of bad data files, each dropped into an otherwise good folder and checked with `aiwatch validate`:
/// every one gives a one-line, sanitized problem naming the file (and line:column and field path where there is
/// one), without a crash or a hang. (How fast is the benchmark's question: a shared machine makes any limit here flaky.)
final class HostileFileTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "aiwatch-hostile-files-\(UUID().uuidString)"
        XCTAssertEqual(Commands.initData(folder).status, 0)
    }

    override func tearDown() {
        chmod(folder + "/sources.json", 0o644)
        try? FileManager.default.removeItem(atPath: folder)
    }

    private var companies: String {
        String(decoding: CatalogLoader.bundledFiles().first { $0.name == "companies.json" }!.bytes, as: UTF8.self)
    }

    /// Writes `bytes` as `name`, validates the folder, and checks the problem report.
    private func check(
        _ name: String, _ bytes: [UInt8], expect: [String], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try? FileManager.default.removeItem(atPath: folder + "/" + name)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        try checkFolder(expect: expect, file: file, line: line)
        try? FileManager.default.removeItem(atPath: folder + "/" + name)
        if let good = CatalogLoader.bundledFiles().first(where: { $0.name == name }) {
            try Data(good.bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    private func check(_ name: String, _ text: String, expect: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(name, Array(text.utf8), expect: expect, file: file, line: line)
    }

    /// Validates the folder and checks the first problem line holds every piece of `expect`.
    private func checkFolder(expect: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let outcome = Commands.validate(folder)
        XCTAssertEqual(outcome.status, 1, outcome.error, file: file, line: line)
        let lines = outcome.error.split(separator: "\n").map(String.init)
        guard let first = lines.first else { return XCTFail("no problem reported", file: file, line: line) }
        for piece in expect { XCTAssertTrue(first.contains(piece), "\(first.debugDescription) lacks \(piece)", file: file, line: line) }
        XCTAssertNil(HostilePayloads.firstControl(in: outcome.error.replacingOccurrences(of: "\n", with: "")), outcome.error, file: file, line: line)
        XCTAssertLessThan(first.count, 400, "one readable line", file: file, line: line)
    }

    func testSyntaxProblemsNameFileLineAndColumn() throws {
        try check("sources.json", "", expect: ["sources.json:1:1:", "empty"])
        try check("sources.json", " \n\t\n", expect: ["sources.json:3:1:", "unexpected end of file"])
        try check("sources.json", [0xEF, 0xBB, 0xBF] + Array("[]".utf8), expect: ["sources.json:1:1:", "byte order mark"])
        try check("sources.json", [0xFF, 0xFE, 0x5B, 0, 0x5D, 0], expect: ["sources.json:1:1:", "UTF-16"])
        try check("sources.json", Array("[\n\"ok\",\n\"".utf8) + [0xC3, 0x28] + Array("\"]".utf8), expect: ["sources.json:3:2:", "invalid UTF-8"])
        let cut = companies[..<companies.range(of: "\n  },\n")!.upperBound]
        try check("companies.json", String(cut), expect: ["companies.json:37:1:", "unexpected end of file"])
        let inString = companies[..<companies.range(of: "\"name\": \"Bai")!.upperBound]
        try check("companies.json", String(inString), expect: ["companies.json:4:", "unterminated string"])
        try check("sources.json", "[1, 2,]", expect: ["sources.json:1:7:", "trailing comma"])
        try check("sources.json", "[/* c */]", expect: ["sources.json:1:2:", "comments are not allowed"])
        try check("sources.json", "[NaN]", expect: ["sources.json:1:2:", "NaN"])
        try check("sources.json", "[1e400]", expect: ["sources.json:1:2:", "out of range"])
        try check("sources.json", "[9223372036854775808]", expect: ["sources.json:1:2:", "out of range"])
        try check("sources.json", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), expect: ["sources.json:1:65:", "nested more than 64"])
        try check("sources.json", "[{\"id\": \"a\", \"id\": \"b\"}]", expect: ["sources.json:1:14:", "duplicate key \"id\""])
    }

    func testRecordProblemsNameTheFieldPath() throws {
        let twice = companies.replacingOccurrences(of: "\"id\": \"alibaba\"", with: "\"id\": \"baidu\"")
        try check("companies.json", twice, expect: ["companies.json:", "companies[1].id", "duplicate id \"baidu\""])
        let dangling = companies.replacingOccurrences(of: "\"source\": \"techwireasia\"", with: "\"source\": \"nowhere\"")
        try check("companies.json", dangling, expect: ["companies.json:", "companies[0].evidence[0].source", "unknown source id \"nowhere\""])
        let wrongType = companies.replacingOccurrences(of: "\"name\": \"Baidu\"", with: "\"name\": [1]")
        try check("companies.json", wrongType, expect: ["companies.json:4:", "companies[0].name", "expected a string, found an array"])
        try check("companies.json", "{}", expect: ["companies.json:1:1:", "expected an array of records"])
    }

    func testAHundredMegabyteFileIsAnsweredWithTheEndItStopsAt() throws {
        var bytes = Array("[\"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        bytes += Array("\"".utf8)  // the closing bracket is missing
        try check("sources.json", bytes, expect: ["sources.json:1:", "unexpected end of file"])
        let blanks = Array("[\n".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 100 << 20) + Array("\n{".utf8)
        try check("sources.json", blanks, expect: ["sources.json:3:2:", "unexpected end of file inside an object"])
    }

    func testFilesThatAreNotRegularFiles() throws {
        try FileManager.default.removeItem(atPath: folder + "/people.json")
        try FileManager.default.createDirectory(atPath: folder + "/people.json", withIntermediateDirectories: false)
        try checkFolder(expect: ["people.json: is a folder, not a file"])
        try FileManager.default.removeItem(atPath: folder + "/people.json")
        XCTAssertEqual(mkfifo(folder + "/people.json", 0o600), 0)
        try checkFolder(expect: ["people.json: is not a regular file"])
        try FileManager.default.removeItem(atPath: folder + "/people.json")
        XCTAssertEqual(symlink(folder + "/nowhere", folder + "/people.json"), 0)
        try checkFolder(expect: ["people.json: is a symlink to nothing"])
    }

    func testUnreadableFile() throws {
        // Root reads any file whatever its mode, so the refusal cannot be provoked when the tests run as root.
        if geteuid() == 0 { throw XCTSkip("running as root: chmod 000 does not stop root from reading the file") }
        XCTAssertEqual(chmod(folder + "/sources.json", 0), 0)
        try checkFolder(expect: ["sources.json: cannot be read"])
    }

    func testHostileFileNameIsSanitized() throws {
        try check("\u{1B}]0;owned\u{07}.json", "[]", expect: ["␛]0;owned␇.json", "unknown data file"])
    }
}
