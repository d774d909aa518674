import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The caption cites the sources behind what is shown, each once, and stays one readable line however many there are.
final class ProvenanceTests: XCTestCase {
    func testACaptionNamesAFewSourcesAndCountsTheRest() {
        let sources = (1...10).map { "Publisher \($0), Feb 2023" }
        let caption = Provenance(pane: "Companies", filter: "", matched: 10, total: 10, sources: sources, dataDate: "2023-02").caption
        XCTAssertTrue(caption.contains("Sources: " + sources.prefix(6).joined(separator: "; ") + " and 4 more · "), caption)
        XCTAssertFalse(caption.contains("Publisher 7"))
        let few = Provenance(pane: "Companies", filter: "", matched: 1, total: 1, sources: Array(sources.prefix(6)), dataDate: "2023-02").caption
        XCTAssertTrue(few.contains(sources[5] + " · data as of"), few)
    }

    func testSourcesAreCitedOnceEachInCatalogOrder() {
        let catalog = SyntheticCatalog.make(records: 3_000, seed: 4)
        let env = Environment.standard(catalog)
        let state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        let citations = Provenance(of: state, catalog: catalog).sources
        XCTAssertEqual(Set(citations).count, citations.count, "no citation twice")
        let order = catalog.sources.map(\.citation)
        let positions = citations.map { citation in order.firstIndex(of: citation)! }
        XCTAssertEqual(positions, positions.sorted(), "in the order of the sources")
        XCTAssertLessThan(citations.count, catalog.sources.count, "sources alike in publisher and month are cited once")
    }
}
