import Foundation
import XCTest
@testable import TerminalKit

final class TextFitTests: XCTestCase {
    /// A record may hold one unbroken word of a megabyte; wrapping it must cost what its length does (it once took
    /// minutes, measuring the rest of the word again for every line). The timeout only catches that hang.
    func testAMegabyteWordWrapsIntoFullLinesWithoutHanging() {
        let word = String(repeating: "数据x", count: 350_000)
        let done = expectation(description: "wrapped")
        nonisolated(unsafe) var lines: [Line] = []
        DispatchQueue.global().async {
            lines = TextFit.wrap([Span("see " + word, .accent)], width: 80, indent: 2)
            done.fulfill()
        }
        wait(for: [done], timeout: 120)
        XCTAssertGreaterThan(lines.count, 1000)
        XCTAssertEqual(lines.map { $0.map(\.text).joined() }.joined().replacingOccurrences(of: " ", with: ""), "see" + word)
        XCTAssertEqual(lines[0], [Span("see", .accent)], "a word that does not fit starts a line of its own")
        for line in lines.dropFirst().dropLast() {
            // A wide character that does not fit in the last cell moves to the next line.
            XCTAssertTrue((79...80).contains(CellWidth.of(line.map(\.text).joined())))
        }
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.first?.text == "  " }, "continuations are indented")
        XCTAssertTrue(lines.joined().dropFirst().allSatisfy { $0.role == .accent || $0.text == "  " }, "the style is kept")
    }

    func testAStringWrapsAsTheLineWrapDoesWithRunsOfSpacesReadAsOne() {
        XCTAssertEqual(TextFit.wrap("  one   two three  ", to: 9), ["one two", "three"])
        XCTAssertEqual(TextFit.wrap("abcdefghij", to: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextFit.wrap("", to: 4), [""])
        XCTAssertEqual(TextFit.wrap("abc", to: 0), [])
    }

    func testATruncatedLineEndsInAnEllipsisWithinTheWidthWhereverTheCutFalls() {
        let line: Line = [Span("abc", .accent), Span("def", .muted), Span("g")]
        for width in 1...8 {
            let cut = TextFit.truncate(line, to: width)
            let text = cut.map(\.text).joined()
            XCTAssertLessThanOrEqual(CellWidth.of(text), width, "width \(width): \(text)")
            if width < 7 { XCTAssertTrue(text.hasSuffix("…"), "width \(width): \(text)") } else { XCTAssertEqual(cut, line) }
        }
        // The cut falls where the spans meet: the ellipsis takes the style of the span it stands for.
        XCTAssertEqual(TextFit.truncate(line, to: 4), [Span("abc", .accent), Span("…", .muted)])
        XCTAssertEqual(TextFit.truncate("数据中心", to: 5), "数据…")
        XCTAssertEqual(TextFit.truncate("abc", to: 0), "")
    }

    /// Truncating reads only as far as the width: a name of ten million characters costs what a short one does.
    func testTruncatingAHugeStringReadsOnlyWhatFits() {
        let huge = String(repeating: "w", count: 10_000_000)
        XCTAssertEqual(TextFit.truncate(huge, to: 6), "wwwww…")
    }
}
