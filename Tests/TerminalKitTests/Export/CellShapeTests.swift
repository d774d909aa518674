import AIWatchTestSupport
import XCTest

@testable import TerminalKit

/// Every box-drawing and block character (U+2500–U+259F) is drawn as a shape by both styled exports, so none of
/// them depends on a font that may lack it or draw it with a gap.
final class CellShapeTests: XCTestCase {
    private let everyCharacter: [Character] = (0x2500...0x259F).map { Character(Unicode.Scalar(UInt32($0))!) }

    /// A screen with every character of the range, 32 to a row.
    private var screen: Screen {
        var screen = Screen(width: 32, height: 5)
        for (index, character) in everyCharacter.enumerated() {
            screen.put(String(character), x: index % 32, y: index / 32)
        }
        return screen
    }

    func testEveryCodePointOfTheRangeIsAShape() {
        XCTAssertEqual(everyCharacter.count, 160)
        for character in everyCharacter {
            let value = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
            XCTAssertNotNil(CellShape.of(character), "U+\(value) \(character) is left to the font")
            var layer = SVGShapeLayer(cellWidth: 8.4, cellHeight: 18)
            if let shape = CellShape.of(character) { layer.draw(shape, column: 0, row: 0, color: RGB(0)) }
            XCTAssertFalse(layer.isEmpty, "U+\(value) \(character) draws nothing")
        }
        XCTAssertNil(CellShape.of("a"))
        XCTAssertNil(CellShape.of("\u{24FF}"))
        XCTAssertNil(CellShape.of("\u{25A0}"))
    }

    func testTheSVGShowsNoGlyphOfTheRange() {
        let svg = SVGExporter.render(screen, theme: .named(.dark), caption: ExportFixture.caption)
        let document = XMLElements(svg)
        let shown = document.named("tspan").filter { $0.attributes["class"]?.hasSuffix("-k") == false }.map(\.text).joined()
        let hidden = document.named("tspan").filter { $0.attributes["class"]?.hasSuffix("-k") == true }.map(\.text).joined()
        XCTAssertEqual(shown, "", "drawn by the font: \(shown)")
        XCTAssertEqual(Set(hidden), Set(everyCharacter), "a character is not kept in the text for copying")
    }

    func testTheHTMLShowsNoGlyphOfTheRange() {
        let page = HTMLExporter.render(screen, theme: .named(.dark), caption: ExportFixture.caption)
        let pre = String(page.firstMatch(of: /<pre>(.*?)<svg/.dotMatchesNewlines())!.1)
        let outsideShapes = pre.replacing(/<span class="b"( style="width: \d+ch")?>[^<]*<\/span>/, with: "")
            .replacing(/<[^>]*>/, with: "")
        XCTAssertFalse(outsideShapes.contains { everyCharacter.contains($0) }, "drawn by the font: \(outsideShapes)")
    }

    /// The big numerals' "7": a heavy vertical, then ╹ (heavy up) under it must reach the row above without a gap;
    /// ╻ (heavy down) over ┃ likewise.
    func testHeavyHalfLinesJoinTheLineTheyMeet() throws {
        var screen = Screen(width: 2, height: 4)
        screen.put("╻", x: 0, y: 0)
        screen.put("┃", x: 0, y: 1)
        screen.put("┃", x: 0, y: 2)
        screen.put("╹", x: 0, y: 3)
        var layer = SVGShapeLayer(cellWidth: 8.4, cellHeight: 18)
        for y in 0..<4 { layer.draw(CellShape.of(screen[0, y].character)!, column: 0, row: y, color: RGB(0)) }
        let path = try XCTUnwrap(layer.elements.firstMatch(of: /stroke-width="2" fill="none" d="([^"]*)"/)).1
        XCTAssertEqual(String(path), "M4 8.5V62.5", "one unbroken heavy line from the centre of row 0 to that of row 3")
    }

    func testDoubleCornersMeetAsTheGlyphDraws() throws {
        var layer = SVGShapeLayer(cellWidth: 8.4, cellHeight: 18)
        layer.draw(CellShape.of("╔")!, column: 0, row: 0, color: RGB(0))
        let path = try XCTUnwrap(layer.elements.firstMatch(of: /d="([^"]*)"/)).1
        // Outer line turns at (1.5, 6.5), inner at (5.5, 10.5): cell centre (3.5, 8.5), lines 2 px either side.
        XCTAssertEqual(String(path), "M1 6.5H8.4M5 10.5H8.4M1.5 6V18M5.5 10V18")
    }
}
