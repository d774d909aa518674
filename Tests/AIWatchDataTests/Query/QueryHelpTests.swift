import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

final class QueryHelpTests: XCTestCase {
    func testEveryExampleInTheHelpParses() {
        for line in QueryHelp.syntax {
            let example = line.components(separatedBy: "  ")[0]
            XCTAssertFalse(example.isEmpty, line)
            if case .failure(let error) = QueryParser.parse(example), example != "field:value" {
                XCTFail("help example \(example) does not parse: \(error.message)")
            }
        }
    }

    func testHelpListsEveryFieldAndFitsAnOverlay() {
        let text = QueryHelp.lines.joined(separator: "\n")
        for facet in Facet.allCases { XCTAssertTrue(text.contains("  \(facet.rawValue):"), "\(facet) is not in the help") }
        for line in QueryHelp.syntax + QueryHelp.notes { XCTAssertLessThanOrEqual(CellWidth.of(line), 80, line) }
    }
}
