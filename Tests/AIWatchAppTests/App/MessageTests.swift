import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// What happens outside the keys reaches the state as messages, and update asks for the work it needs as commands.
final class MessageTests: XCTestCase {
    let complete = try! TestEnvironment.bundled()
    lazy var provisional = Environment.provisional(complete.catalog)

    private func typed(_ text: String, into state: inout AppState, env: Environment) -> [Command] {
        var commands: [Command] = []
        for key in [Key.character("/")] + text.map({ Key.character($0) }) {
            commands += Update.update(.key(key), state: &state, env: env)
        }
        return commands
    }

    func testStartingOnAProvisionalIndexAsksForTheRealOne() {
        var state = Update.initialState(columns: 80, rows: 24, query: "", env: provisional)
        XCTAssertEqual(Update.update(.started(columns: 120, rows: 40), state: &state, env: provisional), [.buildIndex])
        XCTAssertEqual([state.columns, state.rows], [120, 40])
        var ready = Update.initialState(columns: 80, rows: 24, query: "", env: complete)
        XCTAssertEqual(Update.update(.started(columns: 120, rows: 40), state: &ready, env: complete), [])
    }

    func testIndexProgressIsShownOnlyWhileAFilterWaits() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: provisional)
        Update.update(.indexProgress(0.5), state: &state, env: provisional)
        XCTAssertNil(state.indexing, "nobody waits for the index")
        _ = typed("chat", into: &state, env: provisional)
        Update.update(.indexProgress(0.427), state: &state, env: provisional)
        XCTAssertEqual(state.indexing, 0.42)
        XCTAssertTrue(Renderer.render(state, catalog: provisional.catalog).rowText(39).contains("indexing the records: 42 %"))
    }

    func testAQueryThatWaitedForTheIndexIsSearchedOnceWhenItArrives() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: provisional)
        _ = typed("chat", into: &state, env: provisional)
        XCTAssertEqual(state.filter.applied, "", "nothing to search yet")
        Update.update(.indexBuilt(complete), state: &state, env: complete)
        XCTAssertEqual(state.filter.applied, "chat")
        XCTAssertNil(state.indexing)
        // A second search of the same query would have narrowed from the first and examined nothing.
        XCTAssertEqual(state.engine.examined, complete.index.count, "searched once, from scratch")
        XCTAssertEqual(state.rows(.companies).count, try FilterEngine(index: complete.index).results(for: "chat").get().count(in: .organisation))
    }

    func testOneBackgroundSearchAtATimeAndTheLatestQueryWins() {
        let env = Environment.standard(SyntheticCatalog.make(records: 1_500, seed: 11))
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        state.engine.backgroundAbove = 100
        XCTAssertEqual(typed("chat", into: &state, env: env).filter { $0 == .search }.count, 1, "one search is asked for while one runs")
        XCTAssertTrue(state.searching)
        let stale = state.engine.searchingWaiting()
        _ = Update.update(.key(.character("s")), state: &state, env: env)
        XCTAssertEqual(Update.update(.searchFinished(stale), state: &state, env: env), [.search], "the newer query runs next")
        XCTAssertEqual(state.filter.applied, "", "results of a query no longer typed are not shown")
        XCTAssertEqual(Update.update(.searchFinished(state.engine.searchingWaiting()), state: &state, env: env), [])
        XCTAssertEqual(state.filter.applied, "chats")
        XCTAssertFalse(state.searching)
    }

    func testExportOutcomesAndSettingsProblemsAreShownInTheStatusBar() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: complete)
        Update.update(.key(.character("x")), state: &state, env: complete)
        XCTAssertEqual(Update.update(.key(.character("h")), state: &state, env: complete), [.export(.html)])
        XCTAssertNil(state.overlay, "the menu closes before the export is written")
        Update.update(.exported(path: "out/aiwatch-dashboard.html"), state: &state, env: complete)
        XCTAssertEqual(state.message, "Saved out/aiwatch-dashboard.html")
        Update.update(.exportFailed("no such folder — /nowhere/x.svg"), state: &state, env: complete)
        XCTAssertEqual(state.message, "Export failed: no such folder — /nowhere/x.svg")
        Update.update(.configProblem("config.json:1:2: expected an object; using defaults"), state: &state, env: complete)
        XCTAssertTrue(Renderer.render(state, catalog: complete.catalog).rowText(39).contains("config.json:1:2: expected an object"))
        Update.update(.key(.character("j")), state: &state, env: complete)
        XCTAssertNil(state.message, "a message lasts until the next key")
    }
}
