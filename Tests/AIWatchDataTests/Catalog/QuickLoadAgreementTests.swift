import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// The loader's quick reading (straight from the bytes) and its located one (parse trees) must agree: whatever the
/// quick one loads, the located one loads the same; whatever the located one refuses, the quick one refuses too. A
/// quick reading laxer than the located one would let a broken folder in; a stricter one only costs time.
final class QuickLoadAgreementTests: XCTestCase {
    func testValidCatalogsPassTheQuickCheck() throws {
        XCTAssertTrue(try CatalogLoader.bundled().hasConsistentReferences)
        XCTAssertTrue(SyntheticCatalog.make(records: 2_000, seed: 11).hasConsistentReferences)
    }

    func testBothReadingsLoadTheSameRecords() throws {
        for files in [CatalogLoader.bundledFiles(), CatalogEncoder.files(SyntheticCatalog.make(records: 3_000, seed: 5))] {
            let quick = try XCTUnwrap(CatalogLoader.quickLoad(files: files, pinyin: [:]), "a valid folder loads the quick way")
            try assertSameRecords(quick, CatalogLoader.locatedLoad(files: files, pinyin: [:]))
        }
    }

    /// Edits of companies.json and statistics.json at the edges of the format, valid and not.
    func testReadingsAgreeAtTheEdgesOfTheFormat() throws {
        let edits: [(file: String, from: String, to: String)] = [
            ("companies.json", "\"name\":", "\"n\\u0061me\":"),
            ("companies.json", "\"summary\": \"", "\"summary\": \"\\u4eac\\n\\\"q\\\" \\ud83d\\ude00 \\ud800 \\/ "),
            ("companies.json", "\"summary\": \"", "\"summary\": \"\u{1B}[31m "),
            ("companies.json", "\"summary\": \"", "\"summary\": \"\\u001b[31m \u{202E} "),
            ("companies.json", "\"nameZh\": \"百度\"", "\"nameZh\": null"),
            ("companies.json", "\"parent\": \"alibaba\"", "\"parent\": null"),
            ("companies.json", "\"summary\": \"", "\"summary\": null, \"x\": \""),
            ("companies.json", "\"summary\": \"", "\"summary\": \" \\t\", \"x\": \""),
            ("companies.json", "\"summary\": \"One of the Chinese tech giants that announced plans to build its own ChatGPT-style product.\"", "\"summary\": \"\\u2028\""),
            ("companies.json", "\"name\": \"Baidu\"", "\"name\": \"Baidu\", \"name\": \"Baidu\""),
            ("companies.json", "\"source\": \"techwireasia\"", "\"source\": \"techwireasia\", \"source\": \"techwireasia\""),
            ("companies.json", "\"name\": \"Baidu\"", "\"name\": \"Baidu\", \"zz\": [[[[1]]]]"),
            ("companies.json", "\"name\": \"Baidu\"", "\"name\": \"Baidu\",, \"x\": 1"),
            ("companies.json", "\"kind\": \"company\"", "\"kind\": \"Company\""),
            ("companies.json", "\"sectors\": [", "\"sectors\": [1, "),
            ("companies.json", "\"sectors\": [", "\"sectors\": [\"a\",]"),
            ("companies.json", "\n", "\r\n"),
            ("companies.json", "\n", "\t"),
            ("companies.json", "[", "\u{FEFF}["),
            ("companies.json", "[", "[]"),
            ("companies.json", "\"Baidu\"", "\"Bai\u{80}du\""),
            ("statistics.json", "\"value\": 1048", "\"value\": 1.048e3"),
            ("statistics.json", "\"value\": 1048", "\"value\": 1048.0E+0"),
            ("statistics.json", "\"value\": 1048", "\"value\": 1e400"),
            ("statistics.json", "\"value\": 1048", "\"value\": 01048"),
            ("statistics.json", "\"value\": 1048", "\"value\": 99999999999999999999"),
            ("statistics.json", "\"value\": 1048", "\"value\": -"),
            ("statistics.json", "\"value\": 1048", "\"value\": \"1048\""),
            ("statistics.json", "\"approximate\": true", "\"approximate\": tru"),
            ("statistics.json", "\"approximate\": true", "\"approximate\": null"),
        ]
        var (loaded, loadedQuickly) = (0, 0)
        for (file, from, to) in edits {
            var files = CatalogLoader.bundledFiles()
            let i = try XCTUnwrap(files.firstIndex { $0.name == file })
            let text = String(decoding: files[i].bytes, as: UTF8.self)
            let range = try XCTUnwrap(text.range(of: from), "\(file) holds \(from)")
            var bytes = Array(text.replacingCharacters(in: range, with: to).utf8)
            if to.contains("\u{80}") { bytes = bytes.map { $0 == 0xC2 ? 0xFF : $0 } }  // an invalid UTF-8 byte
            files[i] = DataFile(name: file, bytes: bytes)
            let quick = CatalogLoader.quickLoad(files: files, pinyin: [:])
            do {
                let located = try CatalogLoader.locatedLoad(files: files, pinyin: [:])
                loaded += 1
                if let quick {
                    loadedQuickly += 1
                    try assertSameRecords(quick, located, "\(from) → \(to)")
                }
            } catch {
                XCTAssertNil(quick, "the quick reading loads what the located one refuses: \(from) → \(to): \(error)")
            }
        }
        XCTAssertEqual(loaded, 10, "the valid edits load")
        XCTAssertEqual(loadedQuickly, 8, "all but an escaped key and a summary blank once sanitized load the quick way")
    }

    /// Strings read a word at a time: an escape, a non-ASCII letter and the closing quote at every offset within
    /// the words, so that each lands on each byte of a word.
    func testStringsReadAlikeWhereverTheirBytesFallInAWord() throws {
        for length in 0..<20 {
            let padding = String(repeating: "a", count: length)
            for summary in [padding, padding + "\\\"q", padding + "é" + padding, padding + "\\\\" + padding, "\\n" + padding] {
                var files = CatalogLoader.bundledFiles()
                let i = try XCTUnwrap(files.firstIndex { $0.name == "companies.json" })
                let text = String(decoding: files[i].bytes, as: UTF8.self)
                let range = try XCTUnwrap(text.range(of: "\"summary\": \""))
                files[i] = DataFile(name: "companies.json", bytes: Array(text.replacingCharacters(in: range, with: "\"summary\": \"" + summary + " ").utf8))
                let quick = try XCTUnwrap(CatalogLoader.quickLoad(files: files, pinyin: [:]), summary)
                try assertSameRecords(quick, CatalogLoader.locatedLoad(files: files, pinyin: [:]), summary)
            }
        }
    }

    /// Sanitizing makes a zero-width space twelve bytes long (⟨U+200B⟩): a file of them holds more text than
    /// bytes, so its texts outgrow the buffer kept for them, and must still read back whole. A thousand of them in
    /// each summary is enough, and leaves it within its length limit.
    func testTextLongerOnceSanitizedThanItsFileReadsWhole() throws {
        var files = CatalogLoader.bundledFiles()
        let i = try XCTUnwrap(files.firstIndex { $0.name == "companies.json" })
        let text = String(decoding: files[i].bytes, as: UTF8.self)
        let count = 1_000
        let spaces = String(repeating: "\u{200B}", count: count)
        files[i] = DataFile(name: "companies.json", bytes: Array(text.replacingOccurrences(of: "\"summary\": \"", with: "\"summary\": \"" + spaces).utf8))
        let quick = try XCTUnwrap(CatalogLoader.quickLoad(files: files, pinyin: [:]))
        try assertSameRecords(quick, CatalogLoader.locatedLoad(files: files, pinyin: [:]))
        for organisation in quick.organisations {
            XCTAssertEqual(organisation.summary.string.components(separatedBy: "⟨U+200B⟩").count, count + 1, organisation.id)
        }
    }

    private func assertSameRecords(_ a: Catalog, _ b: Catalog, _ message: String = "", line: UInt = #line) throws {
        XCTAssertEqual(a.sources, b.sources, message, line: line)
        XCTAssertEqual(a.organisations, b.organisations, message, line: line)
        XCTAssertEqual(a.regulations, b.regulations, message, line: line)
        XCTAssertEqual(a.statistics, b.statistics, message, line: line)
        XCTAssertEqual(a.people, b.people, message, line: line)
        XCTAssertEqual(a.events, b.events, message, line: line)
    }

    /// Each field that holds a reference, pointed at an id that does not exist (or a duplicate id made), gives the
    /// located message naming that field.
    func testEveryBrokenReferenceIsLocated() throws {
        let cases: [(file: String, from: String, to: String, field: String)] = [
            ("companies.json", "\"source\": \"techwireasia\"", "\"source\": \"nowhere\"", "evidence[0].source"),
            ("companies.json", "\"source\": \"techwireasia\"", "\"source\": \"baidu\"", "evidence[0].source"),
            ("companies.json", "\"parent\": \"", "\"parent\": \"x-", "parent"),
            ("regulations.json", "\"issuedBy\": [\n      \"", "\"issuedBy\": [\n      \"x-", "issuedBy[0]"),
            ("statistics.json", "\"about\": [\n      \"", "\"about\": [\n      \"x-", "about[0]"),
            ("people.json", "\"affiliation\": \"", "\"affiliation\": \"x-", "affiliation"),
            ("people.json", "\"about\": [\n          \"", "\"about\": [\n          \"x-", "about[0]"),
            ("events.json", "\"related\": [\n      \"", "\"related\": [\n      \"x-", "related[0]"),
            ("sources.json", "\"source\": \"cnbc\"", "\"source\": \"techwire\"", "evidence[0].source"),
            ("events.json", "\"id\": \"", "\"id\": \"baidu\", \"x\": \"", "id"),
        ]
        for (file, from, to, field) in cases {
            var files = CatalogLoader.bundledFiles()
            let i = try XCTUnwrap(files.firstIndex { $0.name == file })
            let text = String(decoding: files[i].bytes, as: UTF8.self)
            let range = try XCTUnwrap(text.range(of: from), "\(file) holds \(from)")
            files[i] = DataFile(name: file, bytes: Array(text.replacingCharacters(in: range, with: to).utf8))
            XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:]), "\(file) \(field)") { error in
                let messages = (error as? DataProblems)?.problems.map(\.description) ?? []
                XCTAssertTrue(messages.contains { $0.hasPrefix(file + ":") && $0.contains(field) }, "\(file) \(field): \(messages)")
            }
        }
    }
}
