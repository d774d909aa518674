import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// The who-is-affected table: the rules the filter selects down, the organisations they are linked to across, each
/// cell the basis of the link or none.
final class AffectedGridTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func grid(_ filter: String) -> AffectedGrid {
        AffectedGrid(Update.initialState(columns: 120, rows: 40, query: filter, env: env), catalog: env.catalog)
    }

    func cell(_ grid: AffectedGrid, _ rule: String, _ organisation: String) -> Basis?? {
        guard let row = grid.rows.first(where: { $0.id == rule }), let column = grid.columns.firstIndex(where: { $0.id == organisation }) else { return nil }
        return .some(row.cells[column])
    }

    func testEveryLinkedRuleIsARowAndEveryLinkedOrganisationAColumn() {
        let all = grid("")
        XCTAssertEqual(all.columns.map(\.id), ["baidu", "alibaba", "alibaba-cloud", "jd-com", "netease", "youdao", "openai"])
        XCTAssertEqual(all.rows.count, 8)
        XCTAssertEqual(all.unlinked, 7, "the rules linked to no one are counted, not drawn as empty rows")
        XCTAssertEqual(cell(all, "deep-synthesis-regulation", "baidu")??.isInferred, true, "the article names no firm the rule binds")
        XCTAssertEqual(cell(all, "tech-sector-scrutiny", "netease")??.isInferred, true, "the articles name no firm under scrutiny")
        XCTAssertEqual(cell(all, "tech-sector-scrutiny", "youdao"), .some(nil), "no link")
        XCTAssertEqual(cell(all, "chatgpt-not-blocked", "openai"), .some(.stated))
        XCTAssertEqual(all.counts.stated, 1)
        XCTAssertEqual(all.counts.inferred, 34)
    }

    func testTheGridFollowsTheFilter() {
        let cac = grid("regulator:cac")
        XCTAssertEqual(cac.rows.map(\.id), ["deep-synthesis-regulation", "recommendation-algorithm-rules", "chatgpt-algorithm-registration-outlook"])
        XCTAssertFalse(cac.columns.contains { $0.id == "openai" }, "only the organisations the shown rules are linked to")
        XCTAssertTrue(grid("zzzz").isEmpty)
    }

    func testTheMarksAreThreeShapesEachWithItsMeaning() {
        XCTAssertEqual(AffectedGrid.mark(.stated), "●")
        XCTAssertEqual(AffectedGrid.mark(.inferred(reason: "x")), "○")
        XCTAssertEqual(AffectedGrid.mark(nil), "·")
        XCTAssertEqual(AffectedGrid.legend, "● stated in the article   ○ inferred by the data's compilers   · no link")
    }
}
