import Foundation
import XCTest

@testable import AIWatchRuntime

/// Without a clipboard, citations collect in `citations.md`, each after the last, none lost.
final class CitationFileTests: XCTestCase {
    func testCitationsAreAddedAtTheEnd() throws {
        let folder = NSTemporaryDirectory() + "aiwatch-citations-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(try CitationFile.append("first\n", in: folder).get(), folder + "/citations.md")
        _ = try CitationFile.append("second\n", in: folder).get()
        XCTAssertEqual(try String(contentsOfFile: folder + "/citations.md", encoding: .utf8), "first\n\nsecond\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["citations.md"], "no temporary file stays")
    }

    func testAFolderThatIsNotThereFailsWithAReason() {
        guard case .failure(let error) = CitationFile.append("x", in: "/nonexistent-aiwatch-folder") else { return XCTFail() }
        XCTAssertEqual(error.reason, "no such folder")
    }
}
