import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchApp

/// A citation carries what a briefing needs: the words, who or what they are about, the sources with their URLs,
/// and the view string that reopens the record.
final class CitationTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func ref(_ id: String) -> RecordRef { env.catalog.locate(id)! }

    func testARecordIsCitedByNameSummarySourcesAndView() {
        let citation = Citation(ref("baidu"), view: "companies#baidu", catalog: env.catalog)
        let text = citation.text(.md)
        XCTAssertTrue(text.hasPrefix("**Baidu**: One of the Chinese tech giants"), text)
        XCTAssertTrue(text.contains("[Tech Wire Asia, Feb 2023](https://techwireasia.com/"), text)
        XCTAssertTrue(text.contains("CNBC (republished rewrite), Feb 2023"), text)
        XCTAssertTrue(text.hasSuffix("aiwatch view: `companies#baidu`\n"), text)
        XCTAssertTrue(citation.text(.txt).hasPrefix("Baidu: One of the Chinese tech giants"))
    }

    func testAQuoteIsCitedVerbatimWithItsSpeaker() throws {
        let citation = Citation(ref("triolo-unique-challenges"), view: "people#triolo-unique-challenges!", catalog: env.catalog)
        XCTAssertEqual(citation.quote, "ChatGPT poses some unique challenges for Beijing.")
        XCTAssertEqual(citation.sources.map(\.citation), ["CNBC (republished rewrite), Feb 2023"])
        let json = try JSONSerialization.jsonObject(with: Data(citation.text(.json).utf8)) as? [String: Any]
        XCTAssertEqual(json?["quote"] as? String, citation.quote)
        XCTAssertEqual(json?["attribution"] as? String, "Paul Triolo, Head of technology policy, Albright Stonebridge")
        XCTAssertNil(json?["summary"], "a quote has no summary")
        XCTAssertEqual(json?["view"] as? String, "people#triolo-unique-challenges!")
    }

    func testCKeyCitesTheHighlightedLinkOrTheSelectedRow() {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        guard case .cite(let text, let record)? = Update.update(.key(.character("c")), state: &state, env: env).first else {
            return XCTFail("c asks the runtime to put a citation somewhere")
        }
        XCTAssertEqual(record, "Baidu")
        XCTAssertTrue(text.contains("`dashboard#baidu`"), text)
        for key in [Key.enter, .down] { Update.update(.key(key), state: &state, env: env) }
        let link = DetailView.page(state, catalog: env.catalog)?.position.link
        XCTAssertNotNil(link)
        guard case .cite(_, let linked)? = Update.update(.key(.character("c")), state: &state, env: env).first else { return XCTFail() }
        XCTAssertEqual(linked, env.catalog.name(of: env.catalog.id(of: env.catalog.related(to: ref("baidu"))[link!])))
        Update.update(.citationCopied(record: "Baidu"), state: &state, env: env)
        XCTAssertTrue(state.message?.hasPrefix("Copied a citation of Baidu") == true)
    }

    func testNothingFromTheDataReachesACitationAsAControlSequence() throws {
        let catalog = try HostilePayloads.catalog()
        for index in catalog.organisations.indices {
            let citation = Citation(.organisation(index), view: "companies", catalog: catalog)
            for format in CitationFormat.allCases {
                // Its own line breaks aside, nothing in the text is a control character.
                let text = citation.text(format).replacingOccurrences(of: "\n", with: "")
                XCTAssertNil(HostilePayloads.firstControl(in: text), "\(format): \(text)")
            }
        }
    }
}
