import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class ColorMappingTests: XCTestCase {
    private func paint(_ foreground: Int, _ background: Int = -1, bold: Bool = false) -> Paint {
        var paint = Theme.named(.dark).paint(.text)
        paint.foreground = foreground
        paint.background = background
        paint.bold = bold
        return paint
    }

    func testSixteenColorsPassThrough() {
        let style = ColorMapping.style(for: paint(8, 4), capability: ColorCapability(colors: 16, defaultColors: true))
        XCTAssertEqual(style.foreground, 8)
        XCTAssertEqual(style.background, 4)
        XCTAssertFalse(style.bold)
    }

    func testEightColorsFoldBrightIndicesAndBoldenBrightForeground() {
        let eight = ColorCapability(colors: 8, defaultColors: true)
        let bright = ColorMapping.style(for: paint(9, 12), capability: eight)
        XCTAssertEqual(bright.foreground, 1)
        XCTAssertEqual(bright.background, 4)
        XCTAssertTrue(bright.bold)
        let plain = ColorMapping.style(for: paint(3), capability: eight)
        XCTAssertEqual(plain.foreground, 3)
        XCTAssertEqual(plain.background, -1)
        XCTAssertFalse(plain.bold)
    }

    /// Bold black (`ESC[1;30m`) vanishes on a dark background: on 8 colours the theme's grey roles are drawn in the
    /// terminal's own foreground, dimmed, in both colour themes and with or without default colours.
    func testEightColorsDrawGreyRolesVisibleOnDarkAndLightBackgrounds() {
        for defaultColors in [true, false] {
            let eight = ColorCapability(colors: 8, defaultColors: defaultColors)
            for name in [Theme.Name.dark, .light] {
                for role in [Role.muted, .border, .barTrack] {
                    let style = ColorMapping.style(for: Theme.named(name).paint(role), capability: eight)
                    XCTAssertNotEqual(style.foreground, 0, "\(name) \(role) is drawn black")
                    XCTAssertEqual(style.foreground, defaultColors ? -1 : 7, "\(name) \(role): the terminal's foreground")
                    XCTAssertTrue(style.dim, "\(name) \(role) is set apart by dimming")
                    XCTAssertFalse(style.bold, "\(name) \(role)")
                }
            }
        }
        let boldGrey = ColorMapping.style(for: paint(8, bold: true), capability: ColorCapability(colors: 8, defaultColors: true))
        XCTAssertEqual(boldGrey.foreground, -1)
        XCTAssertTrue(boldGrey.bold)
        XCTAssertFalse(boldGrey.dim, "bold and dim cancel out; bold grey stays bold")
        let sixteen = ColorMapping.style(for: paint(8), capability: ColorCapability(colors: 16, defaultColors: true))
        XCTAssertEqual(sixteen.foreground, 8, "16 colours keep the real grey")
        XCTAssertFalse(sixteen.dim)
    }

    /// With 256 colours the theme's greys and accents are its own RGB colours, to the nearest of the palette's
    /// cube and grey ramp, never the 16 the user may have recoloured; with direct colour they are exact.
    func testMoreThanSixteenColoursUseTheThemesOwnColours() {
        let palette = ColorCapability(colors: 256, defaultColors: true)
        let direct = ColorCapability(colors: 1 << 24, defaultColors: true)
        XCTAssertEqual(ColorMapping.number(of: RGB(0x5A6070), capability: palette), 241, "a grey nearer the ramp than the cube")
        XCTAssertEqual(ColorMapping.number(of: RGB(0xFFFFFF), capability: palette), 231)
        XCTAssertEqual(ColorMapping.number(of: RGB(0x000000), capability: palette), 16)
        XCTAssertEqual(ColorMapping.number(of: RGB(0x87AFD7), capability: palette), 110, "a colour of the cube is itself")
        XCTAssertEqual(ColorMapping.number(of: RGB(0x5A6070), capability: direct), 0x5A6070)
        let dark = Theme.named(.dark)
        for (capability, border) in [(palette, 241), (direct, 0x5A6070)] {
            let style = ColorMapping.style(for: dark.paint(.border), capability: capability)
            XCTAssertEqual(style.foreground, border)
            XCTAssertFalse(style.dim)
            let text = ColorMapping.style(for: dark.paint(.text), capability: capability)
            XCTAssertTrue(text.isDefaultColor, "the terminal's own text colour and background stay")
            let selected = ColorMapping.style(for: dark.paint(.selected), capability: capability)
            XCTAssertEqual(selected.background, ColorMapping.number(of: RGB(0x264F78), capability: capability))
        }
        XCTAssertEqual(ColorMapping.style(for: dark.paint(.border), capability: ColorCapability(colors: 16, defaultColors: true)).foreground, 8,
                       "16 colours draw as before")
    }

    func testNoColorsKeepsAttributesOnly() {
        var underlined = paint(2, 4, bold: true)
        underlined.underline = true
        let style = ColorMapping.style(for: underlined, capability: .none)
        XCTAssertTrue(style.isDefaultColor)
        XCTAssertTrue(style.bold)
        XCTAssertTrue(style.underline)
    }

    func testWithoutDefaultColorsTheDefaultIsWhiteOnBlack() {
        let style = ColorMapping.style(for: paint(-1), capability: ColorCapability(colors: 8, defaultColors: false))
        XCTAssertEqual(style.foreground, 7)
        XCTAssertEqual(style.background, 0)
    }

    func testOutOfRangeIndexIsTheDefault() {
        let style = ColorMapping.style(for: paint(99, -7), capability: ColorCapability(colors: 16, defaultColors: true))
        XCTAssertTrue(style.isDefaultColor)
    }

    func testMonoThemeSelectionIsReverseWithoutColour() {
        let mono = Theme.named(.mono)
        let style = ColorMapping.style(for: mono.paint(.selected), capability: .none)
        XCTAssertTrue(style.reverse)
        XCTAssertTrue(style.isDefaultColor)
    }

    func testCapabilityRoundsToWhatTheMappingUses() {
        XCTAssertEqual(ColorCapability(colors: 256, defaultColors: true).colors, 256)
        XCTAssertEqual(ColorCapability(colors: 88, defaultColors: true).colors, 16)
        XCTAssertEqual(ColorCapability(colors: 1 << 24, defaultColors: true).colors, ColorCapability.direct)
        XCTAssertEqual(ColorCapability(colors: 8, defaultColors: true).colors, 8)
        XCTAssertEqual(ColorCapability(colors: 2, defaultColors: true).colors, 0)
    }
}

final class ColorPairTableTests: XCTestCase {
    func testPairsAreDefinedOnceAndReused() {
        var table = ColorPairTable(limit: 64)
        var defined: [[Int32]] = []
        let define: (Int16, Int32, Int32) -> Bool = { defined.append([Int32($0), $1, $2]); return true }
        XCTAssertEqual(table.pair(foreground: 3, background: -1, define: define), 1)
        XCTAssertEqual(table.pair(foreground: 7, background: 4, define: define), 2)
        XCTAssertEqual(table.pair(foreground: 3, background: -1, define: define), 1)
        XCTAssertEqual(defined, [[1, 3, -1], [2, 7, 4]])
        XCTAssertEqual(table.count, 2)
    }

    func testDefaultColoursArePairZero() {
        var table = ColorPairTable(limit: 64)
        XCTAssertEqual(table.pair(foreground: -1, background: -1) { _, _, _ in XCTFail("defined"); return true }, 0)
    }

    func testRunningOutFallsBackToPairZero() {
        var table = ColorPairTable(limit: 3)
        let define: (Int16, Int32, Int32) -> Bool = { _, _, _ in true }
        XCTAssertEqual(table.pair(foreground: 1, background: -1, define: define), 1)
        XCTAssertEqual(table.pair(foreground: 2, background: -1, define: define), 2)
        XCTAssertEqual(table.pair(foreground: 3, background: -1, define: define), 0)
    }

    func testARefusedPairIsNotRemembered() {
        var table = ColorPairTable(limit: 64)
        XCTAssertEqual(table.pair(foreground: 1, background: 2) { _, _, _ in false }, 0)
        XCTAssertEqual(table.pair(foreground: 1, background: 2) { _, _, _ in true }, 1)
    }
}
