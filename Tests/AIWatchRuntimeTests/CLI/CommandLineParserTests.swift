import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class CommandLineParserTests: XCTestCase {
    func testDataIsAcceptedBeforeOrAfterTheSubcommand() throws {
        let (first, dataFirst) = try CommandLineParser.parse(["--data", "d", "list", "companies"])
        let (second, dataSecond) = try CommandLineParser.parse(["list", "companies", "--data", "d"])
        XCTAssertEqual(String(describing: first), String(describing: second))
        XCTAssertEqual(dataFirst, "d")
        XCTAssertEqual(dataSecond, "d")
    }

    func testTheAppsTerminalOptions() throws {
        let (plain, _) = try CommandLineParser.parse(["--ascii", "--no-mouse"])
        guard case .interactive(_, _, let terminal) = plain else { return XCTFail("\(plain)") }
        XCTAssertTrue(terminal.ascii)
        XCTAssertFalse(terminal.mouse)
        let (usual, _) = try CommandLineParser.parse([])
        guard case .interactive(_, _, let defaults) = usual else { return XCTFail("\(usual)") }
        XCTAssertFalse(defaults.ascii, "the glyphs are the terminal's unless --ascii says")
        XCTAssertTrue(defaults.mouse)
        XCTAssertTrue(defaults.clipboard, "citations go to the clipboard unless --no-clipboard says")
        let (filed, _) = try CommandLineParser.parse(["--no-clipboard"])
        guard case .interactive(_, _, let noClipboard) = filed else { return XCTFail("\(filed)") }
        XCTAssertFalse(noClipboard.clipboard)
        XCTAssertThrowsError(try CommandLineParser.parse(["snapshot", "--no-clipboard"]), "a snapshot copies nothing")
        XCTAssertThrowsError(try CommandLineParser.parse(["snapshot", "--ascii"]), "an export keeps its Unicode")
    }

    func testListSortTakesTheViewStringsColumnNames() throws {
        let (descending, _) = try CommandLineParser.parse(["list", "statistics", "--sort", "figure:desc"])
        guard case .list(.statistics, _, let sort?, _) = descending else { return XCTFail("\(descending)") }
        XCTAssertEqual(sort, PaneSort(column: 0, descending: true))
        let (ascending, _) = try CommandLineParser.parse(["list", "regulations", "--sort=since"])
        guard case .list(.regulations, _, let byDate?, _) = ascending else { return XCTFail("\(ascending)") }
        XCTAssertEqual(PaneSort.name(of: byDate.column, in: .regulations), "since")
        XCTAssertFalse(byDate.descending)
        let (unsorted, _) = try CommandLineParser.parse(["list", "companies"])
        guard case .list(_, _, nil, _) = unsorted else { return XCTFail("without --sort the pane's own order: \(unsorted)") }
        XCTAssertThrowsError(try CommandLineParser.parse(["list", "companies", "--sort", "as_of"])) { error in
            XCTAssertEqual((error as? UsageError)?.message,
                           "companies has no column \"as_of\" to sort by; its columns: name name_zh kind sectors products")
        }
        XCTAssertThrowsError(try CommandLineParser.parse(["list", "statistics", "--sort", "figure:down"]))
        XCTAssertThrowsError(try CommandLineParser.parse(["list", "statistics", "--sort"]), "--sort needs a column")
    }

    func testSnapshotOptions() throws {
        let (invocation, _) = try CommandLineParser.parse(["snapshot", "--pane", "companies", "--size", "80x24", "--format", "svg", "-o", "x.svg", "--force", "--select", "jd"])
        guard case .snapshot(let view, let size, let format, let output, let force, let frame) = invocation else { return XCTFail("\(invocation)") }
        XCTAssertTrue(frame)
        XCTAssertEqual(view.pane, .companies)
        XCTAssertEqual(view.select, "jd")
        XCTAssertEqual(size.columns, 80)
        XCTAssertEqual(size.rows, 24)
        XCTAssertEqual(format, .svg)
        XCTAssertEqual(output, "x.svg")
        XCTAssertTrue(force)
    }

    func testUsageErrorsSayWhatIsWrong() {
        func message(_ arguments: [String]) -> String {
            do { _ = try CommandLineParser.parse(arguments); return "" } catch { return error.message }
        }
        XCTAssertEqual(message(["--pane", "nope"]), "unknown pane \"nope\"; use one of dashboard, companies, regulations, statistics, people, timeline, sources, quotes")
        XCTAssertEqual(message(["snapshot", "--size", "80"]), "--size takes COLSxROWS, e.g. 120x40 (from 40x12 to 1000x1000)")
        XCTAssertEqual(message(["snapshot", "--size", "30x8"]), "--size 30x8 is below the smallest screen aiwatch draws, 40x12")
        XCTAssertEqual(message(["snapshot", "--size", "80x11"]), "--size 80x11 is below the smallest screen aiwatch draws, 40x12")
        XCTAssertEqual(message(["snapshot", "--size", "40x12"]), "", "the minimum itself is accepted")
        XCTAssertEqual(message(["snapshot", "--format", "pdf"]), "unknown format \"pdf\"; use one of txt, ansi, html, svg, md")
        XCTAssertEqual(message(["--bogus"]), "unknown option \"--bogus\" for aiwatch; see aiwatch --help")
        XCTAssertEqual(message(["list"]), "list needs a pane: companies, regulations, statistics, people, timeline, sources, quotes")
        XCTAssertEqual(message(["list", "foo"]), "unknown pane \"foo\"; use one of companies, regulations, statistics, people, timeline, sources, quotes",
                       "list suggests only the panes it accepts")
        XCTAssertEqual(message(["list", "dashboard"]), "list takes a pane of records, not the overview: companies, regulations, statistics, people, timeline, sources, quotes")
        XCTAssertEqual(message(["--theme", "\u{1B}[31m"]), "unknown theme \"␛[31m\"; use dark, light or mono")
        XCTAssertEqual(message(["init-data"]), "init-data needs a folder to write to")
    }
}
