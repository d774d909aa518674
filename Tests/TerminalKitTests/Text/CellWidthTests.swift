import AIWatchTestSupport
import XCTest

@testable import TerminalKit

final class CellWidthTests: XCTestCase {
    func testWidths() {
        XCTAssertEqual(CellWidth.of("a" as Character), 1)
        XCTAssertEqual(CellWidth.of("京" as Character), 2)
        XCTAssertEqual(CellWidth.of("Ｃ" as Character), 2, "fullwidth Latin")
        XCTAssertEqual(CellWidth.of("😀" as Character), 2)
        XCTAssertEqual(CellWidth.of("👩‍💻" as Character), 2, "ZWJ sequence is one wide glyph")
        XCTAssertEqual(CellWidth.of("é" as Character), 1, "combining mark joins its base")
        XCTAssertEqual(CellWidth.of("\u{301}" as Character), 0, "a lone combining mark takes no cell")
        XCTAssertEqual(CellWidth.of("京东 JD"), 7)
        XCTAssertEqual(CellWidth.of("─│╭"), 3)
    }

    func testTruncationNeverSplitsAGraphemeAndFits() {
        XCTAssertEqual(TextFit.truncate("北京智源人工智能研究院", to: 7), "北京智…")
        XCTAssertEqual(TextFit.truncate("Alibaba cloud", to: 8), "Alibaba…")
        XCTAssertEqual(TextFit.truncate("short", to: 8), "short")
        XCTAssertEqual(TextFit.truncate("e\u{301}e\u{301}e\u{301}", to: 2), "é…")
        for width in 1...12 {
            XCTAssertLessThanOrEqual(CellWidth.of(TextFit.truncate("京东 JD.com 百度 Baidu", to: width)), width)
            XCTAssertEqual(CellWidth.of(TextFit.pad("京东 JD.com", to: width)), width)
        }
    }

    func testWrapKeepsWordsAndWidth() {
        let lines = TextFit.wrap("Beijing green lights local ChatGPT rivals", to: 12)
        XCTAssertEqual(lines, ["Beijing", "green lights", "local", "ChatGPT", "rivals"])
        XCTAssertTrue(TextFit.wrap("北京智源人工智能研究院", to: 6).allSatisfy { CellWidth.of($0) <= 6 })
    }
}
