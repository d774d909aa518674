import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// A scrollbar is drawn on its box's right border, so bar and border read as one edge, never as `┃│`.
final class ScrollbarTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func testAListsScrollbarIsItsRightBorder() throws {
        let state = Update.initialState(columns: 80, rows: 24, query: "", env: env)
        let screen = Renderer.render(state, catalog: env.catalog)
        let list = try XCTUnwrap(Layout(state: state).list(of: .companies))
        XCTAssertTrue(list.scrolls)
        let edge = list.rect.maxX - 1
        let rows = (list.inner.y + 1)..<list.inner.maxY
        XCTAssertTrue(rows.contains { screen[edge, $0].character == "┃" }, "the thumb is on the border")
        for y in rows {
            XCTAssertTrue("│┃".contains(screen[edge, y].character), "row \(y): \(screen.rowText(y))")
            XCTAssertFalse("│┃".contains(screen[edge - 1, y].character), "no second line inside the border, row \(y): \(screen.rowText(y))")
        }
    }

    func testAnOpenDetailsScrollbarIsItsRightBorder() throws {
        var state = try ViewBuilder.state(ViewString.parse("people#paul-triolo!"), columns: 80, rows: 24, env: env)
        Update.fit(&state, env: env)
        let screen = Renderer.render(state, catalog: env.catalog)
        let detail = try XCTUnwrap(Layout(state: state).detail)
        let rows = (detail.y + 1)..<(detail.maxY - 1)
        XCTAssertTrue(rows.contains { screen[detail.maxX - 1, $0].character == "┃" }, "the thumb is on the border")
        for y in rows { XCTAssertNotEqual(screen[detail.maxX - 2, y].character, "┃", "row \(y): \(screen.rowText(y))") }
    }
}
