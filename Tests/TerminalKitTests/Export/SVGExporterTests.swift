import AIWatchTestSupport
import Foundation
import XCTest

@testable import TerminalKit

final class SVGExporterTests: XCTestCase {
    private let cellWidth = SVGExporter.cellWidth
    private let cellHeight = SVGExporter.cellHeight

    private func svg(_ screen: Screen = ExportFixture.screen, frame: Bool = true) -> String {
        SVGExporter.render(screen, theme: .named(.dark), caption: ExportFixture.caption, windowFrame: frame)
    }

    /// The grid's rows as the SVG holds them: each row's `<text>` with its `<tspan>`s (class, x positions, text).
    private func gridRows(_ output: String) -> [(y: Double, spans: [(hidden: Bool, xs: [Double], text: String)])] {
        let document = XMLElements(output)
        var rows: [(y: Double, spans: [(hidden: Bool, xs: [Double], text: String)])] = []
        for element in document.elements {
            if element.name == "text", element.attributes["class"]?.hasSuffix("-r") == true {
                rows.append((Double(element.attributes["y"]!)!, []))
            } else if element.name == "tspan", !rows.isEmpty {
                let xs = element.attributes["x"]!.split(separator: " ").map { Double($0)! }
                rows[rows.count - 1].spans.append((element.attributes["class"]!.hasSuffix("-k"), xs, element.text))
            }
        }
        return rows
    }

    /// The screen's row `y` as it reads, continuations left out and trailing blanks dropped.
    private func rowText(_ screen: Screen, _ y: Int) -> String {
        String((0..<screen.width).filter { !screen[$0, y].isContinuation }.map { screen[$0, y].character })
            .trimmingTrailingSpaces()
    }

    func testParsesAsXMLEvenWithHostileData() throws {
        let output = SVGExporter.render(
            ExportFixture.hostileScreen, theme: .named(.dark), caption: ExportFixture.hostileCaption)
        let document = XMLElements(output)
        XCTAssertNil(document.failure, "the SVG is not well-formed XML")
        XCTAssertFalse(output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character got through")
        XCTAssertFalse(output.unicodeScalars.contains { [0x202E, 0xFFFF, 0xFFFE, 0x9B].contains($0.value) })
        let shown = document.named("text").map(\.text).joined()
        XCTAssertTrue(shown.contains("<script>alert('x')</script>"), "the data should read as it was, once parsed")
        XCTAssertTrue(shown.contains("Tom & \"Jerry\" ]]>"))
        XCTAssertEqual(document.named("title").first?.text, "aiwatch — <script>alert('x')</script>")
    }

    func testEachRowIsOneTextThatReadsAsTheRow() {
        let screen = ExportFixture.screen
        let rows = gridRows(svg())
        let shown = rows.map { row in (Int(((row.y - SVGExporter.baseline) / cellHeight).rounded()), row.spans.map(\.text).joined()) }
        let expected = (0..<screen.height).map { ($0, rowText(screen, $0)) }.filter { !$0.1.isEmpty }
        XCTAssertEqual(shown.map(\.0), expected.map(\.0), "not one <text> per row")
        XCTAssertEqual(shown.map(\.1), expected.map(\.1), "copying a row does not give the row")
        XCTAssertTrue(shown.contains { $0.1.contains("Search matches 百度") }, "find cannot see 百度 whole")
    }

    func testEveryGlyphSitsAtItsCellCentre() {
        var screen = ExportFixture.screen
        screen.put("😀 𝄞 é", x: 2, y: 9)
        for row in gridRows(svg(screen)) {
            let y = Int(((row.y - SVGExporter.baseline) / cellHeight).rounded())
            var column = 0
            for span in row.spans {
                var index = 0
                for character in span.text {
                    while screen[column, y].isContinuation { column += 1 }
                    let cell = screen[column, y]
                    XCTAssertEqual(cell.character, character, "row \(y), column \(column)")
                    let centre = (Double(column) + Double(max(1, Int(cell.width))) / 2) * cellWidth
                    XCTAssertEqual(span.xs[index], centre, accuracy: 0.006, "\(character) at \(column),\(y) is off its cell")
                    index += 1
                    column += max(1, Int(cell.width))
                }
                XCTAssertEqual(span.xs.count, span.text.count, "a character without its own position")
                if span.text.utf16.count > span.text.count {
                    XCTAssertEqual(span.text.count, 1, "a character of several UTF-16 units shares a tspan: \(span.text)")
                }
            }
        }
        XCTAssertTrue(svg().contains("-r { text-anchor: middle; }"), "glyphs are not centred on their positions")
    }

    func testLineDrawingIsGeometryThatJoinsAcrossRows() throws {
        let output = svg()
        let visible = gridRows(output).flatMap(\.spans).filter { !$0.hidden }.map(\.text).joined()
        XCTAssertFalse(visible.contains { CellShape.of($0) != nil }, "box lines are left to the font")
        // The left edge of the focused box: column 0 from the corner on row 1 down to the corner on row 10.
        let data = XMLElements(output).named("path").compactMap { $0.attributes["d"] }.joined()
        let pattern = try NSRegularExpression(pattern: "M([0-9.]+) ([0-9.]+)V([0-9.]+)")
        let centre = (cellWidth / 2 - 0.5).rounded(.down) + 0.5
        var spans: [(Double, Double)] = []
        for match in pattern.matches(in: data, range: NSRange(data.startIndex..., in: data)) {
            let value = { (group: Int) in Double(data[Range(match.range(at: group), in: data)!])! }
            if value(1) == centre { spans.append((min(value(2), value(3)), max(value(2), value(3)))) }
        }
        var reached = 2 * cellHeight
        for span in spans.sorted(by: { $0.0 < $1.0 }) where span.0 <= reached { reached = max(reached, span.1) }
        XCTAssertGreaterThanOrEqual(reached, 10 * cellHeight, "the vertical line has a gap at y = \(reached)")
    }

    func testBarsAreRectanglesFillingTheirCells() {
        let document = XMLElements(svg(frame: false))
        let visible = gridRows(svg(frame: false)).flatMap(\.spans).filter { !$0.hidden }.map(\.text).joined()
        XCTAssertFalse(visible.contains("█"), "bars are left to the font")
        let green = Theme.named(.dark).paint(.bar).foregroundRGB.hex
        let bars = document.named("rect").filter { $0.attributes["fill"] == green }
        let value = { (rect: XMLElements.Element, name: String) in Double(rect.attributes[name]!)! }
        // One rectangle per bar (touching blocks merge), as long as its eighths, as tall as the row.
        let expected: [(row: Double, cells: Double)] = [(3, 7 + 3.0 / 8), (4, 4 + 6.0 / 8), (6, 2 + 2.0 / 8)]
        XCTAssertEqual(bars.count, expected.count)
        for (bar, want) in zip(bars, expected) {
            XCTAssertEqual(value(bar, "y"), want.row * cellHeight, accuracy: 0.001)
            XCTAssertEqual(value(bar, "x"), 29 * cellWidth, accuracy: 0.001)
            XCTAssertEqual(value(bar, "width"), want.cells * cellWidth, accuracy: 0.01)
            XCTAssertEqual(value(bar, "height"), cellHeight, accuracy: 0.001, "bars must fill the row")
        }
    }

    func testWindowFrameIsOptional() {
        let framed = XMLElements(svg())
        XCTAssertEqual(framed.named("circle").count, 3)
        XCTAssertTrue(framed.named("text").contains { $0.text == "Companies" && $0.attributes["class"]!.hasSuffix("-title") })
        XCTAssertEqual(XMLElements(svg(frame: false)).named("circle").count, 0)
    }

    func testCaptionSitsUnderTheGrid() {
        let document = XMLElements(svg())
        let captions = document.named("text").filter { $0.attributes["class"]!.hasSuffix("-caption") }
        XCTAssertEqual(captions.map(\.text).joined(separator: " · "), ExportFixture.caption.text)
        let gridBottom = 40 + Double(ExportFixture.height) * cellHeight
        XCTAssertTrue(captions.allSatisfy { Double($0.attributes["y"]!)! > gridBottom })
        let width = Double(document.named("svg")[0].attributes["width"]!)!
        XCTAssertTrue(captions.allSatisfy { Double(CellWidth.of($0.text)) * 7.2 <= width }, "caption runs off the image")
    }

    func testNamesDependOnContentOnly() {
        XCTAssertEqual(svg(), svg())
        var other = ExportFixture.screen
        other.put("x", x: 5, y: 9)
        let prefix = { (text: String) in text.firstMatch(of: /class="(aw[0-9a-f]{8})/)!.1 }
        XCTAssertEqual(prefix(svg()), prefix(svg()))
        XCTAssertNotEqual(prefix(svg()), prefix(svg(other)), "two different screenshots in one page would share styles")
    }
}
