import XCTest

@testable import TerminalKit

final class TableTests: XCTestCase {
    /// A figure wider than its column's minimum is drawn whole; the text column beside it is cut instead.
    func testAWholeColumnWidensAndTheOthersGiveWay() {
        var screen = Screen(width: 20, height: 3)
        let columns = [Column("Figure", min: 6, weight: 1, alignRight: true, whole: true), Column("What", min: 6, weight: 3)]
        let rows: [[Line]] = [[[Span("1.75 trillion")], [Span("WuDao 2.0 parameter count")]], [[Span("30")], [Span("Beijing institutions")]]]
        TableView.draw(into: &screen, rect: Rect(x: 0, y: 0, width: 20, height: 3), columns: columns, shown: rows, count: 2, selected: nil, scroll: 0, focused: false)
        let lines = screen.text.components(separatedBy: "\n")
        XCTAssertEqual(lines[1], "1.75 trillion WuDao…")
        XCTAssertEqual(lines[2], "           30 Beiji…")
    }
}
