import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class HeadlineStripTests: XCTestCase {
    /// A large catalog's strip shows what fits and counts the rest, so no number is dropped silently.
    func testThousandsOfStatisticsAreCountedNotListed() throws {
        let catalog = SyntheticCatalog.make(records: 5_000, seed: 3)
        let env = Environment.standard(catalog)
        let state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        let screen = Renderer.render(state, catalog: catalog)
        let lines = (0..<screen.height).map(screen.rowText)
        let strip = try XCTUnwrap(lines.first { $0.contains(" more") && $0.contains("│") })
        let shown = strip.components(separatedBy: HeadlineStrip.separator).count
        XCTAssertTrue(strip.contains("+\(catalog.statistics.count - shown) more (key 4)"), "the rest is one key away: \(strip)")
        XCTAssertGreaterThan(shown, 1, strip)
    }
}
