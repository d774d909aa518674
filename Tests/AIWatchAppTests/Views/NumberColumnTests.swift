import AIWatchData
import AIWatchTestSupport
import XCTest

@testable import AIWatchApp

/// Figures are never cut, at any size: the statistics pane shows each in full, the overview's narrow list in a
/// compact form that cannot be misread.
final class NumberColumnTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func testEveryFigureIsShownWholeAtEverySize() throws {
        for (pane, form) in [(Pane.statistics, StatisticText.figure), (.dashboard, StatisticText.compactFigure)] {
            for (columns, rows) in [(40, 12), (60, 20), (80, 24), (100, 30), (120, 40), (160, 48)] {
                var state = Update.initialState(columns: columns, rows: rows, query: "", env: env)
                state.pane = pane
                if pane == .dashboard { state.dashboardFocus = .statistics }
                let screen = Renderer.render(state, catalog: env.catalog).text
                let list = try XCTUnwrap(Layout(state: state).list(of: .statistics))
                XCTAssertFalse(list.shown.isEmpty)
                for index in list.shown {
                    guard case .statistic(let i) = state.rows(.statistics)[index] else { return XCTFail("not a statistic") }
                    let statistic = env.catalog.statistics[i]
                    XCTAssertTrue(screen.contains(form(statistic)), "\(pane) at \(columns)x\(rows): “\(form(statistic))” is cut:\n\(screen)")
                }
            }
        }
    }

    func testTheCompactFormAbbreviatesOnlyTheWordsForLargeNumbers() throws {
        let wudao = try XCTUnwrap(env.catalog.statistics.first { $0.display.contains("trillion") })
        XCTAssertEqual(StatisticText.compactFigure(wudao), "1.75 tn")
        for statistic in env.catalog.statistics where !statistic.display.contains("illion") {
            XCTAssertEqual(StatisticText.compactFigure(statistic), StatisticText.figure(statistic))
        }
    }
}
