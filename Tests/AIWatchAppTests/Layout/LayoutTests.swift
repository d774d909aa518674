import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class LayoutTests: XCTestCase {
    func AppState(columns: Int, rows: Int) -> AIWatchApp.AppState {
        Update.initialState(columns: columns, rows: rows, query: "", env: try! TestEnvironment.bundled())
    }

    func testOverviewUsesTheRoom() {
        let wide = Layout(state: AppState(columns: 160, rows: 48))
        XCTAssertEqual(wide.lists.map(\.pane), [.companies, .regulations, .statistics])
        XCTAssertNotNil(wide.strip)
        XCTAssertNotNil(wide.preview)
        XCTAssertEqual(wide.lists.last!.rect.maxX, 160, "the lists fill the width")
    }

    func testNarrowOverviewFoldsListsIntoOne() {
        var state = AppState(columns: 60, rows: 24)
        state.dashboardFocus = .regulations
        XCTAssertEqual(Layout(state: state).lists.map(\.pane), [.regulations])
    }

    func testListPaneGetsAPreviewWhenWide() {
        var state = AppState(columns: 140, rows: 40)
        state.pane = .companies
        XCTAssertNotNil(Layout(state: state).preview)
        state.columns = 80
        XCTAssertNil(Layout(state: state).preview)
    }

    func testZoomGivesTheFocusedListEverything() {
        var state = AppState(columns: 120, rows: 40)
        state.zoomed = true
        let layout = Layout(state: state)
        XCTAssertEqual(layout.lists.count, 1)
        XCTAssertEqual(layout.lists[0].rect, layout.content)
    }

    func testTooSmallShowsOneLineWithTheNeededSize() throws {
        let env = try TestEnvironment.bundled()
        let screen = Renderer.render(AppState(columns: 39, rows: 20), catalog: env.catalog)
        XCTAssertEqual(screen.text, "Terminal too small: 39x20, aiwatch\nneeds 40x12" + String(repeating: "\n", count: 18))
        let tiny = Renderer.render(AppState(columns: 12, rows: 2), catalog: env.catalog)
        XCTAssertEqual(tiny.text, "12x2 < 40x12\n", "a tiny terminal still shows both sizes")
    }

    func testTableWidthsFillAndDropColumnsThatDoNotFit() {
        let columns = [Column("A", min: 10, weight: 1), Column("B", min: 10, weight: 2), Column("C", min: 10)]
        XCTAssertEqual(TableView.widths(columns, width: 50).reduce(0, +) + 2, 50)
        XCTAssertEqual(TableView.widths(columns, width: 25).count, 2, "the last column is dropped when it does not fit")
        XCTAssertEqual(TableView.widths(columns, width: 5), [5])
    }

    /// On a wide screen the statistics detail runs the whole height beside the list and the chart, so the selected
    /// figure's evidence shows without opening it.
    func testTheStatisticsDetailHasTheHeightItNeeds() {
        for (columns, rows) in [(120, 40), (160, 50)] {
            var state = AppState(columns: columns, rows: rows)
            state.pane = .statistics
            let layout = Layout(state: state)
            XCTAssertEqual(layout.preview?.height, layout.content.height, "\(columns)x\(rows)")
            let screen = Renderer.render(state, catalog: try! TestEnvironment.bundled().catalog).text
            XCTAssertTrue(screen.contains("Evidence"), "\(columns)x\(rows):\n\(screen)")
            XCTAssertTrue(screen.contains("— Tech Wire Asia"), "\(columns)x\(rows): the quote's source shows")
        }
    }
}
