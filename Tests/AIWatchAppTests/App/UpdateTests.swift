import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class UpdateTests: XCTestCase {
    var env: Environment!

    override func setUpWithError() throws {
        env = try TestEnvironment.bundled()
    }

    func state(_ columns: Int = 120, _ rows: Int = 40) -> AppState {
        Update.initialState(columns: columns, rows: rows, query: "", env: env)
    }

    @discardableResult
    func press(_ keys: Key..., on state: inout AppState) -> [Command] {
        var commands: [Command] = []
        for key in keys { commands = Update.update(.key(key), state: &state, env: env) }
        return commands
    }

    func testTabCyclesPanesAndDigitsJump() {
        var state = state()
        press(.tab, on: &state)
        XCTAssertEqual(state.pane, .companies)
        press(.backTab, .backTab, on: &state)
        XCTAssertEqual(state.pane, .sources, "Shift-Tab wraps around")
        press(.character("4"), on: &state)
        XCTAssertEqual(state.pane, .statistics)
    }

    func testSelectionMovesAndStaysInBounds() {
        var state = state()
        press(.character("2"), .down, .character("j"), on: &state)
        XCTAssertEqual(state.selected(in: .companies), 2)
        press(.up, .up, .up, .up, on: &state)
        XCTAssertEqual(state.selected(in: .companies), 0)
        press(.character("G"), on: &state)
        XCTAssertEqual(state.selected(in: .companies), env.catalog.organisations.count - 1)
        press(.character("g"), on: &state)
        XCTAssertEqual(state.selected(in: .companies), 0)
        press(.pageDown, on: &state)
        XCTAssertGreaterThan(state.selected(in: .companies), 5)
    }

    func testOverviewFocusMovesBetweenLists() {
        var state = state()
        press(.right, on: &state)
        XCTAssertEqual(state.listPane, .regulations)
        press(.character("h"), .left, on: &state)
        XCTAssertEqual(state.listPane, .statistics, "focus wraps around")
    }

    func testEnterOpensDetailFollowsLinksAndEscGoesBack() {
        var state = state()
        press(.character("2"), .enter, on: &state)
        XCTAssertEqual(state.detailPath, [.organisation(0)])
        press(.down, .enter, on: &state)
        XCTAssertEqual(state.detailPath.count, 2, "Enter in a detail follows the highlighted link")
        XCTAssertEqual(state.detailPath.last, env.catalog.related(to: .organisation(0))[1])
        press(.escape, on: &state)
        XCTAssertEqual(state.detailPath, [.organisation(0)])
        press(.backspace, on: &state)
        XCTAssertEqual(state.detailPath, [])
    }

    func testHelpAndExportOverlays() {
        var state = state()
        press(.character("?"), on: &state)
        XCTAssertEqual(state.overlay, .help)
        press(.character("j"), .down, on: &state)
        XCTAssertEqual(state.overlay, .help, "movement keys scroll the help")
        XCTAssertEqual(state.helpScroll, 2)
        press(.character("a"), on: &state)
        XCTAssertNil(state.overlay, "any other key closes the help")
        press(.character("?"), on: &state)
        XCTAssertEqual(press(.character("q"), on: &state), [], "q closes the help, as a popup closes in lazygit")
        XCTAssertNil(state.overlay)
        press(.character("?"), on: &state)
        XCTAssertEqual(press(.control("c"), on: &state), [.quit], "Ctrl-C still quits")
        press(.character("x"), on: &state)
        XCTAssertEqual(press(.character("q"), on: &state), [], "q closes the export menu too")
        XCTAssertNil(state.overlay)
        press(.character("x"), on: &state)
        XCTAssertEqual(state.overlay, .export)
        XCTAssertEqual(press(.character("s"), on: &state), [.export(.svg)])
        XCTAssertNil(state.overlay)
    }

    func testQuitKeys() {
        var state = state()
        XCTAssertEqual(press(.character("q"), on: &state), [.quit])
        XCTAssertEqual(press(.control("c"), on: &state), [.quit])
        press(.character("/"), on: &state)
        XCTAssertEqual(press(.character("q"), on: &state), [], "q types into the filter line")
        XCTAssertEqual(press(.control("c"), on: &state), [.quit])
    }

    func testFilterLineEditingAndHistory() {
        var state = state()
        press(.character("/"), .character("j"), .character("d"), on: &state)
        XCTAssertEqual(state.filter.text, "jd")
        XCTAssertEqual(state.filter.applied, "jd", "results update on every keystroke")
        press(.enter, on: &state)
        XCTAssertFalse(state.filter.editing)
        XCTAssertEqual(state.filter.history, ["jd"])
        press(.character("/"), .control("u"), on: &state)
        XCTAssertEqual(state.filter.text, "")
        press(.up, on: &state)
        XCTAssertEqual(state.filter.text, "jd", "↑ recalls the last query")
        press(.escape, on: &state)
        XCTAssertEqual(state.filter.text, "")
        XCTAssertTrue(state.filter.editing, "the first Esc clears")
        press(.escape, on: &state)
        XCTAssertFalse(state.filter.editing, "the second Esc leaves the line")
    }

    func testSelectionIsClampedWhenTheFilterNarrows() {
        var state = state()
        press(.character("2"), .character("G"), on: &state)
        press(.character("/"), .character("b"), .character("a"), .character("i"), .character("d"), .character("u"), on: &state)
        XCTAssertLessThan(state.selected(in: .companies), max(1, state.rows(.companies).count))
    }

    func testMouseClickSelectsRowAndTab() {
        var state = state()
        let layout = Layout(state: state)
        let regulations = try! XCTUnwrap(layout.list(of: .regulations)?.rect)
        press(.mouse(MouseEvent(kind: .press, x: regulations.x + 3, y: regulations.y + 4)), on: &state)
        XCTAssertEqual(state.listPane, .regulations)
        XCTAssertEqual(state.selected(in: .regulations), 2, "row 3 of the list: border, header, then rows")
        let tab = Layout(state: state).tabLabels.first { $0.pane == .timeline }!
        press(.mouse(MouseEvent(kind: .press, x: tab.x + 1, y: 1)), on: &state)
        XCTAssertEqual(state.pane, .timeline)
    }
}

/// On the overview, the focus follows the matches.
final class OverviewFocusTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func testAFilterThatEmptiesTheFocusedListMovesTheFocusAndClearingItBringsItBack() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        Update.update(.key(.right), state: &state, env: env)
        XCTAssertEqual(state.listPane, .regulations)
        for key in [Key.character("/")] + "jingdong".map({ Key.character($0) }) + [.enter] {
            Update.update(.key(key), state: &state, env: env)
        }
        XCTAssertTrue(state.rows(.regulations).isEmpty, "no rule names JD.com")
        XCTAssertEqual(state.listPane, .companies, "the focus moved to a list with matches")
        XCTAssertEqual(state.selectedRecord.map(env.catalog.id(of:)), "jd-com")
        let screen = Renderer.render(state, catalog: env.catalog).text
        XCTAssertTrue(screen.contains("JD.com"), screen)
        Update.update(.key(.escape), state: &state, env: env)
        XCTAssertEqual(state.listPane, .regulations, "the chosen list has matches again")
    }
}
