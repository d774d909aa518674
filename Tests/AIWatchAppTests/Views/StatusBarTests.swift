import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The status bar keeps the hints that matter most and a view string a reader can still place, at any width.
final class StatusBarTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func statusRow(_ pane: Pane, _ columns: Int, _ rows: Int, select: String? = nil, open: Bool = false, filter: String = "") throws -> String {
        var options = ViewOptions()
        options.pane = pane
        options.select = select
        options.open = open
        options.filter = filter
        let state = try ViewBuilder.state(options, columns: columns, rows: rows, env: env)
        return Renderer.render(state, catalog: env.catalog).text.components(separatedBy: "\n")[rows - 1]
    }

    func testAt80x24EveryPaneShowsHelpQuitFilterAndExport() throws {
        for pane in Pane.allCases {
            let id = try XCTUnwrap(ScreenGoldenTests.selections[pane])
            for row in [try statusRow(pane, 80, 24), try statusRow(pane, 80, 24, select: id), try statusRow(pane, 80, 24, select: id, open: true)] {
                for hint in ["? help", "q quit", "/ filter", "x export"] {
                    XCTAssertTrue(row.contains(hint), "\(pane): \(hint) missing from \(row.debugDescription)")
                }
                XCTAssertTrue(row.contains(" \(pane.rawValue)#"), "\(pane): the view string names the pane: \(row.debugDescription)")
            }
        }
    }

    func testAViewStringIsShortenedOnlyWhenItCannotFitBesideTheEssentialHints() throws {
        let row = try statusRow(.companies, 100, 20, select: "jd-com", filter: "sector:finance")
        XCTAssertTrue(row.hasSuffix(" companies?q=sector:finance#jd-com"), "whole at 100 columns: \(row.debugDescription)")
        for hint in ["? help", "q quit", "/ filter", "x export"] { XCTAssertTrue(row.contains(hint), row) }
        let narrow = try statusRow(.companies, 80, 20, select: "jd-com", filter: "sector:finance")
        XCTAssertTrue(narrow.contains("companies?q=…#jd-com"), "cut where it cannot fit: \(narrow.debugDescription)")
    }

    func testAt40x12HelpAndTheViewStringStay() throws {
        for pane in Pane.allCases {
            let id = try XCTUnwrap(ScreenGoldenTests.selections[pane])
            let row = try statusRow(pane, 40, 12, select: id)
            XCTAssertTrue(row.contains(" ? help  "), "\(pane): \(row.debugDescription)")
            XCTAssertTrue(row.contains(" \(pane.rawValue)#"), "\(pane): \(row.debugDescription)")
            XCTAssertLessThanOrEqual(CellWidth.of(row), 40)
        }
        let filtered = try statusRow(.companies, 40, 12, filter: "sector:finance jingdong -cloud")
        XCTAssertTrue(filtered.hasPrefix(" filter: sector:finance"), filtered)
        XCTAssertTrue(filtered.contains("? help"), "a long filter gives way to the help hint: \(filtered.debugDescription)")
    }

    func testHintsGoInByRank() {
        let hints = KeyMap.hints
        func shown(_ width: Int, view: Int = 17) -> [String] {
            StatusHints.fit(hints, viewWidth: view, width: width).hints.map(\.text)
        }
        XCTAssertEqual(shown(20, view: 40), ["help"], "help stays even when the view string does not fit")
        XCTAssertEqual(shown(40), ["help", "quit"])
        XCTAssertEqual(shown(200), ["pane", "move", "open", "back", "filter", "export", "help", "quit"], "all, in key-map order")
        XCTAssertEqual(shown(80, view: 39), ["filter", "export", "help", "quit"], "the view string shortens for essential hints only")
        XCTAssertEqual(StatusHints.fit(hints, viewWidth: 39, width: 80).viewCells, 80 - 1 - 36, "the rest is the view string's")
        XCTAssertEqual(shown(89, view: 22), ["open", "back", "filter", "export", "help", "quit"],
                       "↓ move would fit where Tab pane does not, but a less important hint never takes the place of a dropped one")
    }

    func testViewStringsShortenFilterFirstThenTheMiddleOfTheId() {
        XCTAssertEqual(ViewString.shorten("companies#baidu", to: 40), "companies#baidu")
        XCTAssertEqual(ViewString.shorten("companies?q=sector:finance#jd-com", to: 22), "companies?q=…#jd-com")
        XCTAssertEqual(ViewString.shorten("statistics#beijing-core-ai-companies", to: 23), "statistics#beiji…panies")
        XCTAssertEqual(ViewString.shorten("people#winston-ma!", to: 14), "", "an id too short to cut is left off, not mangled")
        XCTAssertEqual(ViewString.shorten("companies?q=sector:finance -cloud#jd-com", to: 19), "", "no #jd…om")
        XCTAssertEqual(ViewString.shorten("people#paul-triolo-albright!", to: 20), "people#paul-t…right!", "the open-detail mark stays")
        XCTAssertEqual(ViewString.shorten("regulations", to: 8), "regulat…")
        XCTAssertEqual(ViewString.shorten("regulations#recommendation-algorithm-rules", to: 41), "regulations#recommendation…lgorithm-rules",
                       "a long id that almost fits loses a little of its middle, not the whole view string")
        XCTAssertEqual(TextFit.truncateMiddle("百度abc", to: 4), "百…c")
    }

    /// A line that does not parse says why, says whose results the panes still show, is cut with "…", and gives way
    /// to an export's message.
    func testAFailingQuerySaysWhoseResultsAreShown() {
        var state = Update.initialState(columns: 80, rows: 24, query: "", env: env)
        for key in [Key.character("2"), .character("/")] + "name:\"jd".map({ Key.character($0) }) + [.enter] {
            Update.update(.key(key), state: &state, env: env)
        }
        let row = Renderer.render(state, catalog: env.catalog).text.components(separatedBy: "\n")[23]
        XCTAssertTrue(row.contains("✗ unclosed quote"), row)
        XCTAssertTrue(row.contains("showing “name") || row.contains("…"), row)
        XCTAssertLessThanOrEqual(CellWidth.of(row), 80)
        state.message = "Saved ./aiwatch-companies.svg"
        let saved = Renderer.render(state, catalog: env.catalog).text.components(separatedBy: "\n")[23]
        XCTAssertTrue(saved.contains("Saved ./aiwatch-companies.svg"), saved)
    }
}
