import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class SyntheticCatalogTests: XCTestCase {
    func testSameSeedSameCatalog() {
        let first = SyntheticCatalog.make(records: 500, seed: 3)
        let second = SyntheticCatalog.make(records: 500, seed: 3)
        XCTAssertEqual(first.organisations, second.organisations)
        XCTAssertEqual(first.people, second.people)
        XCTAssertEqual(first.events, second.events)
        XCTAssertNotEqual(first.organisations, SyntheticCatalog.make(records: 500, seed: 4).organisations)
    }

    func testRecordsAreSpreadAcrossEveryKind() {
        let catalog = SyntheticCatalog.make(records: 10_000, seed: 1)
        let index = SearchIndex(catalog)
        XCTAssertEqual(index.count, 10_000)
        for pane in RecordKind.allCases {
            XCTAssertGreaterThanOrEqual(index.documents(in: pane).count, 500, "\(pane) has too few records")
        }
        XCTAssertEqual(SearchIndex(SyntheticCatalog.make(records: 1, seed: 1)).documents(in: .source).count, 1)
    }

    func testEveryReferenceResolves() {
        let catalog = SyntheticCatalog.make(records: 2_000, seed: 9)
        var referenced: [String] = []
        for organisation in catalog.organisations {
            referenced += organisation.evidence.map(\.source) + organisation.products.compactMap(\.unit)
        }
        for regulation in catalog.regulations {
            referenced += regulation.issuedBy + regulation.overseenBy + regulation.affects.map(\.id) + regulation.evidence.map(\.source)
        }
        for statistic in catalog.statistics { referenced += statistic.about + statistic.evidence.map(\.source) }
        for person in catalog.people {
            referenced += [person.affiliation] + person.quotes.flatMap { $0.about + [$0.source] }
        }
        for event in catalog.events { referenced += event.related }
        for id in referenced { XCTAssertNotNil(catalog.locate(id), "\(id) does not resolve") }
        XCTAssertEqual(catalog.counts.map(\.count).reduce(0, +) > 2_000, true)
    }

    func testChineseNamesHavePinyinThatFindsThem() {
        let catalog = SyntheticCatalog.make(records: 1_000, seed: 5)
        let index = SearchIndex(catalog)
        let named = catalog.organisations.enumerated().filter { $0.element.nameZh != nil }
        XCTAssertGreaterThan(named.count, 200)
        for (i, organisation) in named.prefix(20) {
            let pinyin = catalog.pinyin[organisation.nameZh!]!
            for query in [pinyin.filter { $0 != " " }, "\"\(pinyin)\"", organisation.nameZh!] {
                XCTAssertTrue(QueryFixture.result(query, in: index).contains(.organisation(i)), "\(query) misses \(organisation.name)")
            }
        }
    }
}
