import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchData

/// Each kind of bad data gives its precise, located message, and the folder is refused whole.
final class LoaderProblemTests: XCTestCase {
    /// The bundled files with `name` replaced by `text`.
    func problems(_ name: String, _ text: String) -> [String] {
        loaderProblems(name, text)
    }

    static let source = """
    [
      {"id": "s1", "headline": "H", "publisher": "P", "published": "2023-02", "url": null,
       "evidence": [{"source": "s1", "quote": "q"}]}
    ]
    """

    func sources(_ text: String) -> [String] {
        // Sources are referenced by every record: test them alone with empty other files.
        var files = DataFileName.allCases.map { DataFile(name: $0.fileName, bytes: Array("[]".utf8)) }
        files.removeAll { $0.name == "sources.json" }
        files.append(DataFile(name: "sources.json", bytes: Array(text.utf8)))
        do {
            _ = try CatalogLoader.load(files: files, pinyin: [:])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func testValidMinimalFolderLoads() {
        XCTAssertEqual(sources(Self.source), [])
    }

    func testMalformedJSONNamesFileLineAndColumn() {
        XCTAssertEqual(sources("[\n  {\"id\": \"s1\",}\n]"), ["sources.json:2:15: trailing comma before }"])
        XCTAssertEqual(sources("[1, 2,]"), ["sources.json:1:7: trailing comma before ]"])
        XCTAssertEqual(sources(""), ["sources.json: the file is empty"].map { $0.replacingOccurrences(of: ": the", with: ":1:1: the") })
        XCTAssertEqual(sources("\u{FEFF}[]"), ["sources.json:1:1: the file starts with a byte order mark; save it as UTF-8 without BOM"])
        XCTAssertEqual(sources("[\"abc"), ["sources.json:1:6: unterminated string"])
        XCTAssertEqual(sources("[// note\n]"), ["sources.json:1:2: comments are not allowed in JSON"])
        XCTAssertEqual(sources("[NaN]"), ["sources.json:1:2: NaN and Infinity are not JSON numbers"])
        XCTAssertEqual(sources("[1e400]"), ["sources.json:1:2: number 1e400 is out of range"])
        XCTAssertEqual(sources("[99999999999999999999]"), ["sources.json:1:2: integer 99999999999999999999 is out of range"])
        XCTAssertEqual(sources("{\"a\": 1, \"a\": 2}"), ["sources.json:1:10: duplicate key \"a\""])
        // Past sixteen keys repeats are found by a set: the same message, at the repeated key.
        let many = (0..<40).map { "\"k\($0)\": 0" }.joined(separator: ", ")
        XCTAssertEqual(sources("{" + many + ", \"k7\": 1}"), ["sources.json:1:\(many.count + 4): duplicate key \"k7\""])
        XCTAssertEqual(sources(String(repeating: "[", count: 10_000)), ["sources.json:1:65: nested more than 64 levels deep"])
    }

    func testInvalidUTF8AndUTF16AreNamed() {
        var files = DataFileName.allCases.map { DataFile(name: $0.fileName, bytes: Array("[]".utf8)) }
        files[0] = DataFile(name: "sources.json", bytes: [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
        XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:])) { error in
            XCTAssertEqual((error as? DataProblems)?.description, "sources.json:1:3: invalid UTF-8")
        }
        files[0] = DataFile(name: "sources.json", bytes: [0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00])
        XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:])) { error in
            XCTAssertEqual((error as? DataProblems)?.description, "sources.json:1:1: the file is UTF-16; save it as UTF-8")
        }
    }

    func testFieldProblemsNameThePathAndRecord() {
        let wrongType = Self.source.replacingOccurrences(of: "\"headline\": \"H\"", with: "\"headline\": 3")
        XCTAssertEqual(sources(wrongType), ["sources.json:2:28: sources[0].headline (record \"s1\"): expected a string, found a number"])
        let missing = Self.source.replacingOccurrences(of: "\"publisher\": \"P\", ", with: "")
        XCTAssertEqual(sources(missing), ["sources.json:2:3: sources[0] (record \"s1\"): missing required field \"publisher\""])
        let unknown = Self.source.replacingOccurrences(of: "\"url\": null", with: "\"ur1\": null")
        XCTAssertEqual(sources(unknown), ["sources.json:2:82: sources[0].ur1 (record \"s1\"): unknown field \"ur1\""])
        let empty = Self.source.replacingOccurrences(of: "[{\"source\": \"s1\", \"quote\": \"q\"}]", with: "[]")
        XCTAssertEqual(sources(empty), ["sources.json:2:3: sources[0].evidence (record \"s1\"): must hold at least one quote"])
        let badDate = Self.source.replacingOccurrences(of: "2023-02", with: "Feb 2023")
        XCTAssertEqual(sources(badDate), ["sources.json:2:3: sources[0].published (record \"s1\"): expected YYYY-MM, found \"Feb 2023\""])
    }

    func testNestedEnumProblemHasFullPath() throws {
        let companies = String(decoding: CatalogLoader.bundledFiles().first { $0.name == "companies.json" }!.bytes, as: UTF8.self)
        let broken = companies.replacingOccurrences(of: "\"status\": \"announced\"", with: "\"status\": \"soon\"")
        let found = problems("companies.json", broken)
        XCTAssertFalse(found.isEmpty)
        XCTAssertTrue(found[0].hasPrefix("companies.json:"), found[0])
        XCTAssertTrue(found[0].contains("companies[0].products[0].status (record \"baidu-chatgpt-style-product\"): expected one of announced, in-development, developed, released, found \"soon\""), found[0])
    }

    func testDuplicateAndDanglingIds() {
        let two = "[" + Self.source.dropFirst().dropLast() + "," + Self.source.dropFirst().dropLast() + "]"
        XCTAssertTrue(sources(two).contains { $0.contains("sources[1].id (record \"s1\"): duplicate id \"s1\" (also in sources.json)") }, "\(sources(two))")
        let dangling = Self.source.replacingOccurrences(of: "{\"source\": \"s1\"", with: "{\"source\": \"nope\"")
        XCTAssertEqual(sources(dangling), ["sources.json:3:28: sources[0].evidence[0].source (record \"s1\"): unknown source id \"nope\""])
    }

    func testOneRunReportsFieldAndReferenceProblemsTogether() {
        let broken = Self.source
            .replacingOccurrences(of: "\"headline\": \"H\"", with: "\"headline\": 3")
            .replacingOccurrences(of: "{\"source\": \"s1\"", with: "{\"source\": \"nope\"")
        let found = sources(broken)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found.contains { $0.contains("expected a string, found a number") })
        XCTAssertTrue(found.contains { $0.contains("unknown source id \"nope\"") })
    }

    func testMissingAndUnknownFiles() {
        var files = CatalogLoader.bundledFiles().filter { $0.name != "events.json" }
        files.append(DataFile(name: "extra.json", bytes: Array("[]".utf8)))
        XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:])) { error in
            let text = (error as? DataProblems)?.description ?? ""
            XCTAssertTrue(text.contains("events.json: missing"), text)
            XCTAssertTrue(text.contains("extra.json: unknown data file"), text)
        }
    }

    func testHostileTextInErrorsIsSanitized() {
        let hostile = Self.source.replacingOccurrences(of: "\"url\": null", with: "\"\\u001b]0;pwned\\u0007\": null")
        let message = sources(hostile).joined()
        XCTAssertFalse(message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, message)
        XCTAssertTrue(message.contains("␛]0;pwned␇"), message)
    }

    func testFolderProblems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-loader-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try CatalogLoader.load(directory: folder.path + "/missing")) { error in
            XCTAssertTrue("\(error)".contains("no such data folder"))
        }
        mkfifo(folder.appendingPathComponent("sources.json").path, 0o600)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("people.json"), withIntermediateDirectories: true)
        symlink(folder.appendingPathComponent("nowhere").path, folder.appendingPathComponent("events.json").path)
        XCTAssertThrowsError(try CatalogLoader.load(directory: folder.path)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("sources.json: is not a regular file"), text)
            XCTAssertTrue(text.contains("people.json: is a folder, not a file"), text)
            XCTAssertTrue(text.contains("events.json: is a symlink to nothing (dangling)"), text)
        }
    }
}

/// What a problem quotes of a file is cut: a megabyte key makes one short line, not two megabytes.
final class QuotedInputTests: XCTestCase {
    func testAHugeKeyIsCutInThePathAndTheMessage() {
        let key = String(repeating: "k", count: 1_000_000)
        let problem = DataProblem(file: "events.json", line: 1, column: 2, path: "events[0]." + key, recordID: key, message: "unknown field \"\(key)\"")
        XCTAssertLessThan(problem.description.count, 1_000, "one readable line")
        XCTAssertTrue(problem.description.hasPrefix("events.json:1:2: events[0].kkk"))
        XCTAssertTrue(problem.message.hasPrefix("unknown field \"kkk") && problem.message.hasSuffix("…"))
    }

    /// A key is quoted in the path and in the message, each time cut to its first 60 characters.
    func testAHugeKeyInAFileIsQuotedCutTwice() throws {
        var files = CatalogLoader.bundledFiles().filter { $0.name != "companies.json" }
        files.append(DataFile(name: "companies.json", bytes: HostilePayloads.longKey(length: 1_000_000)))
        XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:])) { error in
            let cut = String(repeating: "k", count: 60) + "…"
            let line = (error as? DataProblems)?.problems.first { $0.message.hasPrefix("unknown field") }?.description
            XCTAssertEqual(line, "companies.json:1:1000007: companies[0].\(cut): unknown field \"\(cut)\"")
        }
    }

    func testQuotedTextIsCutAfterSixtyCharactersAndSanitized() {
        XCTAssertEqual(DataProblem.quoted(String(repeating: "a", count: 60)), String(repeating: "a", count: 60))
        XCTAssertEqual(DataProblem.quoted(String(repeating: "a", count: 61)), String(repeating: "a", count: 60) + "…")
        XCTAssertEqual(DataProblem.quoted("\u{1B}]0;x"), "␛]0;x")
    }
}

/// A small file can hold millions of problems: each file shows its first hundred and says how many more it has,
/// and reading it costs about its size.
final class ProblemCapTests: XCTestCase {
    /// The problems of the bundled folder with `name` replaced by `bytes`.
    private func problems(_ name: String, _ bytes: [UInt8]) -> DataProblems? {
        var files = CatalogLoader.bundledFiles().filter { $0.name != name }
        files.append(DataFile(name: name, bytes: bytes))
        do {
            _ = try CatalogLoader.load(files: files, pinyin: [:])
            return nil
        } catch {
            return error
        }
    }

    func testAMegabyteOfEmptyRecordsShowsAHundredProblemsAndHowManyMore() throws {
        let found = try XCTUnwrap(problems("events.json", HostilePayloads.emptyRecords(bytes: 1 << 20)))
        let events = found.problems.filter { $0.file == "events.json" }
        XCTAssertEqual(events.count, ProblemLog.shownPerFile + 1)
        XCTAssertEqual(events[0].description, "events.json:1:2: events[0]: missing required field \"id\"")
        XCTAssertTrue(events.dropLast().allSatisfy { $0.line == 1 })
        // 349,525 records, each lacking its six required fields; the one other problem is people.json's reference
        // to an event that is gone.
        XCTAssertEqual(events.last?.description, "events.json: and \(349_525 * 6 - 100) more problems")
        XCTAssertEqual(found.total, 349_525 * 6 + 1)
        XCTAssertEqual(found.problems.count, ProblemLog.shownPerFile + 2)
    }

    func testZerosShowAHundredProblemsAndHowManyMore() throws {
        let found = try XCTUnwrap(problems("sources.json", HostilePayloads.zeros(bytes: 1 << 20)))
        let records = (1 << 20 - 3) / 2 + 1
        XCTAssertEqual(found.problems.filter { $0.file == "sources.json" }.count, ProblemLog.shownPerFile + 1)
        XCTAssertEqual(found.problems[1].description, "sources.json:1:4: sources[1]: expected an object, found a number")
        XCTAssertEqual(found.problems.first { $0.file == "sources.json" && $0.line == nil }?.message, "and \(records - 100) more problems")
    }

    func testEachFileHasItsOwnHundred() throws {
        var files = CatalogLoader.bundledFiles().filter { $0.name != "events.json" && $0.name != "people.json" }
        files.append(DataFile(name: "events.json", bytes: HostilePayloads.zeros(bytes: 1_000)))
        files.append(DataFile(name: "people.json", bytes: HostilePayloads.zeros(bytes: 150)))
        XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:])) { error in
            let problems = (error as? DataProblems)?.problems ?? []
            XCTAssertEqual(problems.filter { $0.file == "people.json" }.count, 74, "under a hundred: no summary line")
            XCTAssertEqual(problems.filter { $0.file == "events.json" }.count, 101)
            XCTAssertEqual(problems.last?.description, "events.json: and 399 more problems")
        }
    }

    /// The problems of records before a syntax error are dropped: the file has to be fixed first.
    func testASyntaxErrorAfterBadRecordsIsTheFilesOneProblem() throws {
        let cut = HostilePayloads.zeros(bytes: 1_000).dropLast()
        let found = try XCTUnwrap(problems("events.json", Array(cut)))
        XCTAssertEqual(found.problems.map(\.description), ["events.json:1:\(cut.count + 1): unexpected end of file inside an array"])
    }
}
