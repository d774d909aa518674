import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class TextFoldingTests: XCTestCase {
    func testFoldingIgnoresCaseAccentsAndWidth() {
        XCTAssertEqual(TextFolding.fold("Ｃｌｏｕｄ Café ÉCOLE Nguyễn Müller"), "cloud cafe ecole nguyen muller")
        XCTAssertEqual(TextFolding.fold("e\u{301}cole"), "ecole", "a decomposed accent folds like a precomposed one")
        XCTAssertEqual(TextFolding.fold("ﬁnance ＡＩ"), "finance ai")
    }

    func testTypographicPunctuationFoldsToWhatAKeyboardTypes() {
        XCTAssertEqual(TextFolding.fold("King’s “AI” plan – 2023…"), "king's \"ai\" plan - 2023...")
    }

    func testWhitespaceAndControlsCollapseToSingleSpaces() {
        XCTAssertEqual(TextFolding.fold("  alibaba\t\n  cloud \u{1B}x\u{3000}"), "alibaba cloud x")
        XCTAssertEqual(TextFolding.fold("Zero\u{200B}width"), "zerowidth")
        XCTAssertEqual(TextFolding.fold(" \t "), "")
    }

    func testChineseIsKeptAsItIs() {
        XCTAssertEqual(TextFolding.fold("京东 JD.com（北京）"), "京东 jd.com(北京)")
    }

    func testFastPathAndCharacterPathAgree() {
        var random = SplitMix64(seed: 7)
        let pieces = ["A", "b", " ", "  ", "\t", "É", "é", "ｃ", "京", "’", "ǅ", "ß", "\u{301}", "z", "9", "—", "\u{200B}", "🙂"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            XCTAssertEqual(TextFolding.mapped(text).folded, TextFolding.fold(text), "folding \(text.debugDescription)")
        }
    }

    func testFoldedRangesMapBackToWholeOriginalCharacters() {
        let text = "Ｃａｆé 京东 Cafe\u{301}"
        let folded = TextFolding.mapped(text)
        XCTAssertEqual(folded.folded, "cafe 京东 cafe")
        let ranges = folded.ranges(of: Array("afe".utf8))
        XCTAssertEqual(ranges.map { String(text[$0]) }, ["ａｆé", "afe\u{301}"])
        XCTAssertEqual(folded.ranges(of: Array("京东".utf8)).map { String(text[$0]) }, ["京东"])
    }
}
