import Foundation
import XCTest

/// Golden files next to the tests (`Goldens/`), re-recorded when the environment has `AIWATCH_RECORD=1`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["AIWATCH_RECORD"] == "1" }

    /// Fails unless `actual` equals the golden file `name`, naming the first line that differs.
    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden \(name); run with AIWATCH_RECORD=1 to record it", file: file, line: line)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? actualLines[index] : "<end>"
        let wanted = index < expectedLines.count ? expectedLines[index] : "<end>"
        XCTFail("\(name) differs at line \(index + 1):\n  expected: \(wanted.debugDescription)\n  actual:   \(got.debugDescription)\n"
            + "(AIWATCH_RECORD=1 re-records)", file: file, line: line)
    }
}
