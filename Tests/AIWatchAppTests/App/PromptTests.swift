import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The `:` command line: each command does what it names; a wrong one says why and changes nothing.
final class PromptTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    @discardableResult
    func type(_ line: String, then keys: [Key] = [.enter], on state: inout AppState) -> [Command] {
        var commands: [Command] = []
        for key in [Key.character(":")] + line.map({ Key.character($0) }) + keys {
            commands += Update.update(.key(key), state: &state, env: env)
        }
        return commands
    }

    func start() -> AppState { Update.initialState(columns: 120, rows: 40, query: "", env: env) }

    func testAPaneByNameOrPrefix() {
        var state = start()
        type("comp", on: &state)
        XCTAssertEqual(state.pane, .companies)
        XCTAssertFalse(state.prompt.editing)
        type("timeline", on: &state)
        XCTAssertEqual(state.pane, .timeline)
    }

    func testAWrongCommandSaysWhyAndChangesNothing() {
        var state = start()
        type("2", then: [], on: &state)  // typed into the line, not a pane key
        XCTAssertEqual(state.pane, .dashboard)
        type("", then: [.escape], on: &state)
        type("nosuch", on: &state)
        XCTAssertEqual(state.pane, .dashboard)
        XCTAssertTrue(state.prompt.editing, "the line stays open to be corrected")
        XCTAssertTrue(state.prompt.error?.contains("no command “nosuch”") == true, "\(state.prompt.error ?? "")")
        let bar = Renderer.render(state, catalog: env.catalog).text.components(separatedBy: "\n")[39]
        XCTAssertTrue(bar.contains(":nosuch") && bar.contains("✗ no command"), bar)
        type("", then: [.escape], on: &state)
        XCTAssertFalse(state.prompt.editing)
        XCTAssertNil(state.prompt.error)
        type("theme pink", on: &state)
        XCTAssertEqual(state.prompt.error, ":theme takes dark, light or mono, not “pink”")
    }

    func testCommandsThatTheRuntimeCarriesOut() {
        var state = start()
        XCTAssertEqual(type("q", on: &state), [.quit])
        XCTAssertEqual(type("export svg", on: &state), [.export(.svg)])
        XCTAssertEqual(type("theme light", on: &state), [.theme(.light)])
        XCTAssertEqual(type("help", on: &state), [])
        XCTAssertEqual(state.overlay, .help)
    }

    func testFilterAndView() {
        var state = start()
        type("filter baidu", on: &state)
        XCTAssertEqual(state.filter.applied, "baidu")
        XCTAssertEqual(state.filter.history, ["baidu"])
        type("view people#paul-triolo!", on: &state)
        XCTAssertEqual(state.pane, .people)
        XCTAssertEqual(state.detailPath.map { env.catalog.id(of: $0) }, ["paul-triolo"])
        XCTAssertEqual(state.filter.history, ["baidu"], "the session's history stays")
        type("view people#nobody", on: &state)
        XCTAssertEqual(state.pane, .people, "a view naming no record changes nothing")
        XCTAssertTrue(state.prompt.error?.contains("nobody") == true, "\(state.prompt.error ?? "")")
    }

    func testTabCompletesAndArrowsRecall() {
        var state = start()
        type("th", then: [.tab], on: &state)
        XCTAssertEqual(state.prompt.text, "theme ")
        for key in [Key.character("l"), .tab] { Update.update(.key(key), state: &state, env: env) }
        XCTAssertEqual(state.prompt.text, "theme light ")
        Update.update(.key(.enter), state: &state, env: env)
        type("", then: [.up], on: &state)
        XCTAssertEqual(state.prompt.text, "theme light ")
    }

    func testTabCompletesTheFocusedPanesSortColumns() {
        var state = start()
        type("statistics", on: &state)
        type("sort a", then: [.tab], on: &state)
        XCTAssertEqual(state.prompt.text, "sort as_of ")
        Update.update(.key(.enter), state: &state, env: env)
        XCTAssertEqual(state.sort[.statistics].flatMap { PaneSort.name(of: $0.column, in: .statistics) }, "as_of")
    }
}
