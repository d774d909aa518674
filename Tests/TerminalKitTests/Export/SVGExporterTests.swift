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

    /// The grid's `<text>` elements (not the title or caption) with their cell position.
    private func gridTexts(_ document: XMLElements) -> [(column: Double, row: Double, length: Double, text: String)] {
        document.named("text").filter { $0.attributes["class"]?.contains("-s") == true }.map { element in
            let x = Double(element.attributes["x"]!)!
            let y = Double(element.attributes["y"]!)!
            return (x / cellWidth, (y - SVGExporter.baseline) / cellHeight, Double(element.attributes["textLength"]!)!,
                element.text)
        }
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

    func testEachWideGlyphIsItsOwnTextAtItsCell() {
        let screen = ExportFixture.screen
        var expected: [String] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width where screen[x, y].width == 2 {
                expected.append("\(screen[x, y].character)@\(x),\(y)")
            }
        }
        let texts = gridTexts(XMLElements(svg()))
        let wide = texts.filter { CellWidth.of($0.text) == 2 && $0.text.count == 1 }
        XCTAssertEqual(wide.map { "\($0.text)@\(Int($0.column.rounded())),\(Int($0.row.rounded()))" }, expected)
        for text in wide {
            XCTAssertEqual(text.column, text.column.rounded(), accuracy: 0.001, "\(text.text) is off its cell")
            XCTAssertEqual(text.length, 2 * cellWidth, accuracy: 0.001, "\(text.text) is not two cells wide")
        }
        XCTAssertFalse(texts.contains { $0.text.count > 1 && CellWidth.of($0.text) > $0.text.count },
            "a wide character shares a <text> with others, so a font could shift it")
    }

    func testEveryTextShowsTheCellsUnderIt() {
        let screen = ExportFixture.screen
        for text in gridTexts(XMLElements(svg())) {
            let column = Int(text.column.rounded()), row = Int(text.row.rounded())
            var cells = ""
            var x = column
            while cells.count < text.text.count, x < screen.width {
                if !screen[x, row].isContinuation { cells.append(screen[x, row].character) }
                x += 1
            }
            XCTAssertEqual(cells, text.text, "text at column \(column), row \(row)")
            XCTAssertEqual(text.length, Double(CellWidth.of(text.text)) * cellWidth, accuracy: 0.001, text.text)
        }
    }

    func testLineDrawingIsGeometryThatJoinsAcrossRows() throws {
        let output = svg()
        let texts = gridTexts(XMLElements(output)).map(\.text).joined()
        XCTAssertFalse(texts.contains { BoxDrawing.of($0) != nil }, "box lines are left to the font")
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
        XCTAssertFalse(gridTexts(document).contains { $0.text.contains("█") }, "bars are left to the font")
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
