import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class TabsViewTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    /// With a filter on, every tab's count is shown whole at any width from the smallest screen up: at 40 columns
    /// the totals give way, never a cut-off count.
    func testFilteredTabsAreNeverCutOff() {
        let state = Update.initialState(columns: 40, rows: 12, query: "baidu | alibaba", env: env)
        for columns in [40, 50, 60, 80, 120] {
            let labels = TabsView.labels(columns: columns, state: state)
            XCTAssertEqual(labels.count, Pane.allCases.count)
            let last = labels[labels.count - 1]
            XCTAssertLessThanOrEqual(last.x + CellWidth.of(last.text), columns, "\(columns): \(labels.map(\.text))")
        }
        XCTAssertEqual(TabsView.labels(columns: 40, state: state).first { $0.pane == .companies }?.text, "2 5", "matched alone at 40")
        XCTAssertEqual(TabsView.labels(columns: 120, state: state).first { $0.pane == .companies }?.text, "2 Companies 5/16")
    }

    /// With six-figure counts the pane names stay at 120 columns: the totals go first (each pane's title has them).
    func testLargeCountsDropTheTotalsBeforeTheNames() {
        let env = Environment.standard(SyntheticCatalog.make(records: 20_000, seed: 4))
        let state = Update.initialState(columns: 120, rows: 40, query: "a", env: env)
        let labels = TabsView.labels(columns: 120, state: state).map(\.text)
        XCTAssertTrue(labels[1].hasPrefix("2 Companies "), "\(labels)")
        XCTAssertFalse(labels[1].contains("/"), "\(labels)")
    }
}
