import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class HighlighterTests: XCTestCase {
    private func highlighted(_ query: String, in text: String, pinyin: [String: String] = [:]) -> [String] {
        guard case .success(let parsed) = QueryParser.parse(query) else {
            XCTFail("\(query) does not parse")
            return []
        }
        return Highlighter(query: parsed, pinyin: pinyin).ranges(in: text).map { String(text[$0]) }
    }

    func testHighlightsWordsWhateverTheirCaseAccentsOrWidth() {
        XCTAssertEqual(highlighted("cafe", in: "Le Café, ｃａｆｅ and CAFE"), ["Café", "ｃａｆｅ", "CAFE"])
        XCTAssertEqual(highlighted("cloud", in: "Alibaba ｃｌｏｕｄ division"), ["ｃｌｏｕｄ"])
    }

    func testHighlightsChineseAndMixedScriptsAtTheRightCharacters() {
        XCTAssertEqual(highlighted("京东", in: "JD.com 京东 — ChatJD"), ["京东"])
        XCTAssertEqual(highlighted("chatjd", in: "JD.com 京东 — ChatJD"), ["ChatJD"])
        XCTAssertEqual(highlighted("nguyen", in: "Trần Nguyễn said"), ["Nguyễn"])
        XCTAssertEqual(highlighted("e", in: "Cafe\u{301}"), ["e\u{301}"], "never half a character")
    }

    func testPinyinHighlightsTheChineseName() {
        let pinyin = QueryFixture.catalog.pinyin
        XCTAssertEqual(highlighted("jingdong", in: "JD.com 京东", pinyin: pinyin), ["京东"])
        XCTAssertEqual(highlighted("jing dong", in: "JD.com 京东", pinyin: pinyin), ["京东"])
        XCTAssertEqual(highlighted("baidu", in: "Baidu 百度", pinyin: pinyin), ["Baidu", "百度"])
        XCTAssertEqual(highlighted("jingdong", in: "JD.com 京东"), [], "without the pinyin table nothing to show")
    }

    func testExcludedWordsAreNotHighlightedButFacetValuesAre() {
        XCTAssertEqual(highlighted("baidu -cloud", in: "Baidu cloud"), ["Baidu"])
        XCTAssertEqual(highlighted("sector:finance", in: "retail, finance"), ["finance"])
        XCTAssertEqual(highlighted("regulator:cac year:2023", in: "CAC, Jan 2023"), ["CAC", "2023"])
        XCTAssertEqual(highlighted("\"alibaba cloud\"", in: "Alibaba  Cloud division"), ["Alibaba  Cloud"])
    }

    func testOverlappingMatchesMerge() {
        XCTAssertEqual(highlighted("ali alibaba baba", in: "Alibaba"), ["Alibaba"])
        XCTAssertEqual(highlighted("ab", in: "ababab"), ["ababab"])
        XCTAssertEqual(highlighted("x", in: ""), [])
        XCTAssertEqual(highlighted("", in: "text"), [])
    }
}
