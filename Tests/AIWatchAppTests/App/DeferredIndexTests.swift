import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The app's first frame comes from a placeholder index; the real one arrives later, and a filter typed in between
/// must neither be lost nor show wrong results.
final class DeferredIndexTests: XCTestCase {
    let complete = try! TestEnvironment.bundled()
    lazy var provisional = Environment.provisional(complete.catalog)

    func type(_ text: String, into state: inout AppState, env: Environment) {
        for key in [Key.character("/")] + text.map({ Key.character($0) }) { Update.update(.key(key), state: &state, env: env) }
    }

    func testPlaceholderListsEveryRowButDoesNotSearch() {
        XCTAssertFalse(provisional.isComplete)
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: provisional)
        XCTAssertEqual(state.rows(.companies).count, complete.catalog.organisations.count)
        type("jingdong", into: &state, env: provisional)
        XCTAssertNotNil(state.engine.waiting, "the query waits for the index")
        XCTAssertEqual(state.rows(.companies).count, complete.catalog.organisations.count, "no half-searched results")
        XCTAssertNil(state.filter.error)
    }

    func testAWaitingFilterRunsWhenTheIndexArrives() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: provisional)
        Update.update(.key(.character("2")), state: &state, env: provisional)
        Update.update(.key(.end), state: &state, env: provisional)
        type("jingdong", into: &state, env: provisional)
        state.indexing = 0.5
        Update.update(.indexBuilt(complete), state: &state, env: complete)
        XCTAssertNil(state.engine.waiting)
        XCTAssertNil(state.indexing)
        XCTAssertEqual(state.rows(.companies).map { complete.catalog.id(of: $0) }, ["jd-com"])
        XCTAssertEqual(state.selected(in: .companies), 0, "the selection is kept inside the new rows")
    }

    func testAnEmptiedFilterNoLongerWaits() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: provisional)
        type("jd", into: &state, env: provisional)
        Update.update(.key(.control("u")), state: &state, env: provisional)
        XCTAssertNil(state.engine.waiting)
        Update.update(.indexBuilt(complete), state: &state, env: complete)
        XCTAssertEqual(state.rows(.companies).count, complete.catalog.organisations.count)
    }

    func testTheStatusBarSaysTheFilterIsWaiting() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: provisional)
        type("chat", into: &state, env: provisional)
        state.indexing = 0.42
        let screen = Renderer.render(state, catalog: provisional.catalog)
        XCTAssertTrue(screen.rowText(screen.height - 1).contains("indexing the records: 42 %"), screen.rowText(screen.height - 1))
    }
}
