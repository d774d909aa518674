import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class ExportFileNameTests: XCTestCase {
    private let date = Date(timeIntervalSince1970: 1_676_453_405)  // 2023-02-15 09:30:05 UTC
    private let utc = TimeZone(identifier: "UTC")!

    func testNameHasPaneAndTimeOfTheGivenZone() {
        XCTAssertEqual(ExportFileName.make(subject: "companies", fileExtension: ExportFormat.svg.fileExtension, date: date, timeZone: utc),
                       "aiwatch-companies-20230215-093005.svg")
        XCTAssertEqual(ExportFileName.make(subject: "companies", fileExtension: ExportFormat.ansi.fileExtension, date: date, timeZone: TimeZone(identifier: "Asia/Shanghai")!),
                       "aiwatch-companies-20230215-173005.ans")
    }

    func testUniqueNameSkipsTakenOnes() {
        let taken: Set = ["out/aiwatch-timeline-20230215-093005.md", "out/aiwatch-timeline-20230215-093005-2.md"]
        let name = ExportFileName.unique(subject: "timeline", fileExtension: ExportFormat.md.fileExtension, date: date, timeZone: utc, in: "out",
                                         exists: { taken.contains($0) })
        XCTAssertEqual(name, "aiwatch-timeline-20230215-093005-3.md")
        XCTAssertEqual(ExportFileName.unique(subject: "timeline", fileExtension: ExportFormat.txt.fileExtension, date: date, timeZone: utc, in: "out",
                                             exists: { taken.contains($0) }), "aiwatch-timeline-20230215-093005.txt")
    }

    func testPaneNamesBecomeSafeSlugs() {
        XCTAssertEqual(ExportFileName.slug("Companies"), "companies")
        XCTAssertEqual(ExportFileName.slug("../Etc/ Passwd\u{1B}"), "etc-passwd")
        XCTAssertEqual(ExportFileName.slug("百度"), "screen")
    }
}
