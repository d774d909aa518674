import XCTest
@testable import AIWatchCore

/// Text that repeats across a file's records is stored once, and sharing never hands out the wrong text.
final class SharedStringsTests: XCTestCase {
    private func string(_ text: String, from shared: inout SharedStrings) -> String {
        let bytes = Array(text.utf8)  // a copy of its own, as each record's bytes are
        return bytes.withUnsafeBufferPointer { shared.string($0) }
    }

    private func storage(_ text: String) -> UnsafePointer<UInt8>? {
        var text = text
        return text.withUTF8 { $0.baseAddress }
    }

    func testRepeatedTextIsStoredOnce() {
        var shared = SharedStrings()
        let first = string("artificial intelligence", from: &shared)
        let again = string("artificial intelligence", from: &shared)
        XCTAssertEqual(again, "artificial intelligence")
        XCTAssertEqual(storage(first), storage(again), "one storage for both")
        XCTAssertNotEqual(storage(first), storage(string("artificial intelligencE", from: &shared)))
    }

    func testEveryTextComesBackAsItWasThroughGrowth() {
        var shared = SharedStrings()
        let texts = (0..<20_000).map { "sector number \($0) of many".padding(toLength: 16 + $0 % 49, withPad: "x", startingAt: 0) }
        for text in texts + texts.reversed() {
            XCTAssertEqual(string(text, from: &shared), text)
        }
    }
}
