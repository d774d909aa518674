import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// The date shapes a data file may use: a loader that let "2023-13" through would put a record off the timeline.
final class FuzzyDateTests: XCTestCase {
    func testAcceptsYearMonthAndDay() {
        for date in ["2023", "2023-01", "2023-12", "2023-02-01", "2023-07-31", "0999"] {
            XCTAssertTrue(FuzzyDate.isValid(date), date)
        }
    }

    func testRejectsOtherShapes() {
        let rejected = [
            "", "202", "20234", "2023-", "2023-1", "2023-001", "2023-00", "2023-13", "2023-01-00", "2023-01-32",
            "2023-01-1", "2023/01", "2023-01-01T00", "+023", "-023", "2023-+1", "２０２３", "Feb 2023", "2023 ",
        ]
        for date in rejected {
            XCTAssertFalse(FuzzyDate.isValid(date), date)
        }
    }
}
