import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// Typing narrows from earlier results; whatever path the typing takes, the panes must show exactly what a fresh
/// search for the same line shows.
final class IncrementalNarrowingTests: XCTestCase {
    private static let synthetic = SearchIndex(SyntheticCatalog.make(records: 1_500, seed: 11))

    private let vocabulary = [
        "jingdong", "jing dong", "baidu", "京东", "cloud", "chat", "beijing", "ai", "regulation", "-cloud", "-chat",
        "sector:finance", "sector:e", "regulator:cac", "regulator:org-1", "source:cnbc", "source:reuters",
        "year:2023", "year:20", "kind:policy", "\"alibaba cloud\"", "\"language model\"", "-\"open source\"",
        "|", "OR", "status:released", "person:wang", "about:org-2", "Café", "ｃｌｏｕｄ", "-year:2021", "name:tian",
    ]

    private func ids(_ result: FilterResult) -> [[RecordRef]] {
        RecordKind.allCases.map { Array(result.matches(in: $0)) }
    }

    private func check(_ line: String, index: SearchIndex, random: inout SplitMix64) {
        var engine = FilterEngine(index: index)
        var typed = ""
        for character in line {
            typed.append(character)
            engine.update(typed)
            // Now and then, take a character back, as people do.
            if Int.random(in: 0..<10, using: &random) == 0 {
                engine.update(String(typed.dropLast()))
                engine.update(typed)
            }
            guard engine.error == nil else { continue }
            let fresh = FilterEngine(index: index).results(for: typed)
            guard case .success(let expected) = fresh else { return XCTFail("\(typed) parsed live but not fresh") }
            XCTAssertEqual(ids(engine.result), ids(expected), "typing \(typed.debugDescription)")
            XCTAssertEqual(engine.result.count, expected.count)
        }
    }

    func testTypingGivesTheSameResultsAsAFreshSearch() {
        var random = SplitMix64(seed: 42)
        for round in 0..<40 {
            let words = (0..<Int.random(in: 1...4, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
            let line = words.joined(separator: " ")
            check(line, index: round % 2 == 0 ? QueryFixture.index : IncrementalNarrowingTests.synthetic, random: &random)
        }
    }

    func testExtendingAQuerySearchesOnlyThePreviousMatches() {
        var engine = FilterEngine(index: IncrementalNarrowingTests.synthetic)
        engine.update("chat")
        XCTAssertEqual(engine.examined, IncrementalNarrowingTests.synthetic.count)
        let chat = engine.result.count
        engine.update("chatb")
        XCTAssertEqual(engine.examined, chat, "a grown word searches the last matches")
        let chatb = engine.result.count
        engine.update("chatb beijing")
        XCTAssertEqual(engine.examined, chatb, "an added word searches the last matches")
        let beijing = engine.result.count
        engine.update("chatb beijing -c")
        let beforeExclusion = engine.result.count
        engine.update("chatb beijing -cl")
        XCTAssertEqual(engine.examined, beijing, "a grown exclusion starts again from the last query it narrows")
        XCTAssertGreaterThanOrEqual(engine.result.count, beforeExclusion)
        engine.update("chatb beijing -cl ")
        XCTAssertEqual(engine.examined, 0, "a trailing space changes nothing, so nothing is searched")
    }

    func testImplicationRules() {
        func query(_ text: String) -> Query {
            guard case .success(let query) = QueryParser.parse(text) else { fatalError(text) }
            return query
        }
        XCTAssertTrue(query("jingdong").implies(query("jing")))
        XCTAssertTrue(query("a b").implies(query("a")))
        XCTAssertTrue(query("-clou").implies(query("-cloud")))
        XCTAssertFalse(query("-cloud").implies(query("-clou")))
        XCTAssertTrue(query("sector:fin").implies(query("sector:f")))
        XCTAssertFalse(query("sector:fin").implies(query("fin")), "a field and the text are searched apart")
        XCTAssertTrue(query("a").implies(query("a | b")))
        XCTAssertFalse(query("a | b").implies(query("a")))
        XCTAssertTrue(query("ab | cd").implies(query("a | c")))
    }
}
