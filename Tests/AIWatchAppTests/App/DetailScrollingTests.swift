import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// Opened details on the bundled data start at their top, and every key can bring the top back.
final class DetailScrollingTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func press(_ keys: [Key], on state: inout AppState) {
        for key in keys { Update.update(.key(key), state: &state, env: env) }
    }

    func rows(_ state: AppState) -> [String] { Renderer.render(state, catalog: env.catalog).text.components(separatedBy: "\n") }

    /// The regulations pane's first record at 60x16: its links are far below the fold, past the firms it affects.
    func openedRegulation() -> AppState {
        var state = Update.initialState(columns: 60, rows: 16, query: "", env: env)
        press([.character("3"), .enter], on: &state)
        return state
    }

    func testADetailOpensAtItsTop() {
        let state = openedRegulation()
        XCTAssertEqual(state.detailPosition.scroll, 0)
        XCTAssertTrue(rows(state)[3].contains("Deep synthesis technology regulation  regulation"), rows(state)[3])
        XCTAssertNil(state.detailPosition.link, "no link is on screen, so none is highlighted")
        var following = state
        press([.enter], on: &following)
        XCTAssertEqual(following.detailPath, state.detailPath, "Enter follows no link that is off screen")
    }

    func testEveryWayUpReachesTheTopAgain() {
        for keys: [Key] in [[.up], [.character("k")], [.pageUp], [.home], [.character("g")]] {
            var state = openedRegulation()
            press(Array(repeating: .character("j"), count: 40), on: &state)
            XCTAssertGreaterThan(state.detailPosition.scroll, 0)
            XCTAssertNotNil(state.detailPosition.link, "j reached the links")
            press(Array(repeating: keys[0], count: 60), on: &state)
            XCTAssertEqual(state.detailPosition.scroll, 0, "\(keys)")
            XCTAssertTrue(rows(state)[3].contains("Deep synthesis technology regulation  regulation"), "\(keys): \(rows(state)[3])")
        }
    }

    func testBackReturnsToTheLinkThatWasFollowed() {
        var state = openedRegulation()
        press(Array(repeating: .down, count: 40), on: &state)
        let before = state.detailPosition
        press([.enter], on: &state)
        XCTAssertEqual(state.detailPath.count, 2)
        XCTAssertEqual(state.detailPosition.scroll, 0, "the linked record opens at its top")
        press([.escape], on: &state)
        XCTAssertEqual(state.detailPosition, before)
    }

    func testArrowsScrollADetailWithoutLinks() throws {
        var options = ViewOptions()
        options.pane = .sources
        options.select = "cnbc"
        options.open = true
        var state = try ViewBuilder.state(options, columns: 60, rows: 14, env: env)
        XCTAssertTrue(env.catalog.related(to: state.detailPath[0]).isEmpty)
        press([.down, .character("j")], on: &state)
        XCTAssertEqual(state.detailPosition.scroll, 2)
        press([.up], on: &state)
        XCTAssertEqual(state.detailPosition.scroll, 1)
        press([.character("k")], on: &state)
        XCTAssertEqual(state.detailPosition.scroll, 0)
    }

    func testASnapshotOfAnOpenDetailStartsAtItsTop() throws {
        var state = try ViewBuilder.state(ViewString.parse("people#winston-ma!"), columns: 80, rows: 12, env: env)
        XCTAssertTrue(rows(state)[3].contains("Winston Ma  person"), rows(state)[3])
        // A state built for one size and shown at another (the app starts before it knows the terminal's size).
        state.rows = 40
        Update.fit(&state, env: env)
        let page = try XCTUnwrap(DetailView.page(state, catalog: env.catalog))
        XCTAssertEqual(page.position.scroll, 0)
        XCTAssertNotNil(page.position.link, "on a taller screen the first link is in view and highlighted")
        var following = state
        press([.enter], on: &following)
        XCTAssertEqual(following.detailPath.count, 2, "Enter follows the link the taller screen highlights")
    }
}
