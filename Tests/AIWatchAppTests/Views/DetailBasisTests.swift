import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// A detail tells a link or a date the article states from one the data's compilers inferred, by a filled or
/// hollow marker and the word beside it, with the reason, and a legend says what the markers mean.
final class DetailBasisTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func detail(_ id: String, width: Int = 100) throws -> [String] {
        let ref = try XCTUnwrap(env.catalog.locate(id))
        return DetailContent(ref, catalog: env.catalog, width: width).lines.map { $0.map(\.text).joined() }
    }

    func testARuleShowsWhichFirmsAreInferredAndWhy() throws {
        let lines = try detail("deep-synthesis-regulation")
        let baidu = try XCTUnwrap(lines.first { $0.contains("○ Baidu") })
        XCTAssertTrue(baidu.contains("— inferred: The article names no firm these rules bind"), baidu)
        XCTAssertTrue(lines.contains("  " + DetailContent.basisLegend), "the legend, in words: \(lines)")
        let stated = try detail("chatgpt-not-blocked")
        XCTAssertTrue(stated.contains("    ● OpenAI — stated"), "\(stated)")
    }

    func testAProductSaysWhetherItsOrganisationIsStated() throws {
        let chatJD = try detail("chatjd")
        XCTAssertTrue(chatJD.contains { $0.hasPrefix("    ○ JD.com — inferred: The CNBC rewrite credits ChatJD") }, "\(chatJD)")
        XCTAssertTrue(try detail("chatgpt").contains("    ● OpenAI — stated"))
        XCTAssertTrue(try detail("jd-com").contains { $0.contains("ChatJD (announced, retail, finance, ○ listed here by inference)") })
    }

    func testADateSaysHowItWasResolvedAndASpanReadsAsOne() throws {
        let decade = try detail("china-ai-leadership-decade")
        XCTAssertTrue(decade.contains("When: ~2013–2023 (“Over the last decade”), a span, approximate"), "\(decade)")
        XCTAssertTrue(decade.contains("    ○ date inferred: A ten-year span counted back from the article's publication in 2023."), "\(decade)")
        let lags = try detail("china-lags-in-ai-chatbots")
        XCTAssertTrue(lags.contains("When: ~Feb 2023, approximate"), "no phrase that is not a date: \(lags)")
        XCTAssertFalse(lags.contains { $0.contains("“lags behind”") && $0.hasPrefix("When") })
    }

    func testTheLegendIsLeftOutWhereNoMarkerIsShown() throws {
        XCTAssertFalse(try detail("paul-triolo").contains { $0.contains("inferred by the data's compilers") })
    }
}
