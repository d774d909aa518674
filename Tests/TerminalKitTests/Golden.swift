import AIWatchTestSupport
import XCTest

/// This target's golden files (`Goldens/`), checked by `GoldenFile`.
enum Golden {
    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
        if let mismatch = GoldenFile.mismatch(actual, named: name, in: directory) { XCTFail(mismatch, file: file, line: line) }
    }
}
