import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// A data file is read whole, whatever `stat` said of its size a moment before.
final class FileBufferTests: XCTestCase {
    private func buffer(of bytes: [UInt8], expected: Int, limit: Int = 1 << 20) throws -> FileBuffer? {
        let path = NSTemporaryDirectory() + "aiwatch-filebuffer-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        return FileBuffer(reading: descriptor, expected: expected, limit: limit)
    }

    func testReadsTheWholeFile() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        XCTAssertEqual(try buffer(of: bytes, expected: bytes.count).map { Array($0.bytes) }, bytes)
    }

    func testReadsAFileThatGrewSinceItsSizeWasTaken() throws {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        XCTAssertEqual(try buffer(of: bytes, expected: 10).map { Array($0.bytes) }, bytes, "grown many times over")
    }

    func testReadsAnEmptyFile() throws {
        XCTAssertEqual(try buffer(of: [], expected: 0)?.bytes.count, 0)
    }

    func testRefusesAFileOverTheLimit() throws {
        XCTAssertNil(try buffer(of: Array(repeating: 1, count: 5_000), expected: 10, limit: 4_096))
        XCTAssertNotNil(try buffer(of: Array(repeating: 1, count: 4_096), expected: 10, limit: 4_096))
    }
}
