import AIWatchTestSupport
import XCTest

@testable import AIWatchData

/// A link's or a date's basis is checked as it is read: a located message for a basis that is neither word, an
/// inference without its reason, a statement with one, a reason longer than a short sentence, and a date whose
/// span runs backwards or that has no phrase yet claims to be stated.
final class BasisProblemTests: XCTestCase {
    /// The bundled files with `name` replaced by `text`: the problems the loader finds.
    private func problems(_ name: String, _ text: String) -> [String] {
        loaderProblems(name, text)
    }

    private func bundled(_ name: String) -> String {
        String(decoding: CatalogLoader.bundledFiles().first { $0.name == name }!.bytes, as: UTF8.self)
    }

    /// The problems of the bundled data with the first `target` of `name` replaced by `replacement`.
    private func problems(_ name: String, replacing target: String, with replacement: String) -> [String] {
        let text = bundled(name)
        guard let range = text.range(of: target) else {
            XCTFail("\(name) has no \(target)")
            return []
        }
        return problems(name, text.replacingCharacters(in: range, with: replacement))
    }

    private let firstLink = "{\n        \"id\": \"baidu\",\n        \"basis\": \"inferred\",\n        \"reason\": \"The article names no firm these rules bind, only that such rules could reach ChatGPT-style technology; linked as a firm that announced ChatGPT-style plans.\"\n      }"

    func testBundledLinksCarryTheirBasis() throws {
        let catalog = try CatalogLoader.bundled()
        let rule = try XCTUnwrap(catalog.regulations.first { $0.id == "deep-synthesis-regulation" })
        XCTAssertEqual(rule.affects.map(\.id), ["baidu", "alibaba", "alibaba-cloud", "jd-com", "netease", "youdao"])
        XCTAssertTrue(rule.affects.allSatisfy { $0.basis.isInferred }, "the article names no firm the rule binds")
        let access = try XCTUnwrap(catalog.regulations.first { $0.id == "chatgpt-not-blocked" })
        XCTAssertEqual(access.affects, [Link(id: "openai", basis: .stated)])
        let chatJD = try XCTUnwrap(catalog.organisations.flatMap(\.products).first { $0.id == "chatjd" })
        XCTAssertEqual(chatJD.organisation.id, "jd-com")
        XCTAssertTrue(chatJD.organisation.basis.isInferred, "the article credits ChatJD to an unnamed e-commerce company")
        let ernie = try XCTUnwrap(catalog.organisations.flatMap(\.products).first { $0.id == "baidu-chatgpt-style-product" })
        XCTAssertEqual(ernie.organisation, Link(id: "baidu", basis: .stated))
    }

    func testBundledDatesAreSpansOrPointsAndNeverWordsThatAreNoDate() throws {
        let catalog = try CatalogLoader.bundled()
        let decade = try XCTUnwrap(catalog.events.first { $0.id == "china-ai-leadership-decade" }).date
        XCTAssertEqual([decade.date, decade.end], ["2013", "2023"])
        XCTAssertEqual(decade.phrase, "Over the last decade")
        XCTAssertEqual(decade.display, "~2013–2023")
        let lags = try XCTUnwrap(catalog.events.first { $0.id == "china-lags-in-ai-chatbots" }).date
        XCTAssertNil(lags.phrase, "“lags behind” is not a date")
        XCTAssertTrue(lags.basis.isInferred)
        let lastMonth = try XCTUnwrap(catalog.regulations.first { $0.id == "deep-synthesis-regulation" }?.date)
        XCTAssertEqual(lastMonth.basis.reason, "“Last month” read against the article's publication month, February 2023.")
        let wudao = try XCTUnwrap(catalog.organisations.flatMap(\.products).first { $0.id == "wudao-2-0" })
        XCTAssertEqual(wudao.status, .developed, "the article says it was developed, and nothing of its availability")
    }

    func testABasisThatIsNeitherWordIsLocated() {
        let found = problems("regulations.json", replacing: "\"id\": \"baidu\",\n        \"basis\": \"inferred\"", with: "\"id\": \"baidu\",\n        \"basis\": \"guessed\"")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].contains("regulations[0].affects[0].basis (record \"deep-synthesis-regulation\"): expected one of stated, inferred, found \"guessed\""), found[0])
        XCTAssertTrue(found[0].hasPrefix("regulations.json:"), found[0])
    }

    func testAnInferenceNeedsItsReason() {
        let bare = "{\n        \"id\": \"baidu\",\n        \"basis\": \"inferred\"\n      }"
        let found = problems("regulations.json", replacing: firstLink, with: bare)
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].contains("regulations[0].affects[0] (record \"deep-synthesis-regulation\"): missing required field \"reason\""), found[0])
    }

    func testAStatementTakesNoReason() {
        let stated = "{\n        \"id\": \"baidu\",\n        \"basis\": \"stated\",\n        \"reason\": \"because\"\n      }"
        let found = problems("regulations.json", replacing: firstLink, with: stated)
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].contains("regulations[0].affects[0].reason (record \"deep-synthesis-regulation\"): a stated basis takes no reason"), found[0])
    }

    func testAReasonIsAShortSentence() {
        let long = String(repeating: "why ", count: 70)
        let link = "{\"id\": \"baidu\", \"basis\": \"inferred\", \"reason\": \"\(long)\"}"
        let found = problems("regulations.json", replacing: firstLink, with: link)
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].contains("regulations[0].affects[0].reason (record \"deep-synthesis-regulation\"): 280 characters, at most 200"), found[0])
        let fits = "{\"id\": \"baidu\", \"basis\": \"inferred\", \"reason\": \"\(String(repeating: "y", count: 200))\"}"
        XCTAssertEqual(problems("regulations.json", replacing: firstLink, with: fits), [])
    }

    func testALinkMustNameAnOrganisation() {
        let found = problems("regulations.json", replacing: "\"id\": \"baidu\",\n        \"basis\"", with: "\"id\": \"chatgpt\",\n        \"basis\"")
        XCTAssertTrue(found.contains { $0.contains("regulations[0].affects[0].id (record \"deep-synthesis-regulation\"): unknown organisation id \"chatgpt\"") }, "\(found)")
    }

    func testAProductsOrganisationIsTheOneItIsListedUnder() {
        let found = problems("companies.json", replacing: "\"id\": \"baidu\",\n          \"basis\"", with: "\"id\": \"alibaba\",\n          \"basis\"")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].contains("companies[0].products[0].organisation.id (record \"baidu-chatgpt-style-product\"): a product's organisation is the one it is listed under, \"baidu\", found \"alibaba\""), found[0])
        let missing = problems("companies.json", replacing: "\"organisation\": {\n          \"id\": \"baidu\",\n          \"basis\": \"stated\"\n        },\n", with: "")
        XCTAssertTrue(missing.contains { $0.contains("companies[0].products[0] (record \"baidu-chatgpt-style-product\"): missing required field \"organisation\"") }, "\(missing)")
    }

    func testDatesCarryABasisAndSpansRunForwards() {
        let noBasis = problems("events.json", replacing: "\"approximate\": true,\n      \"basis\": \"inferred\",\n      \"reason\": \"A ten-year span counted back from the article's publication in 2023.\"", with: "\"approximate\": true")
        XCTAssertTrue(noBasis.contains { $0.contains("events[0].date (record \"china-ai-leadership-decade\"): missing required field \"basis\"") }, "\(noBasis)")
        let backwards = problems("events.json", replacing: "\"end\": \"2023\"", with: "\"end\": \"2012\"")
        XCTAssertEqual(backwards.count, 1, "\(backwards)")
        XCTAssertTrue(backwards[0].contains("events[0].date.end (record \"china-ai-leadership-decade\"): a span ends no earlier than it starts (\"2013\"), found \"2012\""), backwards[0])
        let badEnd = problems("events.json", replacing: "\"end\": \"2023\"", with: "\"end\": \"soon\"")
        XCTAssertTrue(badEnd.contains { $0.contains("events[0].date.end (record \"china-ai-leadership-decade\"): expected YYYY, YYYY-MM or YYYY-MM-DD, found \"soon\"") }, "\(badEnd)")
    }

    func testADateWithoutWordsIsThePlacingOfTheCompilers() {
        let text = bundled("events.json")
        let lags = text.range(of: "\"reason\": \"The article gives the claim no date")!
        // Turn the phrase-less date's inference into a claim that it is stated.
        let start = text[..<lags.lowerBound].range(of: "\"basis\": \"inferred\",\n      ", options: .backwards)!
        let lineEnd = text[lags.lowerBound...].firstIndex(of: "\n")!
        let edited = text.replacingCharacters(in: start.lowerBound..<lineEnd, with: "\"basis\": \"stated\"")
        let found = problems("events.json", edited)
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found[0].contains("(record \"china-lags-in-ai-chatbots\"): a date without a phrase is placed by the compilers: its basis must be \"inferred\""), found[0])
    }
}
