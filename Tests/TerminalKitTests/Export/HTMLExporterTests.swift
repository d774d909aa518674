import AIWatchTestSupport
import XCTest

@testable import TerminalKit

final class HTMLExporterTests: XCTestCase {
    private func html(_ screen: Screen = ExportFixture.screen, caption: ExportCaption = ExportFixture.caption) -> String {
        HTMLExporter.render(screen, theme: .named(.dark), caption: caption)
    }

    /// The `<pre>`'s text as a browser shows and copies it: tags dropped, entities decoded.
    private func preText(_ page: String) -> String {
        let start = page.range(of: "<pre>")!.upperBound, end = page.range(of: "</pre>")!.lowerBound
        return String(page[start..<end]).replacing(/<[^>]*>/, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func testPreShowsTheScreenRows() {
        let rows = preText(html()).components(separatedBy: "\n").map { $0.trimmingTrailingSpaces() }
        XCTAssertEqual(rows.joined(separator: "\n"), ExportFixture.screen.text)
    }

    func testEscapesHostileData() {
        let page = html(ExportFixture.hostileScreen, caption: ExportFixture.hostileCaption)
        XCTAssertFalse(page.contains("<script"), "data became markup")
        XCTAssertFalse(page.contains("]]>"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        XCTAssertTrue(page.contains("Tom &amp; &quot;Jerry&quot;"))
        XCTAssertFalse(page.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || [0x202E, 0x9B].contains($0.value) })
        let rows = preText(page).components(separatedBy: "\n").map { $0.trimmingTrailingSpaces() }
        XCTAssertEqual(rows.joined(separator: "\n"), ExportFixture.hostileScreen.text.replacingOccurrences(of: "\u{FFFF}", with: "\u{FFFD}")
            .replacingOccurrences(of: "\u{FFFE}", with: "\u{FFFD}"))
        XCTAssertTrue(page.contains("<title>aiwatch — &lt;script&gt;"))
    }

    func testIsSelfContained() {
        let page = html()
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        for external in ["http:", "https:", "src=", "url(", "@import", "<link", "<script"] {
            XCTAssertFalse(page.contains(external), "the page refers to something outside it: \(external)")
        }
        XCTAssertTrue(page.contains("background: #1e1e2e"), "the theme background is missing")
        XCTAssertTrue(page.contains("\"Noto Sans Mono CJK SC\""), "no CJK fallback font")
    }

    func testEveryWideCharacterIsATwoColumnBox() {
        let screen = ExportFixture.screen
        let wide = screen.cells.filter { $0.width == 2 }.map { String($0.character) }
        let page = html()
        let found = page.matches(of: /<span class="w( u)?">([^<]*)<\/span>/).map { String($0.output.2) }
        XCTAssertEqual(found, wide)
        XCTAssertTrue(page.contains("<span class=\"w u\">百</span><span class=\"w u\">度</span>"), "the match lost its underline")
        XCTAssertNotNil(page.firstMatch(of: /\.w \{ width: 2ch;/), "wide boxes are not two columns wide")
    }

    func testLineDrawingIsPaintedAcrossTheWholeCell() {
        let page = html()
        XCTAssertTrue(page.contains("<span class=\"b x2502\">│</span>"), "│ is left to the font")
        XCTAssertNotNil(page.firstMatch(of: /\.x2502 \{ background-image: [^}]*background-size: 1px calc\(50% \+ 0\.5px\), 1px calc\(50% \+ 0\.5px\)/))
        XCTAssertNotNil(page.firstMatch(of: /\.b \{ width: 1ch; -webkit-text-fill-color: transparent;/))
    }

    func testCaptionFollowsThePicture() throws {
        let page = html()
        let caption = "<figcaption>aiwatch · Companies · filter: sector:search · 4/9"
        XCTAssertLessThan(try XCTUnwrap(page.range(of: "</pre>")).lowerBound, try XCTUnwrap(page.range(of: caption)).lowerBound)
    }
}
