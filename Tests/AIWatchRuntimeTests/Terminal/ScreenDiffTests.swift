import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class ScreenDiffTests: XCTestCase {
    private func screen(_ lines: [String], width: Int = 10) -> Screen {
        var screen = Screen(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { screen.put(line, x: 0, y: y) }
        return screen
    }

    func testFirstFrameIsEveryRowInFull() {
        let next = screen(["ab", "cd", ""])
        XCTAssertEqual(ScreenDiff.runs(from: nil, to: next), (0..<3).map { CellRun(y: $0, columns: 0..<10) })
    }

    func testSizeChangeIsEveryRowInFull() {
        let runs = ScreenDiff.runs(from: screen(["ab"], width: 8), to: screen(["ab"]))
        XCTAssertEqual(runs, [CellRun(y: 0, columns: 0..<10)])
    }

    func testSameFrameHasNothingToWrite() {
        XCTAssertEqual(ScreenDiff.runs(from: screen(["hello", "world"]), to: screen(["hello", "world"])), [])
    }

    func testOnlyChangedRunsAreWritten() {
        let runs = ScreenDiff.runs(from: screen(["hello", "world"]), to: screen(["hallo", "worlds"]))
        XCTAssertEqual(runs, [CellRun(y: 0, columns: 1..<2), CellRun(y: 1, columns: 5..<6)])
    }

    func testSeparateChangesOnOneRowAreSeparateRuns() {
        let runs = ScreenDiff.runs(from: screen(["abcdefgh"]), to: screen(["xbcdefgy"]))
        XCTAssertEqual(runs, [CellRun(y: 0, columns: 0..<1), CellRun(y: 0, columns: 7..<8)])
    }

    func testStyleChangeIsAChange() {
        let before = screen(["abc"])
        var after = before
        after.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .selected)
        XCTAssertEqual(ScreenDiff.runs(from: before, to: after), [CellRun(y: 0, columns: 1..<2)])
    }

    func testWideCharacterIsWrittenWhole() {
        // "a京b" → "a东b": the lead changes; the run covers both halves.
        let runs = ScreenDiff.runs(from: screen(["a京b"]), to: screen(["a东b"]))
        XCTAssertEqual(runs, [CellRun(y: 0, columns: 1..<3)])
    }

    func testRunStartingOnARightHalfIncludesItsLeftHalf() {
        // Only the right half differs (a restyled continuation): the wide character is rewritten from its lead.
        let before = screen(["a京b"])
        var after = before
        after.restyle(Rect(x: 2, y: 0, width: 2, height: 1), role: .accent)
        let runs = ScreenDiff.runs(from: before, to: after)
        XCTAssertEqual(runs, [CellRun(y: 0, columns: 1..<4)])
    }

    func testNarrowReplacingWideCoversBothCells() {
        let runs = ScreenDiff.runs(from: screen(["京x"]), to: screen(["abx"]))
        XCTAssertEqual(runs, [CellRun(y: 0, columns: 0..<2)])
    }

    func testEmptyScreenHasNoRuns() {
        XCTAssertEqual(ScreenDiff.runs(from: nil, to: Screen(width: 0, height: 3)), [])
    }
}
