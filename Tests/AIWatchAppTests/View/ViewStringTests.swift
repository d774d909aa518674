import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class ViewStringTests: XCTestCase {
    func testRoundTripReopensTheSameView() throws {
        let env = try TestEnvironment.bundled()
        for text in ["companies?q=sector:finance#jd", "regulations#cac-deep", "timeline", "people?q=%22ChatGPT+poses%22", "statistics?q=京东"] {
            var options = try ViewString.parse(text)
            options.select = options.select.flatMap { env.catalog.locate($0) == nil ? nil : $0 }
            let state = try ViewBuilder.state(options, columns: 120, rows: 40, env: env)
            let again = try ViewString.parse(ViewString.format(state, catalog: env.catalog))
            XCTAssertEqual(again.pane, options.pane, text)
            XCTAssertEqual(again.filter, options.filter, text)
        }
    }

    func testParseAndFormat() throws {
        let options = try ViewString.parse("companies?q=sector:finance+jd#jd")
        XCTAssertEqual(options.pane, .companies)
        XCTAssertEqual(options.filter, "sector:finance jd")
        XCTAssertEqual(options.select, "jd")
        XCTAssertEqual(try ViewString.parse("").pane, .dashboard)
        XCTAssertThrowsError(try ViewString.parse("nowhere"))
        XCTAssertThrowsError(try ViewString.parse("companies?x=1"))
        let env = try TestEnvironment.bundled()
        var state = Update.initialState(columns: 120, rows: 40, query: "name:\"jd.com\" chat", env: env)
        state.pane = .companies
        XCTAssertEqual(ViewString.format(state, catalog: env.catalog), "companies?q=name:%22jd.com%22+chat#jd-com")
    }
}
