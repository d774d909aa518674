import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// Tables sort by any column: `s` cycles the column, `S` reverses, the header and the view string say so.
final class SortTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func press(_ keys: [Key], on state: inout AppState) {
        for key in keys { Update.update(.key(key), state: &state, env: env) }
    }

    func ids(_ state: AppState, _ pane: Pane) -> [String] { state.rows(pane).map { env.catalog.id(of: $0) } }

    func testFiguresSortAsNumbersAndTheHeaderAndViewStringSaySo() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        press([.character("4"), .character("s")], on: &state)
        let values = state.rows(.statistics).map { ref -> Double in
            guard case .statistic(let i) = ref else { return .nan }
            return env.catalog.statistics[i].value
        }
        XCTAssertEqual(values, values.sorted(), "by figure, smallest first: 10 before 1,048 before 1.75 trillion")
        XCTAssertTrue(Renderer.render(state, catalog: env.catalog).text.contains("Figure ▲"))
        press([.character("S")], on: &state)
        XCTAssertEqual(ids(state, .statistics).first, "wudao-2-0-parameters")
        XCTAssertTrue(ViewString.format(state, catalog: env.catalog).hasPrefix("statistics?sort=figure:desc#"))
    }

    func testTheSelectedRecordStaysSelectedAndSCyclesBackToCatalogOrder() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        press([.character("2"), .character("j"), .character("j")], on: &state)
        let selected = state.selectedRecord
        let catalogOrder = ids(state, .companies)
        press([.character("s")], on: &state)
        XCTAssertEqual(state.selectedRecord, selected)
        let names = state.rows(.companies).map { env.catalog.name(of: env.catalog.id(of: $0)).lowercased() }
        XCTAssertEqual(names, names.sorted())
        for _ in PaneColumns.sortable(.companies) { press([.character("s")], on: &state) }
        XCTAssertEqual(ids(state, .companies), catalogOrder, "past the last column, catalog order again")
        XCTAssertNil(state.sort[.companies])
    }

    func testASortedViewReopensAndAFilterKeepsItSorted() throws {
        var state = try ViewBuilder.state(ViewString.parse("regulations?q=cac&sort=since:desc"), columns: 120, rows: 40, env: env)
        let years = state.rows(.regulations).compactMap { ref -> Double? in
            guard case .regulation(let i) = ref else { return nil }
            return env.catalog.regulations[i].date?.years
        }
        XCTAssertEqual(years, years.sorted(by: >))
        press([.character("/"), .backspace, .backspace, .backspace, .enter], on: &state)
        XCTAssertEqual(state.rows(.regulations).count, env.catalog.regulations.count)
        let dated = state.rows(.regulations).map { ref -> Double? in
            guard case .regulation(let i) = ref else { return nil }
            return env.catalog.regulations[i].date?.years
        }
        let firstUndated = dated.firstIndex { $0 == nil } ?? dated.count
        XCTAssertTrue(dated[firstUndated...].allSatisfy { $0 == nil }, "undated rules go last")
        XCTAssertEqual(dated[..<firstUndated].map { $0! }, dated[..<firstUndated].map { $0! }.sorted(by: >))
        XCTAssertThrowsError(try ViewBuilder.state(ViewString.parse("companies?sort=nosuch"), columns: 120, rows: 40, env: env))
    }

    func testTheSortCommand() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        let command = { (line: String) in [Key.character(":")] + line.map { Key.character($0) } + [.enter] }
        press(command("sort as_of"), on: &state)
        XCTAssertEqual(state.prompt.error, "companies has no column \"as_of\" to sort by; its columns: name name_zh kind sectors products")
        XCTAssertNil(state.sort[.companies], "a wrong sort changes nothing")
        press([.escape, .character("4")] + command("sort as:desc"), on: &state)
        XCTAssertNil(state.prompt.error)
        XCTAssertEqual(state.sort[.statistics], PaneSort(column: 3, descending: true))
        press(command("sort"), on: &state)
        XCTAssertNil(state.sort[.statistics], ":sort alone goes back to catalog order")
    }
}
