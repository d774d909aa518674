import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class CatalogEncoderTests: XCTestCase {
    /// What the benchmark writes must load back as the same records: a schema change that the encoder misses
    /// would otherwise benchmark a different catalog than the one it measures.
    func testBundledCatalogRoundTrips() throws {
        let bundled = try CatalogLoader.bundled()
        let reloaded = try CatalogLoader.load(files: CatalogEncoder.files(bundled), pinyin: bundled.pinyin)
        XCTAssertEqual(reloaded.sources, bundled.sources)
        XCTAssertEqual(reloaded.organisations, bundled.organisations)
        XCTAssertEqual(reloaded.regulations, bundled.regulations)
        XCTAssertEqual(reloaded.statistics, bundled.statistics)
        XCTAssertEqual(reloaded.people, bundled.people)
        XCTAssertEqual(reloaded.events, bundled.events)
    }

    func testSyntheticCatalogRoundTrips() throws {
        let synthetic = SyntheticCatalog.make(records: 300, seed: 7)
        let reloaded = try CatalogLoader.load(files: CatalogEncoder.files(synthetic), pinyin: synthetic.pinyin)
        XCTAssertEqual(reloaded.organisations, synthetic.organisations)
        XCTAssertEqual(reloaded.events, synthetic.events)
    }

    func testWrittenFilesReadLikeTheBundledOnes() throws {
        let companies = try XCTUnwrap(CatalogEncoder.files(try CatalogLoader.bundled()).first { $0.name == "companies.json" })
        let text = String(decoding: companies.bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("[\n  {\n    \"id\": \"baidu\",\n    \"name\": \"Baidu\",\n    \"nameZh\": \"百度\",\n"), text)
        XCTAssertTrue(text.contains("\"sectors\": [],"), "empty arrays stay on one line")
        XCTAssertTrue(text.hasSuffix("\n]\n"))
    }
}
