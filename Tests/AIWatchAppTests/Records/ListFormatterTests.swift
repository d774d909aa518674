import AIWatchApp
import XCTest

/// `aiwatch list --format csv` opens safely in a spreadsheet and parses as RFC 4180.
final class ListFormatterTests: XCTestCase {
    private func csv(_ cells: [String]) -> String {
        let record = [ListMember("id", .text("x"))] + cells.enumerated().map { ListMember("c\($0.offset)", .text($0.element)) }
        return String(ListFormatter.csv([record], columns: ListFormatter.columns(record)).split(separator: "\r\n")[1])
    }

    func testCellsASpreadsheetWouldRunAsFormulasAreDefused() {
        XCTAssertEqual(csv(["=HYPERLINK(\"http://evil\")"]), "x,\"'=HYPERLINK(\"\"http://evil\"\")\"")
        XCTAssertEqual(csv(["+1+cmd"]), "x,\"'+1+cmd\"")
        XCTAssertEqual(csv(["-2+3"]), "x,\"'-2+3\"")
        XCTAssertEqual(csv(["@SUM(A1)"]), "x,\"'@SUM(A1)\"")
        XCTAssertEqual(csv(["\tx"]), "x,\"'\tx\"")
        XCTAssertEqual(csv(["\rx"]), "x,\"'\rx\"")
    }

    func testPlainNumbersAndTextStayAsTheyAre() {
        XCTAssertEqual(csv(["-3.5", "1,048", "Baidu", "> 40,000"]), "x,-3.5,\"1,048\",Baidu,\"> 40,000\"")
    }
}
