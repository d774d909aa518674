import AIWatchData
import AIWatchTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The brief holds what the filter selects, each item backed by numbered evidence, and its HTML is one page whose
/// every footnote link lands.
final class BriefTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func state(_ filter: String) -> AppState {
        Update.initialState(columns: 120, rows: 40, query: filter, env: env)
    }

    func testABriefHoldsWhatTheFilterSelectsWithQualifiersAndEvidence() {
        let brief = Brief(state("regulator:cac"), catalog: env.catalog, view: "dashboard?q=regulator:cac")
        XCTAssertEqual(brief.rules.map(\.title).first, "Deep synthesis technology regulation")
        XCTAssertTrue(brief.companies.isEmpty && brief.figures.isEmpty, "only what the filter selects")
        XCTAssertTrue(brief.rules[0].facts.contains("Cyberspace Administration of China"), brief.rules[0].facts)
        XCTAssertTrue(brief.rules[0].appliesTo.hasPrefix("The article names no one it binds"), brief.rules[0].appliesTo)
        // Every item cites evidence, and every note is verbatim evidence of the catalog with publisher and month.
        let quotes = Set(env.catalog.regulations.flatMap(\.evidence).map(\.quote.string))
        XCTAssertFalse(brief.rules.contains { $0.notes.isEmpty })
        for note in brief.footnotes {
            XCTAssertTrue(quotes.contains(note.quote), note.quote)
            XCTAssertTrue(note.citation.hasSuffix("Feb 2023"), note.citation)
        }
        XCTAssertEqual(brief.footnotes.map(\.number), Array(1...brief.footnotes.count))

        let all = Brief(state(""), catalog: env.catalog, view: "dashboard")
        XCTAssertTrue(all.figures.contains { $0.figure == "> 40,000 AI talents" }, "qualifiers stay with the numbers")
        XCTAssertTrue(all.speakers.contains { $0.quotes.contains { $0.text == "ChatGPT poses some unique challenges for Beijing." } })
        XCTAssertEqual(all.provenance.matched, all.provenance.total)
        XCTAssertEqual(all.made, HelpText.version.replacingOccurrences(of: "aiwatch", with: "Made with aiwatch") + " · view: dashboard")
    }

    func testTheBriefTellsAStatedLinkOrDateFromAnInferredOneInWords() throws {
        let brief = Brief(state(""), catalog: env.catalog, view: "dashboard")
        let deep = try XCTUnwrap(brief.rules.first { $0.title == "Deep synthesis technology regulation" })
        XCTAssertEqual(deep.linked.map(\.names), [["Baidu", "Alibaba", "JD.com", "NetEase"], ["Alibaba cloud division"], ["Youdao"]],
                       "links that share a reason are read once")
        XCTAssertTrue(deep.linked.allSatisfy { $0.text.hasPrefix("○ ") && $0.text.contains("(inferred: The article names no firm") })
        let access = try XCTUnwrap(brief.rules.first { $0.title == "ChatGPT not officially blocked in China" })
        XCTAssertEqual(access.linked.map(\.text), ["● OpenAI (stated)"])
        XCTAssertTrue(try XCTUnwrap(brief.companies.first { $0.name.hasPrefix("JD.com") }).products[0].contains("○ listed under JD.com by inference"))

        let markdown = Brief.render(.md, state: state(""), catalog: env.catalog)
        XCTAssertTrue(markdown.contains("_● stated in the article; ○ inferred by the data's compilers, with the reason._"), "the legend, in words")
        XCTAssertTrue(markdown.contains("\n    - ● OpenAI (stated)"), markdown)
        XCTAssertTrue(markdown.contains("- **~2013–2023** (“Over the last decade”, ○ inferred): China rises in AI"), "a span, with its phrase")
        XCTAssertTrue(markdown.contains("- **~Feb 2023** (no date words, ○ inferred): Research firm sees China behind"), "no phrase that is not a date")
        XCTAssertTrue(markdown.contains("## Who is affected"), "the grid is in the brief")
        XCTAssertTrue(markdown.contains("| Rule | Baidu | Alibaba | Alibaba cloud division | JD.com | NetEase | Youdao | OpenAI |"), markdown)
        XCTAssertTrue(markdown.contains("| ChatGPT not officially blocked in China | · | · | · | · | · | · | ● stated |"), markdown)
        XCTAssertTrue(markdown.contains("| Deep synthesis technology regulation | ○ inferred |"), markdown)
        let html = Brief.render(.html, state: state(""), catalog: env.catalog)
        XCTAssertTrue(html.contains("<li class=\"stated\">● OpenAI (stated)</li>"), "the HTML says it in words too")
        XCTAssertTrue(html.contains("<th scope=\"col\">Youdao</th>") && html.contains("<td class=\"inferred\">○ inferred</td>"), "the grid as a table")
        XCTAssertFalse(Brief.render(.md, state: state("sector:education"), catalog: env.catalog).contains("## Who is affected"),
                       "no grid where no shown rule is linked to anyone")
        XCTAssertTrue(html.contains("<p class=\"legend muted\">● stated in the article"))
    }

    func testTheHTMLBriefIsWellFormedAndEveryFootnoteLinkLands() throws {
        let html = Brief.render(.html, state: state(""), catalog: env.catalog)
        let document = Outline(html)
        XCTAssertTrue(XMLParser(data: Data(html.utf8)).parse(), "the page parses as well-formed markup")
        XCTAssertFalse(document.links.isEmpty)
        for link in document.links where link.hasPrefix("#") {
            XCTAssertTrue(document.ids.contains(String(link.dropFirst())), "\(link) leads nowhere")
        }
        let notes = document.ids.filter { $0.hasPrefix("note-") }
        XCTAssertEqual(Set(document.links.filter { $0.hasPrefix("#note-") }.map { String($0.dropFirst()) }), notes, "every note is cited")
        XCTAssertFalse(html.contains("<script") || html.contains("src=\"http") || html.contains("<link"), "one self-contained page")
        XCTAssertTrue(html.contains("@media print") && html.contains("@page"), "a print stylesheet")
        XCTAssertTrue(html.contains("百度"), "Chinese names as they are written")
    }

    func testTheMarkdownBriefCitesEveryNoteItDefines() {
        let markdown = Brief.render(.md, state: state("baidu"), catalog: env.catalog)
        let defined = markdown.split(separator: "\n").filter { $0.hasPrefix("[^") }.compactMap { $0.split(separator: "]").first.map { $0 + "]" } }
        XCTAssertFalse(defined.isEmpty)
        for mark in defined {
            XCTAssertGreaterThanOrEqual(markdown.components(separatedBy: String(mark)).count - 1, 2, "\(mark) is defined but not cited")
        }
        XCTAssertTrue(markdown.contains("### Baidu 百度"))
        XCTAssertTrue(markdown.contains("_Made with aiwatch"), markdown)
    }

    func testTextFromTheDataCannotBecomeMarkupOrALink() throws {
        let hostile = try CatalogLoader.load(files: HostilePayloads.files(replacing: { _ in "<script>x</script> [a](javascript:b) | *c*" }), pinyin: [:])
        let environment = Environment.standard(hostile)
        let shown = Update.initialState(columns: 120, rows: 40, query: "", env: environment)
        let html = Brief.render(.html, state: shown, catalog: hostile)
        XCTAssertFalse(html.contains("<script>"), "data is escaped in the page")
        XCTAssertFalse(html.contains("href=\"javascript"), "only web addresses become links")
        let markdown = Brief.render(.md, state: shown, catalog: hostile)
        XCTAssertFalse(markdown.contains("<script>") || markdown.contains("[a](javascript"), "data is escaped in Markdown")
        XCTAssertNil(Brief.link("javascript:alert(1)"))
        XCTAssertEqual(Brief.link("https://example.com/a b<c>"), "https://example.com/a%20b%3Cc%3E")
    }

    func testAnEmptySelectionSaysSo() {
        let brief = Brief(state("nosuchwordanywhere"), catalog: env.catalog, view: "dashboard")
        XCTAssertTrue(brief.isEmpty)
        XCTAssertTrue(BriefMarkdown.render(brief).contains("The filter selects nothing to brief on."))
    }
}

/// The ids and link targets of a page.
private struct Outline {
    var ids = Set<String>()
    var links: [String] = []

    init(_ html: String) {
        for match in html.matches(of: /\sid="([^"]+)"/) { ids.insert(String(match.1)) }
        for match in html.matches(of: /\shref="([^"]+)"/) { links.append(String(match.1)) }
    }
}
