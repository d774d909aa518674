import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class MarkdownExporterTests: XCTestCase {
    func testMarkdownGolden() {
        Golden.assertMatches(MarkdownExporter.render(ExportFixture.table, provenance: ExportFixture.provenance), named: "companies.md")
    }

    func testFormatNamesAndExtensions() {
        XCTAssertEqual(ExportFormat.allCases.map(\.rawValue), ["txt", "ansi", "html", "svg", "md"])
        XCTAssertEqual(ExportFormat.allCases.map(\.fileExtension), ["txt", "ans", "html", "svg", "md"])
        XCTAssertEqual(ExportFormat.allCases.compactMap(\.screenFormat), ScreenFormat.allCases)
    }

    private func tableLines(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n").filter { $0.hasPrefix("|") }
    }

    /// The cells of a table line, split on the pipes that are not escaped.
    private func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(cell)
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func testEveryRecordIsOneRowWithItsColumns() {
        let table = ExportFixture.table
        let lines = tableLines(MarkdownExporter.render(table, provenance: ExportFixture.provenance))
        XCTAssertEqual(lines.count, table.rows.count + 2)
        XCTAssertEqual(cells(lines[0]), table.columns)
        for line in lines { XCTAssertEqual(cells(line).count, table.columns.count, "a pipe or newline broke: \(line)") }
        XCTAssertEqual(cells(lines[3]), ["京东 JD.com", "retail \\| logistics", "ChatJD (planned)"])
    }

    func testHeadingAndFooterCarryTheProvenance() {
        let markdown = MarkdownExporter.render(ExportFixture.table, provenance: ExportFixture.provenance)
        XCTAssertTrue(markdown.hasPrefix("# aiwatch — Companies\n"))
        let footer = markdown.components(separatedBy: "\n").dropLast().last!
        for part in ["Filter: \"sector:search\"", "4 of 9 records", "Sources: CNBC, Feb 2023; Tech Wire Asia, Feb 2023",
                     "Data as of Feb 2023"] {
            XCTAssertTrue(footer.contains(part), "footer lacks \(part)")
        }
    }

    func testHostileCellsStayInert() {
        let table = RecordTable(columns: ["Name"], rows: ExportFixture.hostile.map { [$0] }, ids: [])
        let markdown = MarkdownExporter.render(table, provenance: ExportFixture.hostileProvenance)
        XCTAssertFalse(markdown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E })
        XCTAssertNil(markdown.firstMatch(of: /(^|[^\\])[<>]/), "an unescaped < or > could become HTML")
        XCTAssertTrue(markdown.contains("\\<script\\>"))
        XCTAssertEqual(tableLines(markdown).count, ExportFixture.hostile.count + 2)
        XCTAssertTrue(tableLines(markdown).allSatisfy { cells($0).count == 1 })
    }

    func testEmptyTableSaysSo() {
        let markdown = MarkdownExporter.render(RecordTable(columns: ["Name"], rows: [], ids: []), provenance: ExportFixture.provenance)
        XCTAssertTrue(markdown.contains("_No records to show._"))
        XCTAssertTrue(tableLines(markdown).isEmpty)
    }

    /// Text holding an entity reads as written: `&lt;b&gt;` is not shown as `<b>`.
    func testAnAmpersandIsEscaped() {
        XCTAssertEqual(MarkdownExporter.escape("&lt;b&gt; R&D"), "&amp;lt;b&amp;gt; R&amp;D")
    }
}
