import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// A search too large for one frame waits for the background; the panes keep the last results meanwhile, and show
/// the new ones only if the filter line still asks for them.
final class BackgroundSearchTests: XCTestCase {
    private static let index = SearchIndex(SyntheticCatalog.make(records: 1_500, seed: 11))

    private func engine() -> FilterEngine {
        var engine = FilterEngine(index: Self.index)
        engine.backgroundAbove = 100
        return engine
    }

    private func expected(_ line: String) throws -> FilterResult {
        try FilterEngine(index: Self.index).results(for: line).get()
    }

    func testALargeSearchWaitsAndItsResultsAreAdopted() throws {
        var engine = engine()
        engine.update("chat")
        XCTAssertNotNil(engine.waiting, "every document would be examined: left for the background")
        XCTAssertEqual(engine.result.count, Self.index.count, "the panes still show everything")
        XCTAssertTrue(engine.adoptSearch(engine.searchingWaiting()))
        XCTAssertNil(engine.waiting)
        XCTAssertEqual(engine.result.documents, try expected("chat").documents)
    }

    func testALineThatStoppedParsingKeepsItsError() throws {
        var engine = engine()
        engine.update("chat")
        let running = engine.searchingWaiting()
        engine.update("chat \"open")
        XCTAssertNotNil(engine.error)
        XCTAssertTrue(engine.adoptSearch(running), "the last query that parsed is still chat")
        XCTAssertNotNil(engine.error, "the error of the line as it is now stays")
    }

    func testAnOutdatedSearchIsKeptToNarrowFrom() throws {
        var engine = engine()
        engine.update("chat")
        let running = engine.searchingWaiting()
        // Typed while "chat" was searched: narrower, but it cannot narrow from results not yet in.
        engine.update("chat -cloud")
        XCTAssertFalse(engine.adoptSearch(running), "the results of a query no longer typed are not shown")
        XCTAssertEqual(engine.result.count, Self.index.count)
        XCTAssertTrue(engine.adoptSearch(engine.searchingWaiting()))
        XCTAssertEqual(engine.result.documents, try expected("chat -cloud").documents)
        XCTAssertLessThan(engine.examined, Self.index.count, "it narrowed from the earlier results")
    }
}
