import AIWatchTestSupport
import Foundation
import XCTest

@testable import TerminalKit

/// The caption under an export reads at WCAG AA (4.5:1) on every theme, and the HTML caption spans the picture.
final class ExportCaptionContrastTests: XCTestCase {
    /// The WCAG 2 contrast ratio of two `#rrggbb` colours, computed here on its own.
    private func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { (channel: Int) -> Double in
                let c = Double(channel) / 255
                return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    func testHTMLCaptionReadsOnEveryTheme() throws {
        for name in Theme.Name.allCases {
            let theme = Theme.named(name)
            let page = HTMLExporter.render(ExportFixture.screen, theme: theme, caption: ExportFixture.caption)
            let color = String(try XCTUnwrap(page.firstMatch(of: /figcaption \{[^}]*[^-]color: (#[0-9a-f]{6})/)).1)
            XCTAssertGreaterThanOrEqual(contrast(color, theme.background.hex), 4.5, "\(name): caption \(color)")
        }
    }

    func testSVGCaptionAndTitleReadOnEveryTheme() throws {
        for name in Theme.Name.allCases {
            let theme = Theme.named(name)
            let svg = SVGExporter.render(ExportFixture.screen, theme: theme, caption: ExportFixture.caption)
            let fills = svg.matches(of: /<text class="[^"]*-(caption|title)" [^>]*fill="(#[0-9a-f]{6})"/).map { String($0.2) }
            XCTAssertFalse(fills.isEmpty)
            for fill in fills {
                XCTAssertGreaterThanOrEqual(contrast(fill, theme.background.hex), 4.5, "\(name): caption \(fill)")
            }
        }
    }

    func testTheTerminalThemeKeepsItsColours() {
        XCTAssertEqual(Theme.named(.light).paint(.muted).foregroundRGB, RGB(0x6E7781), "only exports change the grey")
    }

    /// A caption as wide as the box: its width does not count towards the figure's, then fills it.
    func testHTMLCaptionSpansThePictureWithoutWidening() throws {
        let page = HTMLExporter.render(ExportFixture.screen, theme: .named(.light), caption: ExportFixture.caption)
        let rule = String(try XCTUnwrap(page.firstMatch(of: /figcaption \{([^}]*)\}/)).1)
        XCTAssertTrue(rule.contains("width: 0; min-width: 100%;"), rule)
        XCTAssertFalse(rule.contains("max-width"), rule)
    }
}
