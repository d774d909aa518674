import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchData

final class BundledDataTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testBundledDataLoadsWithEveryKind() throws {
        let catalog = try CatalogLoader.bundled()
        XCTAssertEqual(catalog.sources.map(\.id).sorted(), ["cnbc", "techwireasia"])
        for name in ["Baidu", "Alibaba", "JD.com", "NetEase"] {
            XCTAssertTrue(catalog.organisations.contains { $0.name == name }, name)
        }
        XCTAssertTrue(catalog.statistics.contains { $0.display == "1,048" })
        XCTAssertEqual(catalog.statistics.first { $0.display == "40,000" }?.qualifier, "more than", "qualifiers are kept")
        XCTAssertFalse(catalog.regulations.isEmpty)
        XCTAssertFalse(catalog.people.isEmpty)
        XCTAssertFalse(catalog.events.isEmpty)
        XCTAssertEqual(catalog.dataDate, "2023-02")
        XCTAssertEqual(catalog.pinyin["京东"], "jing dong", "pinyin is computed at build time")
    }

    func testEmbeddedDataEqualsDataFolderByteForByte() throws {
        let folder = Self.packageRoot.appendingPathComponent("Data")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        let embedded = CatalogLoader.bundledFiles()
        XCTAssertEqual(embedded.map(\.name), onDisk)
        for file in embedded {
            XCTAssertEqual(file.bytes, Array(try Data(contentsOf: folder.appendingPathComponent(file.name))), file.name)
        }
        XCTAssertEqual(CatalogLoader.bundledFieldReference.bytes, Array(try Data(contentsOf: folder.appendingPathComponent("README.md"))),
                       "the field reference init-data writes is Data/README.md")
    }

    /// Every evidence quote is a verbatim span of its article (checked when the articles are beside the project).
    func testEvidenceQuotesAreVerbatim() throws {
        let seeds = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let articles = ["techwireasia": "000_887742b62513b524.txt", "cnbc": "002_17d4be29077eea47.txt"]
        guard FileManager.default.fileExists(atPath: seeds.path) else { throw XCTSkip("the source articles are not beside the project") }
        let texts = try articles.mapValues { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        let catalog = try CatalogLoader.bundled()
        var quotes: [Evidence] = []
        quotes += catalog.sources.flatMap(\.evidence) + catalog.organisations.flatMap(\.evidence) + catalog.regulations.flatMap(\.evidence)
        quotes += catalog.statistics.flatMap(\.evidence) + catalog.people.flatMap(\.evidence) + catalog.events.flatMap(\.evidence)
        quotes += catalog.people.flatMap(\.quotes).map { Evidence(source: $0.source, quote: $0.text) }
        XCTAssertGreaterThan(quotes.count, 50)
        for evidence in quotes {
            let text = try XCTUnwrap(texts[evidence.source], evidence.source)
            XCTAssertTrue(text.contains(evidence.quote.string), "not verbatim in \(evidence.source): \(evidence.quote.string)")
            XCTAssertLessThanOrEqual(evidence.quote.string.count, 400, "a quote is a sentence at most")
        }
    }

    func testLinksResolveBothWays() throws {
        let catalog = try CatalogLoader.bundled()
        let cac = try XCTUnwrap(catalog.locate("cac"))
        let related = catalog.related(to: cac).map { catalog.id(of: $0) }
        XCTAssertTrue(related.contains { $0.contains("deep-synthesis") }, "the regulator links to the rule it oversees: \(related)")
    }
}
