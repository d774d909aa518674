import AIWatchTestSupport
import XCTest

@testable import TerminalKit

final class ScreenTests: XCTestCase {
    func testWideCharacterTakesTwoCellsAndBecomesSpaceAtTheEdge() {
        var screen = Screen(width: 5, height: 1)
        let end = screen.put("a京东", x: 0, y: 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(screen.rowText(0), "a京东")
        XCTAssertTrue(screen[2, 0].isContinuation)
        var edge = Screen(width: 4, height: 1)
        edge.put("ab京", x: 1, y: 0)
        XCTAssertEqual(edge.rowText(0), " ab ", "a wide glyph that does not fit becomes a space")
    }

    func testOverwritingHalfAWideCharacterMendsTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("京东", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        XCTAssertEqual(screen.rowText(0), " x东")
        XCTAssertEqual(screen.rowText(0).count, 3)
    }

    func testClipRectIsRespected() {
        var screen = Screen(width: 10, height: 2)
        screen.put("abcdefgh", x: 2, y: 1, clip: Rect(x: 3, y: 1, width: 3, height: 1))
        XCTAssertEqual(screen.rowText(1), "   bcd    ")
        XCTAssertEqual(screen.rowText(0), String(repeating: " ", count: 10))
    }

    func testBoxBordersStayPutWithCJKInside() {
        var screen = Screen(width: 12, height: 3)
        let inner = screen.box(Rect(x: 0, y: 0, width: 12, height: 3), title: "京东")
        screen.put("北京智源人工智能", x: inner.x, y: inner.y, clip: inner)
        XCTAssertEqual(screen.rowText(1), "│北京智源人│")
        XCTAssertEqual(screen.rowText(0), "╭─ 京东 ───╮")
    }
}
