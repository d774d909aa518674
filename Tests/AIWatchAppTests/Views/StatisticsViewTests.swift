import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class StatisticsViewTests: XCTestCase {
    func testBarsHaveEighthBlockPrecision() {
        XCTAssertEqual(Bar.filled(0, width: 10), "")
        XCTAssertEqual(Bar.filled(1, width: 10), String(repeating: "█", count: 10))
        XCTAssertEqual(Bar.filled(0.5, width: 10), "█████")
        XCTAssertEqual(Bar.filled(10.0 / 24.0, width: 10), "████▏", "10/24 of 10 cells is 4 cells and 1/3 of a cell: one eighth block after rounding to eighths")
        XCTAssertEqual(Bar.filled(0.5, width: 1), "▌")
        for width in 1...30 {
            XCTAssertLessThanOrEqual(CellWidth.of(Bar.filled(0.999, width: width)), width)
        }
    }

    func testQualifiersAreKept() throws {
        let catalog = try CatalogLoader.bundled()
        let talent = try XCTUnwrap(catalog.statistics.first { $0.display == "40,000" })
        XCTAssertEqual(StatisticText.figure(talent), "> 40,000")
        XCTAssertEqual(StatisticText.share(talent), "> 60 %")
        let platforms = try XCTUnwrap(catalog.statistics.first { $0.share?.whole == 24 })
        XCTAssertEqual(StatisticText.share(platforms), "10 of 24")
        let wudao = try XCTUnwrap(catalog.statistics.first { $0.display == "1.75 trillion" })
        XCTAssertTrue(StatisticText.label(wudao).contains("is recognized with"))
    }

    func testBigDigits() {
        let (rows, rest) = BigDigits.render("1.75 trillion")
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rest, "trillion")
        XCTAssertEqual(Set(rows.map(CellWidth.of)).count, 1, "all rows are equally wide")
    }
}
