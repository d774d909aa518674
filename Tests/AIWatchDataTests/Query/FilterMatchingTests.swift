import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// What a user sees in each pane when filtering the bundled knowledge base.
final class FilterMatchingTests: XCTestCase {
    private let catalog = QueryFixture.catalog

    func testCaseAndAccentsDoNotMatter() {
        XCTAssertEqual(QueryFixture.allIDs("BAIDU"), QueryFixture.allIDs("baidu"))
        XCTAssertTrue(QueryFixture.ids("BAIDU", in: .organisation).contains("baidu"))
        XCTAssertEqual(QueryFixture.allIDs("Bèijíng"), QueryFixture.allIDs("beijing"))
        XCTAssertFalse(QueryFixture.allIDs("beijing").isEmpty)
    }

    func testFullwidthLettersMatchPlainOnes() {
        XCTAssertEqual(QueryFixture.allIDs("ｃｌｏｕｄ"), QueryFixture.allIDs("cloud"))
        XCTAssertTrue(QueryFixture.ids("ｃｌｏｕｄ", in: .organisation).contains("alibaba-cloud"))
    }

    func testPinyinFindsChineseNamesJoinedOrSpaced() {
        XCTAssertEqual(QueryFixture.ids("jingdong", in: .organisation), ["jd-com"])
        XCTAssertEqual(QueryFixture.allIDs("jingdong"), ["jd-com"])
        XCTAssertTrue(QueryFixture.ids("jing dong", in: .organisation).contains("jd-com"))
        XCTAssertEqual(QueryFixture.ids("\"jing dong\"", in: .organisation), ["jd-com"])
        XCTAssertEqual(QueryFixture.ids("baidu", in: .organisation).first, "baidu")
        XCTAssertTrue(Set(QueryFixture.ids("alibaba", in: .organisation)).isSuperset(of: ["alibaba", "alibaba-cloud"]))
    }

    func testChineseNamesFindTheirOrganisation() {
        XCTAssertEqual(QueryFixture.allIDs("京东"), ["jd-com"])
        XCTAssertEqual(QueryFixture.allIDs("百度"), ["baidu"])
        XCTAssertEqual(QueryFixture.ids("网易", in: .organisation), ["netease", "youdao"], "网易有道 contains 网易")
    }

    func testAQueryMatchingOnlyJDShowsOneCompany() {
        let result = QueryFixture.result("jingdong")
        XCTAssertEqual([result.count(in: .organisation), result.total(in: .organisation)], [1, 16])
        XCTAssertEqual([result.count(in: .regulation), result.total(in: .regulation)], [0, 15])
        XCTAssertEqual(result.count(in: .organisation ... .statistic), 1)
        XCTAssertEqual(result.total(in: .organisation ... .statistic), 16 + 15 + 5)
        XCTAssertTrue(result.contains(.product(organisation: 3, index: 0)), "ChatJD belongs to a matching company")
    }

    func testEmptyQueryShowsEverything() {
        let result = QueryFixture.result("  ")
        for pane in RecordKind.allCases { XCTAssertEqual(result.count(in: pane), result.total(in: pane)) }
        XCTAssertEqual(result.count(in: .event), catalog.events.count)
    }

    func testSectorLeavesCompaniesOnly() {
        let result = QueryFixture.result("sector:finance")
        XCTAssertEqual(result.matches(in: .organisation).map { QueryFixture.id(of: $0) }, ["jd-com"])
        XCTAssertEqual(result.count(in: .regulation), 0, "regulations have no sector, even when their text says finance")
        XCTAssertEqual(result.total(in: .regulation), catalog.regulations.count)
        XCTAssertFalse(QueryFixture.allIDs("finance").subtracting(["jd-com"]).isEmpty, "the bare word finds more")
    }

    func testRegulatorMatchesIssuerOrOverseerByIdOrName() {
        let expected = catalog.regulations.filter { ($0.issuedBy + $0.overseenBy).contains("cac") }.map(\.id)
        XCTAssertEqual(expected.count, 3)
        XCTAssertEqual(QueryFixture.ids("regulator:cac", in: .regulation), expected)
        XCTAssertEqual(QueryFixture.ids("regulator:\"cyberspace administration\"", in: .regulation), expected)
        XCTAssertEqual(QueryFixture.ids("regulator:国家互联网信息办公室", in: .regulation), expected)
        XCTAssertEqual(QueryFixture.result("regulator:cac").count(in: .organisation), 0)
    }

    func testSourceMatchesEvidenceSourceByIdOrPublisher() {
        let cited = catalog.organisations.filter { $0.evidence.contains { $0.source == "cnbc" } }.map(\.id)
        XCTAssertEqual(QueryFixture.ids("source:cnbc", in: .organisation), cited)
        XCTAssertFalse(cited.contains("bmbeit"))
        XCTAssertEqual(QueryFixture.ids("source:\"tech wire\"", in: .organisation), catalog.organisations.filter { $0.evidence.contains { $0.source == "techwireasia" } }.map(\.id))
        XCTAssertEqual(QueryFixture.ids("source:cnbc", in: .source), ["cnbc"])
    }

    func testYearMatchesAnyDateOnTheRecord() {
        let regulations = catalog.regulations.filter { $0.date?.date.hasPrefix("2023") == true }.map(\.id)
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .regulation), regulations)
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .event), catalog.events.filter { $0.date.year == 2023 }.map(\.id))
        let expecting = catalog.organisations.filter { $0.products.contains { $0.expected?.year == 2023 } }.map(\.id)
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .organisation), expecting)
        XCTAssertTrue(expecting.isEmpty, "the March previews are expected of most giants, not of each product: that date is a timeline event")
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .source), ["techwireasia", "cnbc"])
    }

    func testOtherFacets() {
        XCTAssertEqual(QueryFixture.ids("kind:regulator", in: .organisation), ["cac"])
        XCTAssertEqual(QueryFixture.ids("kind:access", in: .regulation), ["chatgpt-not-blocked", "openai-china-signup-restriction"])
        XCTAssertEqual(QueryFixture.ids("product:chatjd", in: .organisation), ["jd-com"])
        XCTAssertEqual(QueryFixture.ids("id:chatjd", in: .organisation), ["jd-com"], "a product id finds its company")
        XCTAssertEqual(QueryFixture.ids("status:released", in: .organisation), ["openai"])
        XCTAssertEqual(QueryFixture.ids("status:announced", in: .organisation), ["baidu", "jd-com", "netease"])
        XCTAssertEqual(QueryFixture.ids("status:developed", in: .organisation), ["baai"], "WuDao 2.0 is developed, as the article says")
        XCTAssertEqual(QueryFixture.ids("affects:openai", in: .regulation), ["chatgpt-not-blocked"])
        XCTAssertEqual(QueryFixture.ids("unit:youdao", in: .organisation), ["netease"])
        XCTAssertEqual(QueryFixture.ids("subject:beijing", in: .statistic).count, catalog.statistics.filter { $0.subject.lowercased().contains("beijing") }.count)
        XCTAssertEqual(QueryFixture.ids("affiliation:\"albright stonebridge\"", in: .person), ["paul-triolo"])
        XCTAssertEqual(QueryFixture.ids("person:triolo", in: .person), ["paul-triolo"])
        let about = Set(catalog.people.first { $0.id == "paul-triolo" }!.quotes.flatMap(\.about))
        XCTAssertEqual(Set(QueryFixture.ids("person:triolo", in: .regulation)), about.intersection(catalog.regulations.map(\.id)))
    }

    func testExclusionRemovesMatchingRecords() {
        let withChatGPT = QueryFixture.allIDs("chatgpt")
        let withoutBaidu = QueryFixture.allIDs("chatgpt -baidu")
        XCTAssertTrue(withoutBaidu.isSubset(of: withChatGPT))
        XCTAssertFalse(withoutBaidu.contains("baidu"))
        XCTAssertEqual(withChatGPT.subtracting(withoutBaidu), withChatGPT.intersection(QueryFixture.allIDs("baidu")))
        XCTAssertEqual(QueryFixture.ids("-sector:finance", in: .organisation).count, 15)
        XCTAssertEqual(QueryFixture.result("-sector:finance").count(in: .regulation), 15, "records without the field are not excluded")
    }

    func testAlternativesMatchEither() {
        XCTAssertEqual(QueryFixture.allIDs("jingdong | 百度"), ["jd-com", "baidu"])
        XCTAssertEqual(QueryFixture.allIDs("jingdong OR 百度"), ["jd-com", "baidu"])
        XCTAssertEqual(QueryFixture.ids("jingdong | 百度 sector:finance", in: .organisation), ["jd-com"], "OR binds tighter than AND")
    }

    func testPhrasesMatchWordsTogetherInOrder() {
        XCTAssertTrue(QueryFixture.ids("\"alibaba cloud\"", in: .organisation).contains("alibaba-cloud"))
        XCTAssertFalse(QueryFixture.ids("\"cloud alibaba\"", in: .organisation).contains("alibaba-cloud"))
        XCTAssertEqual(QueryFixture.allIDs("\"cyberspace administration of china\""), QueryFixture.allIDs("\"Cyberspace  Administration of CHINA\""))
    }

    func testEvidenceAndQuotesAreSearched() {
        let quote = catalog.people[0].quotes[0].text.string
        let words = quote.split(separator: " ").prefix(4).joined(separator: " ")
        XCTAssertTrue(QueryFixture.ids("\"\(words)\"", in: .person).contains(catalog.people[0].id))
        let evidence = catalog.regulations[0].evidence[0].quote
        XCTAssertTrue(QueryFixture.ids("\"\(evidence)\"", in: .regulation).contains(catalog.regulations[0].id))
    }

    func testParseErrorsKeepTheLastResults() {
        var engine = FilterEngine(index: QueryFixture.index)
        XCTAssertNil(engine.update("jingdong"))
        let error = engine.update("jingdong \"chat")
        XCTAssertEqual(error?.position, 9)
        XCTAssertEqual(engine.error, error)
        XCTAssertEqual(engine.result.query.text, "jingdong")
        XCTAssertEqual(engine.result.count(in: .organisation), 1)
        XCTAssertNil(engine.update("jingdong \"chatjd\""))
        XCTAssertNil(engine.error)
        XCTAssertEqual(engine.result.count(in: .organisation), 1)
    }
}
