import XCTest
@testable import AIWatchCore

/// What a user sees in each pane when filtering the bundled knowledge base.
final class FilterMatchingTests: XCTestCase {
    private let catalog = QueryFixture.catalog

    func testCaseAndAccentsDoNotMatter() {
        XCTAssertEqual(QueryFixture.allIDs("BAIDU"), QueryFixture.allIDs("baidu"))
        XCTAssertTrue(QueryFixture.ids("BAIDU", in: .companies).contains("baidu"))
        XCTAssertEqual(QueryFixture.allIDs("Bèijíng"), QueryFixture.allIDs("beijing"))
        XCTAssertFalse(QueryFixture.allIDs("beijing").isEmpty)
    }

    func testFullwidthLettersMatchPlainOnes() {
        XCTAssertEqual(QueryFixture.allIDs("ｃｌｏｕｄ"), QueryFixture.allIDs("cloud"))
        XCTAssertTrue(QueryFixture.ids("ｃｌｏｕｄ", in: .companies).contains("alibaba-cloud"))
    }

    func testPinyinFindsChineseNamesJoinedOrSpaced() {
        XCTAssertEqual(QueryFixture.ids("jingdong", in: .companies), ["jd-com"])
        XCTAssertEqual(QueryFixture.allIDs("jingdong"), ["jd-com"])
        XCTAssertTrue(QueryFixture.ids("jing dong", in: .companies).contains("jd-com"))
        XCTAssertEqual(QueryFixture.ids("\"jing dong\"", in: .companies), ["jd-com"])
        XCTAssertEqual(QueryFixture.ids("baidu", in: .companies).first, "baidu")
        XCTAssertTrue(Set(QueryFixture.ids("alibaba", in: .companies)).isSuperset(of: ["alibaba", "alibaba-cloud"]))
    }

    func testChineseNamesFindTheirOrganisation() {
        XCTAssertEqual(QueryFixture.allIDs("京东"), ["jd-com"])
        XCTAssertEqual(QueryFixture.allIDs("百度"), ["baidu"])
        XCTAssertEqual(QueryFixture.ids("网易", in: .companies), ["netease", "youdao"], "网易有道 contains 网易")
    }

    func testAQueryMatchingOnlyJDShowsOneCompany() {
        let result = QueryFixture.result("jingdong")
        XCTAssertEqual(result.title(of: .companies), "Companies 1/16")
        XCTAssertEqual(result.title(of: .regulations), "Regulations 0/15")
        XCTAssertEqual(result.count(in: .dashboard), 1)
        XCTAssertEqual(result.total(in: .dashboard), 16 + 15 + 5)
        XCTAssertTrue(result.contains(.product(organisation: 3, index: 0)), "ChatJD belongs to a matching company")
    }

    func testEmptyQueryShowsEverythingWithPlainTitles() {
        let result = QueryFixture.result("  ")
        for pane in SearchIndex.documentPanes { XCTAssertEqual(result.count(in: pane), result.total(in: pane)) }
        XCTAssertEqual(result.title(of: .people), "People")
        XCTAssertEqual(result.count(in: .timeline), catalog.events.count)
    }

    func testSectorLeavesCompaniesOnly() {
        let result = QueryFixture.result("sector:finance")
        XCTAssertEqual(result.matches(in: .companies).map { QueryFixture.id(of: $0) }, ["jd-com"])
        XCTAssertEqual(result.count(in: .regulations), 0, "regulations have no sector, even when their text says finance")
        XCTAssertEqual(result.total(in: .regulations), catalog.regulations.count)
        XCTAssertFalse(QueryFixture.allIDs("finance").subtracting(["jd-com"]).isEmpty, "the bare word finds more")
    }

    func testRegulatorMatchesIssuerOrOverseerByIdOrName() {
        let expected = catalog.regulations.filter { ($0.issuedBy + $0.overseenBy).contains("cac") }.map(\.id)
        XCTAssertEqual(expected.count, 3)
        XCTAssertEqual(QueryFixture.ids("regulator:cac", in: .regulations), expected)
        XCTAssertEqual(QueryFixture.ids("regulator:\"cyberspace administration\"", in: .regulations), expected)
        XCTAssertEqual(QueryFixture.ids("regulator:国家互联网信息办公室", in: .regulations), expected)
        XCTAssertEqual(QueryFixture.result("regulator:cac").count(in: .companies), 0)
    }

    func testSourceMatchesEvidenceSourceByIdOrPublisher() {
        let cited = catalog.organisations.filter { $0.evidence.contains { $0.source == "cnbc" } }.map(\.id)
        XCTAssertEqual(QueryFixture.ids("source:cnbc", in: .companies), cited)
        XCTAssertFalse(cited.contains("bmbeit"))
        XCTAssertEqual(QueryFixture.ids("source:\"tech wire\"", in: .companies), catalog.organisations.filter { $0.evidence.contains { $0.source == "techwireasia" } }.map(\.id))
        XCTAssertEqual(QueryFixture.ids("source:cnbc", in: .sources), ["cnbc"])
    }

    func testYearMatchesAnyDateOnTheRecord() {
        let regulations = catalog.regulations.filter { $0.date?.date.hasPrefix("2023") == true }.map(\.id)
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .regulations), regulations)
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .timeline), catalog.events.filter { $0.date.year == 2023 }.map(\.id))
        let expecting = catalog.organisations.filter { $0.products.contains { $0.expected?.year == 2023 } }.map(\.id)
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .companies), expecting)
        XCTAssertTrue(expecting.isEmpty, "the March previews are expected of most giants, not of each product: that date is a timeline event")
        XCTAssertEqual(QueryFixture.ids("year:2023", in: .sources), ["techwireasia", "cnbc"])
    }

    func testOtherFacets() {
        XCTAssertEqual(QueryFixture.ids("kind:regulator", in: .companies), ["cac"])
        XCTAssertEqual(QueryFixture.ids("kind:access", in: .regulations), ["chatgpt-not-blocked", "openai-china-signup-restriction"])
        XCTAssertEqual(QueryFixture.ids("product:chatjd", in: .companies), ["jd-com"])
        XCTAssertEqual(QueryFixture.ids("id:chatjd", in: .companies), ["jd-com"], "a product id finds its company")
        XCTAssertEqual(QueryFixture.ids("status:released", in: .companies), ["openai"])
        XCTAssertEqual(QueryFixture.ids("status:announced", in: .companies), ["baidu", "jd-com", "netease", "baai"])
        XCTAssertEqual(QueryFixture.ids("affects:openai", in: .regulations), ["chatgpt-not-blocked"])
        XCTAssertEqual(QueryFixture.ids("unit:youdao", in: .companies), ["netease"])
        XCTAssertEqual(QueryFixture.ids("subject:beijing", in: .statistics).count, catalog.statistics.filter { $0.subject.lowercased().contains("beijing") }.count)
        XCTAssertEqual(QueryFixture.ids("affiliation:\"albright stonebridge\"", in: .people), ["paul-triolo"])
        XCTAssertEqual(QueryFixture.ids("person:triolo", in: .people), ["paul-triolo"])
        let about = Set(catalog.people.first { $0.id == "paul-triolo" }!.quotes.flatMap(\.about))
        XCTAssertEqual(Set(QueryFixture.ids("person:triolo", in: .regulations)), about.intersection(catalog.regulations.map(\.id)))
    }

    func testExclusionRemovesMatchingRecords() {
        let withChatGPT = QueryFixture.allIDs("chatgpt")
        let withoutBaidu = QueryFixture.allIDs("chatgpt -baidu")
        XCTAssertTrue(withoutBaidu.isSubset(of: withChatGPT))
        XCTAssertFalse(withoutBaidu.contains("baidu"))
        XCTAssertEqual(withChatGPT.subtracting(withoutBaidu), withChatGPT.intersection(QueryFixture.allIDs("baidu")))
        XCTAssertEqual(QueryFixture.ids("-sector:finance", in: .companies).count, 15)
        XCTAssertEqual(QueryFixture.result("-sector:finance").count(in: .regulations), 15, "records without the field are not excluded")
    }

    func testAlternativesMatchEither() {
        XCTAssertEqual(QueryFixture.allIDs("jingdong | 百度"), ["jd-com", "baidu"])
        XCTAssertEqual(QueryFixture.allIDs("jingdong OR 百度"), ["jd-com", "baidu"])
        XCTAssertEqual(QueryFixture.ids("jingdong | 百度 sector:finance", in: .companies), ["jd-com"], "OR binds tighter than AND")
    }

    func testPhrasesMatchWordsTogetherInOrder() {
        XCTAssertTrue(QueryFixture.ids("\"alibaba cloud\"", in: .companies).contains("alibaba-cloud"))
        XCTAssertFalse(QueryFixture.ids("\"cloud alibaba\"", in: .companies).contains("alibaba-cloud"))
        XCTAssertEqual(QueryFixture.allIDs("\"cyberspace administration of china\""), QueryFixture.allIDs("\"Cyberspace  Administration of CHINA\""))
    }

    func testEvidenceAndQuotesAreSearched() {
        let quote = catalog.people[0].quotes[0].text
        let words = quote.split(separator: " ").prefix(4).joined(separator: " ")
        XCTAssertTrue(QueryFixture.ids("\"\(words)\"", in: .people).contains(catalog.people[0].id))
        let evidence = catalog.regulations[0].evidence[0].quote
        XCTAssertTrue(QueryFixture.ids("\"\(evidence)\"", in: .regulations).contains(catalog.regulations[0].id))
    }

    func testParseErrorsKeepTheLastResults() {
        var engine = FilterEngine(index: QueryFixture.index)
        XCTAssertNil(engine.update("jingdong"))
        let error = engine.update("jingdong \"chat")
        XCTAssertEqual(error?.position, 9)
        XCTAssertEqual(engine.error, error)
        XCTAssertEqual(engine.result.query.text, "jingdong")
        XCTAssertEqual(engine.result.count(in: .companies), 1)
        XCTAssertNil(engine.update("jingdong \"chatjd\""))
        XCTAssertNil(engine.error)
        XCTAssertEqual(engine.result.count(in: .companies), 1)
    }
}
