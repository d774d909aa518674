import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class SearchIndexTests: XCTestCase {
    private let index = QueryFixture.index
    private let catalog = QueryFixture.catalog

    func testOneDocumentPerTopLevelRecordGroupedByPane() {
        XCTAssertEqual(index.documents(in: .organisation).count, catalog.organisations.count)
        XCTAssertEqual(index.documents(in: .person).count, catalog.people.count)
        XCTAssertEqual(index.documents(in: .organisation ... .statistic).count, catalog.organisations.count + catalog.regulations.count + catalog.statistics.count)
        for document in 0..<index.count {
            XCTAssertEqual(index.document(of: index.record(document)), document)
        }
        XCTAssertEqual(index.document(of: .quote(person: 1, index: 0)), index.document(of: .person(1)))
    }

    func testDocumentsHoldFoldedNamesPinyinAndSeparatedFields() {
        let jd = index.document(of: .organisation(catalog.organisations.firstIndex { $0.id == "jd-com" }!))
        let text = String(decoding: index.storage.documentText(jd).map { $0 == 0 ? UInt8(ascii: "|") : $0 }, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("jd.com|京东|jing dong|jingdong|"), text)
        XCTAssertTrue(text.contains("chatjd"))
    }

    func testCompletionsOfferFieldsAndTheirValues() {
        XCTAssertEqual(index.completions(forPrefix: "sec"), ["sector:"])
        XCTAssertEqual(index.completions(forPrefix: "sector:fi"), ["sector:finance"])
        XCTAssertEqual(index.completions(forPrefix: "-Sector:cl"), ["-sector:\"cloud computing\""])
        XCTAssertEqual(index.completions(forPrefix: "kind:reg"), ["kind:regulation", "kind:regulator"])
        XCTAssertEqual(index.completions(forPrefix: "colour:r"), [])
        XCTAssertTrue(index.completions(forPrefix: "year:").contains("year:2023"))
    }

    func testIndexIsCompact() {
        let synthetic = SearchIndex(SyntheticCatalog.make(records: 5_000, seed: 2))
        XCTAssertLessThan(synthetic.byteCount / synthetic.count, 1_000, "bytes per record")
    }
}
