import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// The id index finds every record by its id, and nothing else: a wrong answer would open the wrong detail or let a
/// dangling reference through the loader.
final class IDIndexTests: XCTestCase {
    func testFindsEveryIdAndNoOther() {
        var index = IDIndex()
        // Past several growths; ids of every length around the 8-byte words the hash reads, and non-ASCII ones.
        let ids = (0..<5000).map { i in String(repeating: "x", count: i % 19) + "-\(i)" } + ["百度", "京东-1", "", "a"]
        for (i, id) in ids.enumerated() { index[id] = .event(i) }
        XCTAssertEqual(index.count, ids.count)
        for (i, id) in ids.enumerated() { XCTAssertEqual(index[id], .event(i), id) }
        for missing in ["-5000", "x-0", "百", "京东", "b", "xxxxxxxxxxxxxxxxxx-5"] { XCTAssertNil(index[missing], missing) }
    }

    func testARepeatedIdMovesToItsLastRecordAndCountsOnce() {
        var index = IDIndex(capacity: 2)
        index["baidu"] = .organisation(0)
        index["baidu"] = .organisation(7)
        XCTAssertEqual(index.count, 1)
        XCTAssertEqual(index["baidu"], .organisation(7))
    }

    func testKeepsEveryKindOfRecordWhole() {
        let refs: [RecordRef] = [
            .source(0), .organisation((1 << 32) - 1), .product(organisation: 300_000, index: (1 << 28) - 1), .regulation(7),
            .statistic(149_999), .person(3), .quote(person: 1 << 20, index: 12), .event(999_999),
        ]
        var index = IDIndex()
        for (i, ref) in refs.enumerated() { index["id-\(i)"] = ref }
        for (i, ref) in refs.enumerated() { XCTAssertEqual(index["id-\(i)"], ref) }
    }

    func testIdsThatDifferOnlyPastTheFirstWordHashApart() {
        let hashes = Set((0..<1000).map { IDIndex.hash("organisation-\($0)") })
        XCTAssertEqual(hashes.count, 1000)
    }
}
