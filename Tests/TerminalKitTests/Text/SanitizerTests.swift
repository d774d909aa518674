import AIWatchTestSupport
import XCTest

@testable import TerminalKit

final class SanitizerTests: XCTestCase {
    /// Inputs that would act on a terminal if they reached it raw.
    static let hostile = [
        "\u{1B}[2J", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{1B}]0;pwned\u{07}", "\u{1B}]8;;https://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\",
        "\u{1B}]8;;\u{1B}0m\u{1B}[>0q", "name\u{1B}[", "name\u{1B}", "\u{9B}31m", "\u{9D}0;x\u{9C}", "a\u{0}b", "a\rb", "a\u{8}b",
        "\u{202E}evil\u{202C}", "\u{2066}x\u{2069}", "zero\u{200B}width", "\u{FEFF}bom", "\u{1B}\u{1B}[[2J", "\u{7F}",
        "soft\u{AD}hyphen",
    ]

    func testNoControlOrFormatScalarSurvives() {
        for input in Self.hostile {
            let output = Sanitizer.clean(input)
            for scalar in output.unicodeScalars {
                XCTAssertFalse(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value), "control in \(output.debugDescription)")
                XCTAssertNotEqual(scalar.properties.generalCategory, .format, "format char in \(output.debugDescription)")
            }
        }
    }

    func testEscapeSequencesStayVisibleAndInert() {
        XCTAssertEqual(Sanitizer.clean("\u{1B}[2J"), "␛[2J")
        XCTAssertEqual(Sanitizer.clean("\u{9B}31m"), "⟨U+009B⟩31m")
        XCTAssertEqual(Sanitizer.clean("\u{202E}abc"), "⟨U+202E⟩abc")
        XCTAssertEqual(Sanitizer.clean("line\nbreak\ttab"), "line break tab")
    }

    func testIdempotentAndPlainTextUntouched() {
        for input in Self.hostile + ["京东 JD.com", "Zoë café", "👩‍💻 coder", "🇨🇳"] {
            let once = Sanitizer.clean(input)
            XCTAssertEqual(Sanitizer.clean(once), once)
        }
        XCTAssertEqual(Sanitizer.clean("京东 JD.com — “ChatJD”"), "京东 JD.com — “ChatJD”")
        XCTAssertEqual(Sanitizer.clean("👩‍💻"), "👩💻", "a ZWJ sequence is drawn as its parts")
    }

    /// Text that draws nothing cannot hide anything: tag characters (ASCII smuggled invisibly), Hangul fillers and the
    /// blank Braille pattern become visible stand-ins; a lone zero-width joiner, which tmux reads as gluing two
    /// cells into one, is removed so the app and the terminal count the same cells.
    func testInvisibleCharactersAreShownOrRemoved() {
        XCTAssertEqual(Sanitizer.clean("W\u{200D}X"), "WX")
        XCTAssertEqual(Sanitizer.clean("👨\u{200D}👩\u{200D}👧"), "👨👩👧")
        XCTAssertEqual(Sanitizer.clean("ok\u{E0048}\u{E0049}"), "ok⟨U+E0048⟩⟨U+E0049⟩")
        for filler: UInt32 in [0x3164, 0x115F, 0x1160, 0xFFA0, 0x2800] {
            let text = "a" + String(Unicode.Scalar(filler)!) + "b"
            XCTAssertEqual(Sanitizer.clean(text), "a⟨U+\(String(filler, radix: 16, uppercase: true))⟩b")
        }
        XCTAssertEqual(CellWidth.of(Sanitizer.clean("👨\u{200D}👩\u{200D}👧\u{200D}👦")), 8, "four emoji, two cells each")
    }

    /// Above the C1 controls a scalar reaches a cell unless it is a format character (but ZWNJ), a line or paragraph
    /// separator, or a filler that draws nothing: the ranges passed without a property lookup included.
    func testOnlyFormatCharactersAndSeparatorsAreHeldBack() {
        var wrong: [String] = []
        for value in UInt32(0xA0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let blank: Set<UInt32> = [0x2028, 0x2029, 0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0]
            let plain = value == 0x200C || (scalar.properties.generalCategory != .format && !blank.contains(value))
            if Sanitizer.isPlain(scalar) != plain { wrong.append(String(value, radix: 16)) }
        }
        XCTAssertEqual(wrong, [])
    }

    func testRandomStringsNeverKeepControls() {
        var generator = SplitMix64(seed: 2023)
        let pool: [UInt32] = [0x1B, 0x5B, 0x5D, 0x07, 0x9B, 0x9C, 0x9D, 0x0, 0x0D, 0x08, 0x202E, 0x200B, 0xFEFF, 0x41, 0x4EAC, 0x1F600, 0x300]
        for _ in 0..<500 {
            let scalars = (0..<Int.random(in: 0...20, using: &generator)).map { _ in Unicode.Scalar(pool.randomElement(using: &generator)!)! }
            var input = ""
            input.unicodeScalars.append(contentsOf: scalars)
            let output = Sanitizer.clean(input)
            XCTAssertFalse(output.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            XCTAssertEqual(Sanitizer.clean(output), output)
        }
    }
}
