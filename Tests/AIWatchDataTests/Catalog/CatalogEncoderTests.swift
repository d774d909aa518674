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
        XCTAssertEqual(reloaded.regulations, synthetic.regulations)
        XCTAssertEqual(reloaded.events, synthetic.events)
        let links = synthetic.regulations.flatMap(\.affects) + synthetic.organisations.flatMap(\.products).map(\.organisation)
        XCTAssertTrue(links.contains { $0.basis.isInferred } && links.contains { !$0.basis.isInferred }, "both kinds of link are written and read")
        XCTAssertTrue(synthetic.events.contains { $0.date.basis.isInferred }, "and inferred dates")
    }

    func testTheBundledLinksAndDatesAreWrittenAsTheDataFolderHasThem() throws {
        let written = CatalogEncoder.files(try CatalogLoader.bundled())
        for name in ["regulations.json", "companies.json", "events.json"] {
            let file = try XCTUnwrap(written.first { $0.name == name })
            let bundled = try XCTUnwrap(CatalogLoader.bundledFiles().first { $0.name == name })
            XCTAssertEqual(String(decoding: file.bytes, as: UTF8.self), String(decoding: bundled.bytes, as: UTF8.self), name)
        }
    }

    func testWrittenFilesReadLikeTheBundledOnes() throws {
        let companies = try XCTUnwrap(CatalogEncoder.files(try CatalogLoader.bundled()).first { $0.name == "companies.json" })
        let text = String(decoding: companies.bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("[\n  {\n    \"id\": \"baidu\",\n    \"name\": \"Baidu\",\n    \"nameZh\": \"百度\",\n"), text)
        XCTAssertTrue(text.contains("\"sectors\": [],"), "empty arrays stay on one line")
        XCTAssertTrue(text.hasSuffix("\n]\n"))
    }
}
