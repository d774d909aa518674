import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// Text kept in a shared buffer reads back exactly as it went in, and compares by its characters.
final class StoredTextTests: XCTestCase {
    func testTextReadsBackAsItWent() {
        for text in ["", "Baidu", "京东 JD.com — “more than 1,048” 🇨🇳", String(repeating: "x", count: 100_000)] {
            XCTAssertEqual(StoredText(text).string, text)
        }
    }

    func testTextsInOneBufferStayApartAndCompareByCharacters() throws {
        let storage = TextStorage(capacity: 64)
        let first = try XCTUnwrap(storage.append(Array("北京".utf8)))
        let second = try XCTUnwrap(storage.append(Array("Beijing".utf8)))
        let again = try XCTUnwrap(storage.append(Array("北京".utf8)))
        XCTAssertEqual([first.string, second.string], ["北京", "Beijing"])
        XCTAssertEqual(first, again, "equal characters at another place are equal")
        XCTAssertEqual(first, StoredText("北京"), "and in another buffer")
        XCTAssertNotEqual(first, second)
        XCTAssertNotEqual(StoredText("ab"), StoredText("ac"))
    }

    func testAFullBufferRefusesTextAndKeepsWhatItHolds() throws {
        let storage = TextStorage(capacity: 8)
        let held = try XCTUnwrap(storage.append(Array("12345".utf8)))
        XCTAssertNil(storage.append(Array("6789".utf8)), "four more bytes do not fit in three")
        let last = try XCTUnwrap(storage.append(Array("678".utf8)))
        XCTAssertEqual([held.string, last.string], ["12345", "678"])
    }
}
