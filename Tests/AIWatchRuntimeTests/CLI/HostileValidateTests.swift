import AIWatchTestSupport
import Foundation
import XCTest

@testable import AIWatchRuntime

/// `validate` of a folder of hostile data names what is wrong without letting a control sequence through.
final class HostileValidateTests: XCTestCase {
    func testValidateOfAHostileFolderNamesFieldsWithoutControls() throws {
        let folder = try HostilePayloads.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = HostilePayloads.all[4]
        let bad = "[{\"id\": \(json(payload)), \"name\\u001b]0;x\\u0007\": 1}]"
        try Data(bad.utf8).write(to: URL(fileURLWithPath: folder + "/companies.json"))
        let outcome = Commands.validate(folder)
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertFalse(outcome.error.isEmpty)
        XCTAssertNil(HostilePayloads.firstControl(in: outcome.error.replacingOccurrences(of: "\n", with: "")), outcome.error)
    }

    private func json(_ text: String) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), encoding: .utf8)!
    }
}
