import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// Keys people bring from less, vim and k9s: n and N, half pages, a full redraw, and a zoom that shows.
final class HabitKeyTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func press(_ keys: [Key], on state: inout AppState) -> [Command] {
        keys.flatMap { Update.update(.key($0), state: &state, env: env) }
    }

    func testNAndNStepThroughTheMatchesAndWrap() {
        var state = Update.initialState(columns: 120, rows: 40, query: "cloud", env: env)
        _ = press([.character("2")], on: &state)
        let count = state.rows(.companies).count
        XCTAssertGreaterThan(count, 1)
        _ = press([.character("n")], on: &state)
        XCTAssertEqual(state.selected(in: .companies), 1)
        _ = press([.character("N"), .character("N")], on: &state)
        XCTAssertEqual(state.selected(in: .companies), count - 1, "N before the first match wraps to the last")
        XCTAssertEqual(state.message, "Search wrapped to the last match")
    }

    func testNWithoutAFilterSaysHowToStartOne() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        _ = press([.character("n")], on: &state)
        XCTAssertEqual(state.selected(in: .companies), 0)
        XCTAssertTrue(state.message?.hasPrefix("No filter") == true)
    }

    func testNInADetailScrollsToTheNextLineWithAMatch() throws {
        var state = Update.initialState(columns: 80, rows: 14, query: "regulatory", env: env)
        _ = press([.character("5"), .enter], on: &state)
        let lines = DetailView.matchLines(state, catalog: env.catalog)
        XCTAssertGreaterThan(lines.count, 1, "Paul Triolo's detail mentions regulatory attention more than once")
        var seen: [Int] = []
        for _ in 0..<lines.count {
            _ = press([.character("n")], on: &state)
            let page = try XCTUnwrap(DetailView.page(state, catalog: env.catalog))
            seen.append(page.position.scroll)
            let top = page.position.scroll
            XCTAssertTrue(lines.contains { $0 >= top && $0 < top + page.height }, "a match is in view after n")
        }
        XCTAssertEqual(seen, seen.sorted(), "n moves down the detail until it wraps")
    }

    func testHalfPagesRedrawAndTheZoomSign() {
        var state = Update.initialState(columns: 120, rows: 30, query: "", env: env)
        _ = press([.character("2"), .control("d")], on: &state)
        let half = state.selected(in: .companies)
        XCTAssertGreaterThan(half, 1)
        _ = press([.control("f")], on: &state)
        XCTAssertGreaterThan(state.selected(in: .companies), half, "a page is more than half a page")
        _ = press([.control("u")], on: &state)
        XCTAssertLessThan(state.selected(in: .companies), state.rows(.companies).count - 1)
        XCTAssertEqual(press([.control("l")], on: &state), [.redraw])

        _ = press([.character("1"), .character("z")], on: &state)
        let screen = Renderer.render(state, catalog: env.catalog).text
        XCTAssertTrue(screen.contains("Companies · zoomed (z)"), screen)
        let view = ViewString.format(state, catalog: env.catalog)
        XCTAssertTrue(view.hasPrefix("dashboard?zoom#"), view)
        let reopened = try! ViewBuilder.state(ViewString.parse(view), columns: 120, rows: 30, env: env)
        XCTAssertTrue(reopened.zoomed)
    }

    func testTheExportMenuNamesItsFolder() throws {
        var options = ViewOptions()
        options.exportFolder = "/srv/briefs"
        var state = try ViewBuilder.state(options, columns: 100, rows: 30, env: env)
        _ = press([.character("x")], on: &state)
        XCTAssertTrue(Renderer.render(state, catalog: env.catalog).text.contains("Files go to /srv/briefs."))
    }
}
