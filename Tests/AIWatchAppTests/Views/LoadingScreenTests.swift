import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class LoadingScreenTests: XCTestCase {
    func lines(_ screen: Screen) -> [String] { (0..<screen.height).map(screen.rowText) }

    func testNamesTheFolderAndShowsHowFarItIs() {
        let text = lines(LoadingScreen.render(columns: 80, rows: 24, folder: "/data/briefing", progress: 0.42, seconds: 3.25)).joined(separator: "\n")
        XCTAssertTrue(text.contains("Loading the data"), text)
        XCTAssertTrue(text.contains("/data/briefing"), text)
        XCTAssertTrue(text.contains("42 %"), text)
        XCTAssertTrue(text.contains("3.2 s · q quits") || text.contains("3.3 s · q quits"), text)
        XCTAssertTrue(text.contains("█"), "the bar is drawn")
    }

    func testFitsTheSmallestTerminalAndStillSaysSomethingBelowIt() {
        let small = lines(LoadingScreen.render(columns: 40, rows: 12, folder: String(repeating: "x", count: 100), progress: 1, seconds: 0))
        XCTAssertTrue(small.allSatisfy { CellWidth.of($0) <= 40 }, small.joined(separator: "\n"))
        XCTAssertTrue(small.joined().contains("100 %"))
        let tiny = lines(LoadingScreen.render(columns: 10, rows: 3, folder: "d", progress: 0.5, seconds: 0))
        XCTAssertEqual(tiny.first?.hasPrefix("Loading…"), true)
    }

    func testAHostileFolderNameIsShownInert() {
        let text = lines(LoadingScreen.render(columns: 80, rows: 24, folder: "evil\u{1B}[2J", progress: 0, seconds: 0)).joined()
        XCTAssertFalse(text.unicodeScalars.contains("\u{1B}"))
        XCTAssertTrue(text.contains("␛[2J"), text)
    }
}
