import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// Text that repeats across a file's records is stored once, and sharing never hands out the wrong text.
final class SharedStringsTests: XCTestCase {
    /// Each of `texts` read from a file holding them all, as `SharedStrings` is used: the answers, in order.
    private func read(_ texts: [String], make: (String) -> String? = { $0 }) -> [String?] {
        let file = texts.flatMap(\.utf8)
        var shared = SharedStrings<String>(fileSize: 0)
        return file.withUnsafeBufferPointer { file in
            var offset = 0
            return texts.map { text in
                let raw = UnsafeBufferPointer(rebasing: file[offset..<(offset + text.utf8.count)])
                offset += text.utf8.count
                return shared.value(raw) { make(text) }
            }
        }
    }

    private func storage(_ text: String?) -> UnsafePointer<UInt8>? {
        guard var text else { return nil }
        return text.withUTF8 { $0.baseAddress }
    }

    func testRepeatedTextIsStoredOnce() {
        let read = read(["artificial intelligence", "artificial intelligence", "artificial intelligencE"])
        XCTAssertEqual(read, ["artificial intelligence", "artificial intelligence", "artificial intelligencE"])
        XCTAssertEqual(storage(read[0]), storage(read[1]), "one storage for both")
        XCTAssertNotEqual(storage(read[0]), storage(read[2]))
    }

    func testEveryTextComesBackAsItWasThroughGrowth() {
        let texts = (0..<20_000).map { "sector number \($0) of many".padding(toLength: 16 + $0 % 49, withPad: "x", startingAt: 0) }
        XCTAssertEqual(read(texts + texts.reversed()), texts + texts.reversed())
    }

    func testBytesThatAreNoStringAreNotKept() {
        let read = read(["no string here, twice", "no string here, twice"]) { _ in nil }
        XCTAssertEqual(read, [nil, nil])
    }

    func testTextIsMadeOnceForBytesThatRepeat() {
        // Escapes and sanitizing make text unlike its bytes, so it is made from the first reading and kept.
        var made = 0
        let read = read(["caf\\u00e9 au lait, served", "caf\\u00e9 au lait, served"]) { _ in
            made += 1
            return "café au lait, served"
        }
        XCTAssertEqual(read, ["café au lait, served", "café au lait, served"])
        XCTAssertEqual(made, 1)
    }
}
