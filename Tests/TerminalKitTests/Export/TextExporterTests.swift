import AIWatchTestSupport
import XCTest

@testable import TerminalKit

final class TextExporterTests: XCTestCase {
    func testRowsAreTheScreenRowsThenTheCaption() {
        let screen = ExportFixture.screen
        let lines = TextExporter.render(screen, caption: ExportFixture.caption).components(separatedBy: "\n")
        XCTAssertEqual(Array(lines.prefix(screen.height)), (0..<screen.height).map { screen.rowText($0).trimmingTrailingSpaces() })
        XCTAssertEqual(Array(lines.dropFirst(screen.height)), ["", ExportFixture.caption.text, ""])
    }

    func testWideCharactersKeepTheGrid() {
        let lines = TextExporter.render(ExportFixture.screen, caption: ExportFixture.caption).components(separatedBy: "\n")
        for row in 1...10 {
            XCTAssertEqual(CellWidth.of(lines[row]), ExportFixture.width, "row \(row) is not as wide as the screen")
        }
    }
}
