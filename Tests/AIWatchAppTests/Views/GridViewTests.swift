import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The grid as a user drives it: `a` opens it over any pane, it scrolls within what there is, the filter and the
/// export menu work over it, an export is the grid on screen, and `Esc` or `a` closes it.
final class GridViewTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func press(_ keys: [Key], on state: inout AppState) {
        for key in keys { Update.update(.key(key), state: &state, env: env) }
    }

    func text(_ state: AppState) -> String { Renderer.render(state, catalog: env.catalog).text }

    func testAOpensTheGridAndEscOrAClosesIt() {
        var state = Update.initialState(columns: 80, rows: 24, query: "", env: env)
        press([.character("a")], on: &state)
        XCTAssertNotNil(state.grid)
        XCTAssertTrue(text(state).contains("Who is affected"))
        XCTAssertTrue(text(state).contains("● stated in the article   ○ inferred by the data's compilers   · no link"))
        XCTAssertEqual(ViewString.format(state, catalog: env.catalog), "dashboard?grid#baidu")
        press([.character("2")], on: &state)
        XCTAssertEqual(state.pane, .dashboard, "the panes' keys do nothing under the grid")
        press([.escape], on: &state)
        XCTAssertNil(state.grid)
        press([.character("a"), .character("a")], on: &state)
        XCTAssertNil(state.grid, "a closes it too")
    }

    func testScrollingStaysWithinTheGrid() {
        var state = Update.initialState(columns: 40, rows: 12, query: "", env: env)
        press([.character("a")] + Array(repeating: .down, count: 30) + Array(repeating: .right, count: 30), on: &state)
        let grid = AffectedGrid(state, catalog: env.catalog)
        let shape = GridView.geometry(GridView.rect(state), grid: grid)
        XCTAssertEqual(state.grid?.row, grid.rows.count - shape.visibleRows, "the last rules in view, no further")
        XCTAssertEqual(state.grid?.column, grid.columns.count - shape.visibleColumns)
        XCTAssertTrue(text(state).contains("ChatGPT not"), "the last rule is on screen: \(text(state))")
        press(Array(repeating: .up, count: 30) + Array(repeating: .left, count: 30), on: &state)
        XCTAssertEqual(state.grid, AppState.GridScroll())
    }

    func testTheFilterNarrowsTheGridWhileItIsOpen() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        press([.character("a"), .character("/")] + "regulator:cac".map { .character($0) } + [.enter], on: &state)
        XCTAssertNotNil(state.grid, "filtering keeps the grid")
        XCTAssertTrue(text(state).contains("3 rules, 6 organisations"), text(state))
        XCTAssertEqual(ViewString.format(state, catalog: env.catalog).hasPrefix("dashboard?q=regulator:cac&grid"), true)
    }

    func testAFewColumnsLeaveTheTitlesWhole() {
        var state = Update.initialState(columns: 80, rows: 24, query: "affects:openai", env: env)
        press([.character("a")], on: &state)
        XCTAssertTrue(text(state).contains("1 rule, 1 organisation"), text(state))
        XCTAssertTrue(text(state).contains("│ ChatGPT not officially blocked in China ●"), text(state))
    }

    func testAnExportOfTheGridIsTheGridWithItsCaption() throws {
        var state = Update.initialState(columns: 80, rows: 24, query: "", env: env)
        press([.character("a"), .character("x")], on: &state)
        XCTAssertEqual(state.overlay, .export, "the export menu opens over the grid")
        let commands = Update.update(.key(.character("t")), state: &state, env: env)
        XCTAssertEqual(commands, [.export(.txt)])
        XCTAssertNotNil(state.grid, "the grid stays for the export")
        let exported = ViewExport.render(.txt, state: state, catalog: env.catalog, theme: .named(.dark))
        XCTAssertTrue(exported.contains("Who is affected"))
        XCTAssertTrue(exported.contains("○ inferred by the data's compilers"))
        XCTAssertTrue(exported.contains("aiwatch · Who is affected · no filter · 15/15"), exported)
    }

    func testTheMarkdownExportOfTheGridIsItsTable() throws {
        var state = Update.initialState(columns: 80, rows: 24, query: "regulator:cac", env: env)
        press([.character("a")], on: &state)
        let markdown = ViewExport.render(.md, state: state, catalog: env.catalog, theme: .named(.dark))
        XCTAssertTrue(markdown.hasPrefix("# Who is affected\n"), markdown)
        XCTAssertTrue(markdown.contains("| Deep synthesis technology regulation | ○ inferred | ○ inferred |"), markdown)
        XCTAssertTrue(markdown.contains("Filter: \"regulator:cac\" · 3 of 15 records"), markdown)
    }

    func testAViewStringReopensTheGrid() throws {
        let options = try ViewString.parse("regulations?q=affects:baidu&grid")
        XCTAssertTrue(options.grid)
        let state = try ViewBuilder.state(options, columns: 80, rows: 24, env: env)
        XCTAssertNotNil(state.grid)
        XCTAssertEqual(ViewString.format(state, catalog: env.catalog), "regulations?q=affects:baidu&grid#deep-synthesis-regulation")
    }
}
