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

    func testWideCharactersThatFollowEachOtherShareOneBox() {
        let page = html()
        XCTAssertTrue(page.contains("<span class=\"w u\" style=\"width: 4ch\">百度</span>"),
            "百度 is not one underlined box four columns wide, so find cannot see it whole")
        XCTAssertTrue(page.contains("<span class=\"w\" style=\"width: 8ch\">阿里巴巴</span>"))
        XCTAssertNotNil(page.firstMatch(of: /\.w \{ width: 2ch;[^}]*letter-spacing: calc\(2ch - 1em\)/),
            "wide characters are not spaced to two columns each")
    }

    func testEveryCharacterBeyondASCIIIsPinnedToItsCells() {
        var screen = Screen(width: 20, height: 1)
        screen.put("a…b→c·d é 百度 ╹█", x: 0, y: 0)
        let pre = html(screen).firstMatch(of: /<pre>(.*?)<svg/.dotMatchesNewlines())!.1
        // Outside the pinned boxes only ASCII is left, and the zero-size characters that find and copy read.
        let loose = String(pre).replacing(/<span class="[wb]( u)?"( style="width: \d+ch")?>[^<]*<\/span>/, with: "")
            .replacing(/<span class="n( u)?" data-c="[^"]*" aria-hidden="true"><\/span><span class="z">[^<]*<\/span>/, with: "")
            .replacing(/<[^>]*>/, with: "")
        XCTAssertTrue(loose.unicodeScalars.allSatisfy(\.isASCII), "left to the font's width: \(loose)")
        XCTAssertTrue(pre.contains("a<span class=\"n\" data-c=\"…\" aria-hidden=\"true\"></span><span class=\"z\">…</span>b"))
        let page = html()
        XCTAssertNotNil(page.firstMatch(of: /\.n \{ display: inline-flex; justify-content: center; width: 1ch;/))
        XCTAssertTrue(page.contains(".n::before { content: attr(data-c); }") && page.contains(".z { font-size: 0; line-height: 0; }"))
    }

    func testShapesAreAnOverlayOverTransparentGlyphs() throws {
        let page = html()
        XCTAssertTrue(page.contains("<span class=\"b\">│</span>"), "│ is not kept in the text for copying")
        XCTAssertNotNil(page.firstMatch(of: /\.b \{ width: 1ch; overflow: hidden; color: transparent; \}/))
        let overlay = try XCTUnwrap(page.firstMatch(of: /<svg [^>]*viewBox="0 0 ([0-9.]+) ([0-9.]+)"[^>]*>(.*?)<\/svg><\/pre>/))
        XCTAssertEqual(Double(overlay.1), Double(ExportFixture.width) * SVGExporter.cellWidth)
        XCTAssertEqual(Double(overlay.2), Double(ExportFixture.height) * SVGExporter.cellHeight)
        XCTAssertTrue(overlay.3.contains("<path"), "no lines in the overlay")
        XCTAssertTrue(overlay.3.contains("<rect"), "no bars in the overlay")
        XCTAssertNotNil(page.firstMatch(of: /pre > svg \{ position: absolute; left: 16px; top: 14px; width: 64ch;/))
    }

    func testCaptionFollowsThePicture() throws {
        let page = html()
        let caption = "<figcaption>aiwatch · Companies · filter: sector:search · 4/9"
        XCTAssertLessThan(try XCTUnwrap(page.range(of: "</pre>")).lowerBound, try XCTUnwrap(page.range(of: caption)).lowerBound)
    }
}
