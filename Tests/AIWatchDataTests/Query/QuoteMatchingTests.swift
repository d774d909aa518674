import AIWatchTestSupport
import XCTest

@testable import AIWatchData

/// A filter finds the quotes themselves: each quote is judged by its own words, speaker and fields, not by
/// everything its speaker said.
final class QuoteMatchingTests: XCTestCase {
    /// The ids of the quotes `text` asks for, among those of every person.
    private func quotes(_ text: String) -> [String] {
        guard case .success(let query) = QueryParser.parse(text) else { XCTFail("\(text) does not parse"); return [] }
        let catalog = QueryFixture.catalog
        return catalog.people.indices.flatMap { i in
            catalog.people[i].quotes.indices.filter { QuoteMatching.matches(query, person: i, quote: $0, catalog: catalog) }
                .map { catalog.people[i].quotes[$0].id }
        }
    }

    func testAPersonFieldFindsTheirQuotes() {
        XCTAssertEqual(quotes("person:triolo"), ["triolo-regulatory-focus", "triolo-unique-challenges", "triolo-search-engine", "triolo-not-surprised"])
        XCTAssertEqual(quotes("triolo"), quotes("person:triolo"), "the speaker's name is a quote's own")
    }

    func testAWordFindsOnlyTheQuotesThatSayIt() {
        // His summary says ChatGPT, so the index finds Triolo for the word; of his quotes, one says it.
        XCTAssertEqual(quotes("person:triolo chatgpt"), ["triolo-unique-challenges"])
        XCTAssertEqual(quotes("person:triolo -chatgpt"), ["triolo-regulatory-focus", "triolo-search-engine", "triolo-not-surprised"])
    }

    func testFieldsOfTheQuoteItself() {
        XCTAssertEqual(quotes("about:google"), ["triolo-search-engine"])
        XCTAssertEqual(quotes("source:techwireasia"), ["bmbeit-official-new-paths", "bmbeit-official-progress"])
        XCTAssertEqual(quotes("id:sun-careful"), ["sun-careful"])
        XCTAssertEqual(quotes("affiliation:albright | role:law").count, 6, "Triolo's four and Winston Ma's two")
        XCTAssertEqual(quotes("sector:finance"), [], "a field a quote does not have never matches it")
        XCTAssertEqual(quotes("").count, 11)
    }
}
