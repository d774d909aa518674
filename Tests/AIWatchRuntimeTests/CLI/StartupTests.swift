import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import XCTest

@testable import AIWatchRuntime

/// The app on a broken folder prints a page of problems, not a flood, and ends with how many there are.
final class StartupTests: XCTestCase {
    func testAFolderWithMillionsOfProblemsPrintsAPageAndTheCount() throws {
        let folder = NSTemporaryDirectory() + "aiwatch-startup-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(Commands.initData(folder).status, 0)
        try Data(HostilePayloads.zeros(bytes: 1 << 20)).write(to: URL(fileURLWithPath: folder + "/sources.json"))
        guard case .failure(let failure) = Startup.make(ViewOptions(), directory: folder, message: nil) else {
            return XCTFail("the folder loaded")
        }
        let lines = failure.message.split(separator: "\n")
        XCTAssertEqual(failure.status, 1)
        XCTAssertLessThan(lines.count, 400, "a page per file at most")
        XCTAssertTrue(lines.contains { $0.hasSuffix("/sources.json: and 524187 more problems") }, "\(lines.suffix(3))")
        XCTAssertTrue(lines.last?.hasPrefix("aiwatch: ") == true && lines.last?.hasSuffix("; nothing was loaded") == true, "\(lines.last ?? "")")
        XCTAssertTrue(lines.last?.contains(" problems found in \(folder)") == true, "\(lines.last ?? "")")
    }
}
