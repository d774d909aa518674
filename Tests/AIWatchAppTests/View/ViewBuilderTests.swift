import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// `--pane`, `--filter`, `--select` and `--open` together: a selection is a row of the pane as filtered.
final class ViewBuilderTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func build(_ pane: Pane, select: String?, open: Bool = false, filter: String = "") throws(ViewBuilder.SelectionError) -> AppState {
        var options = ViewOptions()
        options.pane = pane
        options.select = select
        options.open = open
        options.filter = filter
        return try ViewBuilder.state(options, columns: 80, rows: 24, env: env)
    }

    func reason(_ pane: Pane, select: String, filter: String = "") -> String {
        do {
            _ = try build(pane, select: select, filter: filter)
            return ""
        } catch {
            return error.description
        }
    }

    /// The check the app makes before it loads anything says of a filter what building the view says.
    func testTheCheckWithoutDataRefusesTheFilterAsBuildingTheViewDoes() throws {
        var options = ViewOptions()
        options.filter = "\"unclosed"
        var checked = "", built = ""
        do { try ViewBuilder.check(options) } catch { checked = error.description }
        do { _ = try ViewBuilder.state(options, columns: 80, rows: 24, env: env) } catch { built = error.description }
        XCTAssertTrue(checked.hasPrefix("cannot parse the filter"), checked)
        XCTAssertEqual(checked, built)
        options.filter = "sector:finance"
        XCTAssertNoThrow(try ViewBuilder.check(options))
        XCTAssertFalse(ViewBuilder.needsCatalog(options), "a filter alone is checked without the data")
        options.select = "jd-com"
        XCTAssertTrue(ViewBuilder.needsCatalog(options), "an id is checked against the data")
    }

    func testARecordOfAnotherPaneIsAnErrorNamingItsPane() {
        XCTAssertTrue(reason(.people, select: "cac").hasPrefix("cac is in companies, not people"), reason(.people, select: "cac"))
        XCTAssertTrue(reason(.dashboard, select: "winston-ma").hasPrefix("winston-ma is in people, not the overview"))
    }

    func testARecordTheFilterLeavesOutIsAnError() {
        XCTAssertEqual(reason(.companies, select: "cac", filter: "baidu"), "cac is in companies, but the filter \"baidu\" leaves it out")
        XCTAssertEqual(reason(.dashboard, select: "cac", filter: "baidu"), "cac is in companies, but the filter \"baidu\" leaves it out")
    }

    func testANestedRecordNamesWhatHoldsIt() {
        XCTAssertTrue(reason(.companies, select: "baidu-chatgpt-style-product").hasPrefix("baidu-chatgpt-style-product is listed within baidu in companies"))
    }

    func testTheOverviewSelectsInTheListThatHoldsTheRecord() throws {
        let state = try build(.dashboard, select: "cac")
        XCTAssertEqual(state.dashboardFocus, .companies)
        XCTAssertEqual(state.selectedRecord, env.catalog.locate("cac"))
        XCTAssertEqual(state.detailPath, [], "selecting does not open")
        let regulation = try build(.dashboard, select: "deep-synthesis-regulation")
        XCTAssertEqual(regulation.dashboardFocus, .regulations)
        XCTAssertEqual(regulation.selectedRecord, env.catalog.locate("deep-synthesis-regulation"))
    }

    /// `people#cac!` is what the status bar says after following a link from a person to the CAC: it reopens.
    func testAnOpenDetailReachedByALinkReopens() throws {
        let cac = env.catalog.locate("cac")!
        XCTAssertEqual(try build(.people, select: "cac", open: true).detailPath, [cac])
        XCTAssertEqual(try build(.companies, select: "cac", open: true, filter: "baidu").detailPath, [cac])
        var state = try build(.companies, select: "baidu")
        Update.update(.key(.enter), state: &state, env: env)
        let links = env.catalog.related(to: state.detailPath[0])
        let regulation = try XCTUnwrap(links.firstIndex { if case .regulation = $0 { return true }; return false })
        state.detailPath.append(links[regulation])
        let reopened = try ViewBuilder.state(ViewString.parse(ViewString.format(state, catalog: env.catalog)), columns: 80, rows: 24, env: env)
        XCTAssertEqual(reopened.detailPath.last, links[regulation])
        XCTAssertEqual(reopened.pane, .companies)
    }
}
