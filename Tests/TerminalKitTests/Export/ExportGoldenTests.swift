import AIWatchTestSupport
import XCTest

@testable import TerminalKit

/// Each format of the fixture screen against a golden file a person has read (and, for HTML and SVG, looked at).
final class ExportGoldenTests: XCTestCase {
    private func render(_ format: ScreenFormat, theme: Theme.Name = .dark, frame: Bool = true) -> String {
        format.render(ExportFixture.screen, theme: .named(theme), caption: ExportFixture.caption, windowFrame: frame)
    }

    func testTextGolden() { Golden.assertMatches(render(.txt), named: "companies.txt") }
    func testANSIGolden() { Golden.assertMatches(render(.ansi), named: "companies.ans") }
    func testHTMLGolden() { Golden.assertMatches(render(.html), named: "companies.html") }
    func testHTMLLightGolden() { Golden.assertMatches(render(.html, theme: .light), named: "companies-light.html") }
    func testSVGGolden() { Golden.assertMatches(render(.svg), named: "companies.svg") }
    func testSVGLightUnframedGolden() {
        Golden.assertMatches(render(.svg, theme: .light, frame: false), named: "companies-light-plain.svg")
    }
    func testSVGMonoGolden() { Golden.assertMatches(render(.svg, theme: .mono), named: "companies-mono.svg") }

    func testSameInputsGiveByteIdenticalOutput() {
        for format in ScreenFormat.allCases {
            XCTAssertEqual(Array(render(format).utf8), Array(render(format).utf8), "\(format) is not deterministic")
        }
    }

    func testFormatNames() {
        XCTAssertEqual(ScreenFormat.allCases.map(\.rawValue), ["txt", "ansi", "html", "svg"])
    }
}
