import AIWatchData
import AIWatchTestSupport
import XCTest

@testable import AIWatchApp

/// The timeline's legend names only the marks its rows use, so it never explains a mark that is not there.
final class TimelineLegendTests: XCTestCase {
    func titleRow(_ env: Environment) -> String {
        var state = Update.initialState(columns: 120, rows: 30, query: "", env: env)
        state.pane = .timeline
        return Renderer.render(state, catalog: env.catalog).text.components(separatedBy: "\n")[2]
    }

    func testTheBundledTimelineExplainsOnlyTheApproximateMark() throws {
        let env = try TestEnvironment.bundled()
        XCTAssertTrue(env.catalog.events.allSatisfy(\.date.approximate), "every bundled date is approximate")
        let title = titleRow(env)
        XCTAssertTrue(title.contains("◌ approximate"), title)
        XCTAssertFalse(title.contains("●"), title)
    }

    func testBothMarksAreExplainedWhenBothOccur() {
        let env = Environment.standard(SyntheticCatalog.make(records: 2_000, seed: 7))
        let events = env.catalog.events.prefix(20)
        guard events.contains(where: \.date.approximate), events.contains(where: { !$0.date.approximate }) else {
            return XCTFail("the synthetic catalog's first events should mix exact and approximate dates")
        }
        let title = titleRow(env)
        XCTAssertTrue(title.contains("● date  ◌ approximate"), title)
    }
}
