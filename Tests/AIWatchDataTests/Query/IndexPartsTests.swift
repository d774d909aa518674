import AIWatchTestSupport
import XCTest

@testable import AIWatchData

final class IndexPartsTests: XCTestCase {
    private static let catalog = SyntheticCatalog.make(records: 10_000, seed: 7).completingPinyin()
    private static let serial = SearchIndex(catalog, parts: 1)

    /// An index folded in parts on several threads is the serial one: the same text, value ids and value table,
    /// however many parts, including parts that split a kind of record or hold only a few records.
    func testAnIndexBuiltInPartsIsTheSerialIndex() {
        for parts in [2, 3, 7, 16] {
            let parallel = SearchIndex(Self.catalog, parts: parts)
            XCTAssertEqual(parallel.kindStarts, Self.serial.kindStarts, "\(parts) parts")
            XCTAssertEqual(parallel.storage, Self.serial.storage, "\(parts) parts: the documents")
            XCTAssertEqual(parallel.values, Self.serial.values, "\(parts) parts: the facet values")
            XCTAssertTrue(parallel.isBuilt)
        }
    }

    /// What a user sees: every query finds the same records, and completions offer the same values.
    func testAnIndexBuiltInPartsFindsWhatTheSerialIndexFinds() throws {
        let parallel = FilterEngine(index: SearchIndex(Self.catalog, parts: 2))
        let serial = FilterEngine(index: Self.serial)
        let words = SyntheticVocabulary.sectors.prefix(6) + SyntheticVocabulary.syllables.prefix(12).map(\.pinyin) + SyntheticVocabulary.companySuffixes.prefix(4)
        let queries = words.map { $0.lowercased() } + words.map { "sector:\"\($0)\"" } + [
            "sector:finance jingdong -cloud", "baidu | xiaomi \"language model\"", "regulator:tian year:2023 -draft",
            "kind:company", "kind:regulator", "year:2020", "status:draft", "source:source-1", "affects:org-1", "京东",
        ]
        var matched = 0
        for query in queries {
            let expected = try serial.results(for: query).get()
            let found = try parallel.results(for: query).get()
            XCTAssertEqual(found.matches(in: .organisation ... .source).map { $0 }, expected.matches(in: .organisation ... .source).map { $0 }, query)
            matched += expected.count
        }
        XCTAssertGreaterThan(matched, 3_000, "the queries find records")
        for prefix in ["sector:", "kind:", "regulator:", "year:2", "name:j", "affiliation:"] {
            XCTAssertEqual(parallel.index.completions(forPrefix: prefix), serial.index.completions(forPrefix: prefix), prefix)
        }
    }
}
