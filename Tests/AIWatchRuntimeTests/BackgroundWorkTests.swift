import AIWatchApp
import AIWatchTestSupport
import Foundation
import XCTest

@testable import AIWatchRuntime

/// Work handed to a background thread comes back whole.
final class BackgroundWorkTests: XCTestCase {
    private let complete = try! TestEnvironment.bundled()

    func testTheBuilderDeliversTheStandardEnvironment() {
        let catalog = complete.catalog
        let builder = BackgroundWork { report in Environment.standard(catalog, progress: report) }
        let deadline = Date().addingTimeInterval(30)
        while builder.result == nil && Date() < deadline { usleep(1000) }
        let built = try? XCTUnwrap(builder.result)
        XCTAssertEqual(built?.isComplete, true)
        XCTAssertEqual(builder.progress, 1)
        XCTAssertEqual(built?.index.count, complete.index.count)
    }
}
