import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class QueryParserTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Query {
        switch QueryParser.parse(text) {
        case .success(let query): return query
        case .failure(let error):
            XCTFail("\(text) did not parse: \(error.message) at \(error.position)", file: file, line: line)
            return .all
        }
    }

    /// Each clause as its alternatives, written back as `-field:value` strings.
    private func shape(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        parse(text, file: file, line: line).clauses.map { clause in
            clause.alternatives.map { term in
                (term.negated ? "-" : "") + (term.field.map { $0.rawValue + ":" } ?? "") + (term.isPhrase ? "\"\(term.value)\"" : term.value)
            }
        }
    }

    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> QueryError? {
        if case .failure(let error) = QueryParser.parse(text) { return error }
        XCTFail("\(text) parsed, but should not", file: file, line: line)
        return nil
    }

    func testWordsAreANDedInAnyOrder() {
        XCTAssertEqual(shape("baidu  chatbot"), [["baidu"], ["chatbot"]])
        XCTAssertTrue(parse("   ").isEmpty)
        XCTAssertTrue(parse("").isEmpty)
    }

    func testQuotedPhraseIsOneTerm() {
        XCTAssertEqual(shape("\"alibaba cloud\" chatbot"), [["\"alibaba cloud\""], ["chatbot"]])
        XCTAssertEqual(parse("\"Alibaba  Cloud\"").terms.first?.folded, Array("alibaba cloud".utf8))
    }

    func testMinusExcludesWordsPhrasesAndFacets() {
        XCTAssertEqual(shape("-cloud -\"open source\" -sector:education"), [["-cloud"], ["-\"open source\""], ["-sector:education"]])
        XCTAssertEqual(shape("e-commerce"), [["e-commerce"]], "a hyphen inside a word is part of it")
    }

    func testBarAndORAreAlternativesThatBindTighterThanAND() {
        XCTAssertEqual(shape("baidu | alibaba cloud"), [["baidu", "alibaba"], ["cloud"]])
        XCTAssertEqual(shape("baidu OR alibaba OR netease chatbot"), [["baidu", "alibaba", "netease"], ["chatbot"]])
        XCTAssertEqual(shape("baidu|alibaba"), [["baidu", "alibaba"]], "no spaces needed around |")
        XCTAssertEqual(shape("sector:finance | -cloud"), [["sector:finance", "-cloud"]])
        XCTAssertEqual(shape("pros or cons"), [["pros"], ["or"], ["cons"]], "lowercase or is a word")
    }

    func testFieldsAreCaseInsensitiveAndTakeQuotedValues() {
        XCTAssertEqual(shape("SECTOR:Finance name:\"jd.com\" Regulator:cac"), [["sector:Finance"], ["name:\"jd.com\""], ["regulator:cac"]])
        XCTAssertEqual(parse("name:\"two  words\"").terms.first?.folded, Array("two words".utf8))
    }

    func testColonsOutsideFieldNamesAreText() {
        XCTAssertEqual(shape("10:30 :cac"), [["10:30"], [":cac"]])
        XCTAssertEqual(shape("\"https://cnbc.com\""), [["\"https://cnbc.com\""]])
    }

    func testTermsKnowWhereTheyAreInTheText() {
        let terms = parse("baidu -sector:\"cloud computing\" | 京东").terms
        XCTAssertEqual(terms.map(\.range), [0..<5, 6..<31, 34..<36])
    }

    func testUnclosedQuoteIsReportedAtTheQuote() {
        XCTAssertEqual(error("baidu \"alibaba cloud")?.position, 6)
        XCTAssertEqual(error("baidu \"alibaba cloud")?.message.contains("unclosed quote"), true)
        XCTAssertEqual(error("name:\"jd")?.position, 5)
        XCTAssertEqual(error("京东 -\"x")?.position, 4, "positions count characters, not bytes")
    }

    func testUnknownFieldIsReportedAtItsName() {
        let problem = error("baidu colour:red")
        XCTAssertEqual(problem?.position, 6)
        XCTAssertEqual(problem?.message.contains("unknown field 'colour:'"), true)
        XCTAssertEqual(problem?.message.contains("sector"), true, "the message lists the fields there are")
        XCTAssertEqual(error("-colour:red")?.position, 1)
    }

    func testFieldWithoutValueIsReported() {
        XCTAssertEqual(error("sector:")?.position, 0)
        XCTAssertEqual(error("baidu sector: cloud")?.position, 6)
        XCTAssertEqual(error("name:\"\"")?.message, "'name:' needs a value")
        XCTAssertEqual(error("year:|2023")?.position, 0)
    }

    func testDanglingOperatorsAreReported() {
        XCTAssertEqual(error("| baidu")?.position, 0)
        XCTAssertEqual(error("baidu |")?.position, 6)
        XCTAssertEqual(error("baidu |")?.message, "'|' needs a term after it")
        XCTAssertEqual(error("baidu OR")?.message, "OR needs a term after it")
        XCTAssertEqual(error("OR baidu")?.position, 0)
        XCTAssertEqual(error("baidu | | alibaba")?.position, 8)
        XCTAssertEqual(error("baidu OR | alibaba")?.position, 9)
    }

    func testLoneMinusIsReported() {
        XCTAssertEqual(error("baidu -")?.position, 6)
        XCTAssertEqual(error("baidu - cloud")?.message, "nothing to exclude after '-'")
        XCTAssertEqual(error("-|baidu")?.position, 0)
    }

    func testFieldNamesComplete() {
        XCTAssertEqual(QueryParser.completions(forPrefix: "sec"), ["sector:"])
        XCTAssertEqual(QueryParser.completions(forPrefix: "S"), ["sector:", "source:", "status:", "subject:"])
        XCTAssertEqual(QueryParser.completions(forPrefix: "-r"), ["-regulator:", "-role:"])
        XCTAssertEqual(QueryParser.completions(forPrefix: "").count, Facet.allCases.count)
        XCTAssertEqual(QueryParser.completions(forPrefix: "sector:"), [])
        XCTAssertEqual(QueryParser.completions(forPrefix: "zzz"), [])
    }
}
