import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// While a search too large for a frame runs in the background, the filter line says so and the panes keep what
/// they showed; its results then show as the filter's.
final class BackgroundSearchStatusTests: XCTestCase {
    func testTheFilterLineNamesWhatThePanesShow() throws {
        let env = Environment.standard(SyntheticCatalog.make(records: 1_500, seed: 11))
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        state.engine.backgroundAbove = 100
        for key in "/chat" { Update.update(.key(.character(key)), state: &state, env: env) }
        XCTAssertEqual(state.filter.applied, "", "until the search is done, the panes show everything")
        XCTAssertTrue(Renderer.render(state, catalog: env.catalog).text.contains("searching…"))
        Update.update(.searchFinished(state.engine.searchingWaiting()), state: &state, env: env)
        XCTAssertEqual(state.filter.applied, "chat")
        let expected = try FilterEngine(index: env.index).results(for: "chat").get()
        XCTAssertEqual(state.rows(.companies).count, expected.count(in: .organisation))
    }
}
