import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The People's quotes, a mode of the People pane: `"` shows them one a row under the People's tab, the filter
/// finds the quotes themselves, and a quote row opens, sorts and reopens like any row.
final class QuotesModeTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    private func press(_ keys: [Key], on state: inout AppState) {
        for key in keys { Update.update(.key(key), state: &state, env: env) }
    }

    private func ids(_ state: AppState) -> [String] { state.rows(.quotes).map { env.catalog.id(of: $0) } }

    func testTheQuoteKeySwitchesBetweenThePeopleAndTheirQuotesUnderOneTab() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        press([.character("2"), .character("\"")], on: &state)
        XCTAssertEqual(state.pane, .quotes)
        let tabs = TabLabel.row(columns: 120, state: state).map(\.text)
        XCTAssertEqual(tabs.count, 7, "no eighth tab")
        XCTAssertTrue(tabs.contains("5 Quotes"), "\(tabs)")
        press([.character("\"")], on: &state)
        XCTAssertEqual(state.pane, .people)
        press([.character("\""), .character("5")], on: &state)
        XCTAssertEqual(state.pane, .people, "the People's digit leads back to them")
        press([.character("\""), .tab], on: &state)
        XCTAssertEqual(state.pane, .timeline, "Tab goes on from the People's tab")
    }

    func testAPersonFilterListsTheirQuotesThemselves() {
        var state = Update.initialState(columns: 120, rows: 40, query: "person:triolo", env: env)
        press([.character("\"")], on: &state)
        XCTAssertEqual(ids(state), ["triolo-regulatory-focus", "triolo-unique-challenges", "triolo-search-engine", "triolo-not-surprised"])
        XCTAssertTrue(TabLabel.row(columns: 120, state: state).map(\.text).contains("5 Quotes 4/11"))
        let narrowed = Update.initialState(columns: 120, rows: 40, query: "person:triolo chatgpt", env: env)
        XCTAssertEqual(narrowed.rows(.people).count, 1, "the index finds the person")
        XCTAssertEqual(ids(narrowed), ["triolo-unique-challenges"], "of his quotes, the one that says it")
    }

    func testAQuoteRowOpensSortsAndReopens() throws {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        press([.character("\""), .down, .enter], on: &state)
        XCTAssertEqual(state.detailPath.last.map { env.catalog.id(of: $0) }, "triolo-unique-challenges")
        XCTAssertEqual(ViewString.format(state, catalog: env.catalog), "quotes#triolo-unique-challenges!")
        press([.escape, .character("s")], on: &state)
        let speakers = state.rows(.quotes).map { PaneColumns.plainCells($0, catalog: env.catalog)[0] }
        XCTAssertEqual(speakers, speakers.sorted(), "by the speaker's name")
        XCTAssertEqual(speakers.first, "Paul Triolo")
        XCTAssertEqual(speakers.last, "Xin Sun")
        let view = ViewString.format(state, catalog: env.catalog)
        XCTAssertTrue(view.hasPrefix("quotes?sort=person#"), view)
        let reopened = try ViewBuilder.state(ViewString.parse(view), columns: 120, rows: 40, env: env)
        XCTAssertEqual(ids(reopened), ids(state))
    }
}
