import AIWatchTestSupport
import XCTest

@testable import AIWatchData

/// The records a word names come before those that only mention it, and an exclusion never keeps the mentions of
/// a firm it has left out.
final class RankingTests: XCTestCase {
    private func mentions(_ query: String, in kind: RecordKind) -> [String] {
        let result = QueryFixture.result(query)
        return result.matches(in: kind).filter { result.isMention($0) }.map { QueryFixture.id(of: $0) }
    }

    func testTheFirmANameNamesComesBeforeTheFirmsWhoseEvidenceListsIt() {
        XCTAssertEqual(QueryFixture.ids("jd", in: .organisation), ["jd-com", "baidu", "alibaba", "netease"])
        XCTAssertEqual(mentions("jd", in: .organisation), ["baidu", "alibaba", "netease"])
        XCTAssertEqual(QueryFixture.ids("alibaba", in: .organisation), ["alibaba", "alibaba-cloud", "baidu", "jd-com", "netease"])
        XCTAssertEqual(QueryFixture.result("alibaba").mentionCount(in: .organisation...RecordKind.organisation), 3)
    }

    func testEitherNameRanksBothFirmsFirst() {
        XCTAssertEqual(QueryFixture.ids("baidu | alibaba", in: .organisation), ["baidu", "alibaba", "alibaba-cloud", "jd-com", "netease"])
        XCTAssertEqual(mentions("baidu | alibaba", in: .organisation), ["jd-com", "netease"])
    }

    func testChineseNameAndPinyinNameTheFirm() {
        for query in ["京东", "jingdong", "jing dong"] {
            XCTAssertEqual(QueryFixture.ids(query, in: .organisation).first, "jd-com", query)
            XCTAssertEqual(mentions(query, in: .organisation).contains("jd-com"), false, query)
        }
    }

    func testAnExclusionThatDropsTheNamedFirmDropsItsMentionsToo() {
        // -cloud leaves out Alibaba and its cloud division; Baidu, JD.com and NetEase only list Alibaba in evidence.
        XCTAssertEqual(QueryFixture.ids("alibaba -cloud", in: .organisation), [])
        XCTAssertEqual(QueryFixture.allIDs("alibaba -cloud"), [])
        // An exclusion that keeps a named record keeps the mentions.
        XCTAssertEqual(QueryFixture.ids("alibaba -\"cloud arm\"", in: .organisation), ["alibaba", "baidu", "jd-com", "netease"])
        // Baidu is kept, so the firms whose evidence lists Baidu stay, as mentions of Baidu.
        XCTAssertEqual(QueryFixture.ids("baidu | alibaba -cloud", in: .organisation), ["baidu", "jd-com", "netease"])
        XCTAssertEqual(mentions("baidu | alibaba -cloud", in: .organisation), ["jd-com", "netease"])
    }

    func testAWordThatNamesNothingMarksNothing() {
        let result = QueryFixture.result("cautious")
        XCTAssertGreaterThan(result.count, 0)
        XCTAssertEqual(result.mentionCount(in: RecordKind.organisation...RecordKind.source), 0)
        XCTAssertEqual(mentions("sector:finance", in: .organisation), [], "a field names nothing")
    }

    func testTheOrderIsTheSameWhenNarrowedAsTyped() {
        var engine = FilterEngine(index: QueryFixture.index)
        for prefix in ["a", "al", "ali", "alib", "alibaba", "alibaba ", "alibaba -c", "alibaba -cl", "alibaba -cloud", "alibaba -clou"] {
            XCTAssertNil(engine.update(prefix), prefix)
            let fresh = QueryFixture.result(prefix)
            XCTAssertEqual(engine.result.matches(in: .organisation).map { QueryFixture.id(of: $0) },
                           fresh.matches(in: .organisation).map { QueryFixture.id(of: $0) }, prefix)
        }
    }

    /// Typed a character at a time, so that each search narrows from the last, random queries of names, their
    /// exclusions and alternatives rank exactly as when searched afresh, in every kind.
    func testRandomQueriesTypedRankAsSearchedAfresh() {
        let words = ["baidu", "alibaba", "cloud", "jd", "京东", "jingdong", "-cloud", "-baidu", "|", "sector:finance",
                     "-name:baidu", "\"alibaba cloud\"", "-\"cloud arm\"", "chatbot", "person:triolo", "-about:chatgpt",
                     "affects:jd", "ai", "-ai", "netease", "-youdao", "e", "-e"]
        var random = SplitMix64(seed: 16)
        for _ in 0..<60 {
            let line = (0..<Int.random(in: 1...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            var engine = FilterEngine(index: QueryFixture.index)
            for end in line.indices.dropFirst() + [line.endIndex] {
                let prefix = String(line[..<end])
                guard engine.update(prefix) == nil, case .success(let fresh) = FilterEngine(index: QueryFixture.index).results(for: prefix) else { continue }
                for kind in RecordKind.allCases {
                    XCTAssertEqual(engine.result.matches(in: kind).map { QueryFixture.id(of: $0) },
                                   fresh.matches(in: kind).map { QueryFixture.id(of: $0) }, prefix)
                    XCTAssertEqual(engine.result.mentionCount(in: kind...kind), fresh.mentionCount(in: kind...kind), prefix)
                }
            }
        }
    }
}
