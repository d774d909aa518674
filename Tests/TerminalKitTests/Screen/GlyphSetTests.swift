import TerminalKit
import XCTest

/// A terminal gets the glyphs it can draw: chosen from the locale, the terminal type and terminfo, and drawn as the
/// nearest stand-in, one cell for one cell, with the text left as it is.
final class GlyphSetTests: XCTestCase {
    func testTheChoiceFollowsTheLocaleTheTerminalAndTheFlag() {
        XCTAssertEqual(GlyphSet.choose(utf8: true, term: "xterm-256color", hasLineDrawing: true, forceASCII: false), .unicode)
        XCTAssertEqual(GlyphSet.choose(utf8: true, term: "linux", hasLineDrawing: true, forceASCII: false), .acs, "the console font lacks eighth blocks")
        XCTAssertEqual(GlyphSet.choose(utf8: true, term: "linux-16color", hasLineDrawing: true, forceASCII: false), .acs)
        XCTAssertEqual(GlyphSet.choose(utf8: false, term: "xterm-256color", hasLineDrawing: true, forceASCII: false), .acs, "no UTF-8, no Unicode")
        XCTAssertEqual(GlyphSet.choose(utf8: false, term: "ansi-mini", hasLineDrawing: false, forceASCII: false), .ascii, "no acsc, no lines")
        XCTAssertEqual(GlyphSet.choose(utf8: true, term: "linux", hasLineDrawing: false, forceASCII: false), .ascii)
        XCTAssertEqual(GlyphSet.choose(utf8: true, term: "xterm-256color", hasLineDrawing: true, forceASCII: true), .ascii, "--ascii wins")
        XCTAssertEqual(GlyphSet.choose(utf8: true, term: nil, hasLineDrawing: true, forceASCII: false), .unicode)
    }

    func testEachSetDrawsOnlyItsOwnCharacters() {
        let drawing = "╭─╮│╰╯━┃┏┓┗┛┣┫┻╹╻┼█▉▊▋▌▍▎▏░•●○◌▲▼▶▸›◀→←↑↓·"
        let acs = Set("┘┐┌└┼─├┤┴┬│█▒·◆°→←↑↓")
        for character in drawing {
            XCTAssertTrue(acs.contains(GlyphSet.acs.glyph(for: character)), "acs draws \(character) as \(GlyphSet.acs.glyph(for: character))")
            XCTAssertNotNil(GlyphSet.lineDrawingLetter(of: GlyphSet.acs.glyph(for: character)), "curses has a letter for \(character)'s stand-in")
            XCTAssertTrue(GlyphSet.ascii.glyph(for: character).isASCII, "ascii draws \(character) as \(GlyphSet.ascii.glyph(for: character))")
            XCTAssertEqual(GlyphSet.unicode.glyph(for: character), character)
        }
        XCTAssertEqual(String("╭──╮".map(GlyphSet.ascii.glyph)), "+--+")
        XCTAssertEqual(String("██▍░░".map(GlyphSet.ascii.glyph)), "##...", "a bar over its track")
        XCTAssertEqual(String("██▋░".map(GlyphSet.acs.glyph)), "███▒", "an eighth from a half up is a full block")
        XCTAssertEqual(GlyphSet.ascii.glyph(for: "•"), ".", "the big digits' decimal point")
        XCTAssertEqual(GlyphSet.ascii.glyph(for: "…"), "~", "cut text, in one cell as before")
        XCTAssertEqual(String("●○·".map(GlyphSet.ascii.glyph)), "*o-", "stated, inferred and none stay three different marks")
    }

    func testTextIsLeftAsItIs() {
        for set in GlyphSet.allCases {
            for character in "Baidu 京东 é“”" where !"“”".contains(character) || set != .ascii {
                XCTAssertEqual(set.glyph(for: character), character, "\(set) \(character)")
            }
        }
    }

    func testAScreenKeepsItsWideCharactersAndStyles() {
        var screen = Screen(width: 8, height: 1)
        screen.put("╭京东─╮", x: 0, y: 0, role: .border)
        let plain = GlyphSet.ascii.apply(screen)
        XCTAssertEqual(plain.text, "+京东-+")
        XCTAssertEqual(plain.cells.map(\.width), screen.cells.map(\.width))
        XCTAssertEqual(plain.cells.map(\.role), screen.cells.map(\.role))
        XCTAssertEqual(GlyphSet.unicode.apply(screen), screen)
    }
}
