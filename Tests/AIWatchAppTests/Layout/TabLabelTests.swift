import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class TabLabelTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    /// With a filter on, every tab is shown whole at any width from the smallest screen up; where names and counts
    /// do not both fit, the counts give way first (a digit with a count reads as noise), never a name to a count.
    func testFilteredTabsAreNeverCutOff() {
        let state = Update.initialState(columns: 40, rows: 12, query: "baidu | alibaba", env: env)
        for columns in [40, 50, 60, 80, 120] {
            let labels = TabLabel.row(columns: columns, state: state)
            XCTAssertEqual(labels.count, Pane.tabs.count)
            let last = labels[labels.count - 1]
            XCTAssertLessThanOrEqual(last.x + CellWidth.of(last.text), columns, "\(columns): \(labels.map(\.text))")
        }
        XCTAssertEqual(TabLabel.row(columns: 40, state: state).map(\.text), ["1", "2", "3", "4", "5", "6", "7"], "digits alone at 40")
        XCTAssertEqual(TabLabel.row(columns: 60, state: state).first { $0.pane == .companies }?.text, "2 Comp", "short names before counts")
        XCTAssertEqual(TabLabel.row(columns: 120, state: state).first { $0.pane == .companies }?.text, "2 Companies 5/16")
    }

    /// With six-figure counts the pane names stay at 120 columns: the totals go first (each pane's title has them).
    func testLargeCountsDropTheTotalsBeforeTheNames() {
        let env = Environment.standard(SyntheticCatalog.make(records: 20_000, seed: 4))
        let state = Update.initialState(columns: 120, rows: 40, query: "a", env: env)
        let labels = TabLabel.row(columns: 120, state: state).map(\.text)
        XCTAssertTrue(labels[1].hasPrefix("2 Companies "), "\(labels)")
        XCTAssertFalse(labels[1].contains("/"), "\(labels)")
    }

    /// A click on any cell of a tab as drawn opens that tab's pane, with and without a filter's counts in the
    /// labels, at every width from the smallest up.
    func testAClickOnADrawnTabOpensItsPane() {
        for query in ["", "baidu | alibaba"] {
            for columns in [40, 52, 64, 80, 100, 120, 160] {
                let start = Update.initialState(columns: columns, rows: 24, query: query, env: env)
                let tabRow = Array(Renderer.render(start, catalog: env.catalog).text.components(separatedBy: "\n")[1])
                for label in Layout(state: start).tabLabels {
                    let drawn = String(tabRow[label.x..<min(tabRow.count, label.x + label.text.count)])
                    XCTAssertEqual(drawn, label.text, "\(columns) columns, filter “\(query)”: the label is drawn where it is hit-tested")
                    for x in label.x..<(label.x + label.text.count) {
                        var state = start
                        Update.update(.mouse(MouseEvent(kind: .press, x: x, y: 1)), state: &state, env: env)
                        XCTAssertEqual(state.pane, label.pane, "\(columns) columns, filter “\(query)”: a click at x \(x) of “\(String(tabRow))”")
                    }
                }
            }
        }
    }
}
