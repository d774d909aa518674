import AIWatchApp
import XCTest

/// `aiwatch list --format csv` opens safely in a spreadsheet and parses as RFC 4180.
final class ListFormatterTests: XCTestCase {
    private func csv(_ cells: [String]) -> String {
        let table = RecordTable(columns: cells.indices.map { "C\($0)" }, rows: [cells], ids: ["x"])
        return String(ListFormatter.csv(table).split(separator: "\r\n")[1])
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
