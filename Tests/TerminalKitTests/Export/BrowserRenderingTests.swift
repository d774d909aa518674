import AIWatchTestSupport
import Foundation
import XCTest

@testable import TerminalKit

/// The HTML and SVG exports as Chromium lays them out, with DejaVu Sans Mono hidden from fontconfig (the font the
/// grid used to depend on), with only a CJK face left, and with the machine's fonts: every character sits at its
/// cell, box edges line up on every row, rows keep their height, find sees `百度` and `China’s`, and copying gives
/// the rows. Skipped where `chromium` is not installed.
final class BrowserRenderingTests: XCTestCase {
    /// A box whose rows hold what fallback fonts draw at other widths: `…`, `→`, `·`, accents, CJK, half lines.
    static var screen: Screen {
        var screen = Screen(width: 40, height: 8)
        ExportFixture.box(&screen, Rect(x: 0, y: 0, width: 40, height: 8), title: "Fonts", role: .focusBorder, rounded: true)
        let rows = ["Ellipsis… arrow → dot · end", "百度 Baidu · 京东 JD.com", "big ╻ ┃ ╹ numerals ━━", "Stand-in ␛ é ü ñ — “quoted” China’s",
            "plain ASCII row 😀 𝄞 end", "阿里巴巴 Alibaba 通义千问"]
        for (index, row) in rows.enumerated() { screen.put(row, x: 2, y: 1 + index, role: index == 1 ? .match : .text) }
        return screen
    }

    private struct Layout: Decodable {
        /// HTML: each row's characters with their left edge and width.
        var cells: [[Cell]]?
        /// HTML: the grid's first cell's left and top edges, the width of a column and the grid's height.
        var x0: Double?, y0: Double?, ch: Double?, height: Double?
        /// HTML: the selected text of the whole grid.
        var copy: String?
        /// HTML: the caption's left and right edges, then the box's.
        var caption: [Double]?
        /// SVG: each row's text as copied and the extent of each character.
        var rows: [Row]?
        /// Whether `百度`, `Baidu`, `China’s` and `Ellipsis… arrow` were found.
        var find: [Bool]

        struct Cell: Decodable {
            let character: String, left: Double, width: Double, middle: Double
            init(from decoder: Decoder) throws {
                var values = try decoder.unkeyedContainer()
                character = try values.decode(String.self)
                left = try values.decode(Double.self)
                width = try values.decode(Double.self)
                middle = try values.decode(Double.self)
            }
        }

        struct Row: Decodable {
            let y: Double, copy: String, extents: [[Double]]
        }
    }

    private static let script = """
        (function () {
          function run() {
            const out = { find: [] };
            const rows = [...document.querySelectorAll('text')].filter(t => /-r$/.test(t.getAttribute('class') || ''));
            if (rows.length) {
              out.rows = rows.map(t => {
                const extents = [];
                for (let i = 0; i < t.getNumberOfChars(); i++) { const e = t.getExtentOfChar(i); extents.push([e.x, e.width]); }
                const s = getSelection(); s.removeAllRanges();
                const r = document.createRange(); r.selectNodeContents(t); s.addRange(r);
                return { y: +t.getAttribute('y'), copy: String(s), extents };
              });
            } else {
              const pre = document.querySelector('pre');
              const style = getComputedStyle(pre);
              out.x0 = pre.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
              out.y0 = pre.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
              out.height = pre.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
              const probe = document.createElement('span');
              probe.style.cssText = 'display: inline-block; width: 10ch';
              pre.appendChild(probe); out.ch = probe.getBoundingClientRect().width / 10; probe.remove();
              out.cells = [[]];
              const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const node = walker.currentNode;
                if (node.parentNode.closest('svg')) continue;
                for (let i = 0; i < node.data.length;) {
                  const length = node.data.codePointAt(i) > 0xffff ? 2 : 1;
                  const character = node.data.substr(i, length);
                  if (character === '\\n') { out.cells.push([]); } else {
                    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + length);
                    const box = r.getBoundingClientRect();
                    out.cells[out.cells.length - 1].push([character, box.left, box.width, (box.top + box.bottom) / 2]);
                  }
                  i += length;
                }
              }
              const s = getSelection(); s.removeAllRanges();
              const r = document.createRange(); r.selectNodeContents(pre); s.addRange(r);
              out.copy = String(s);
              const caption = document.querySelector('figcaption').getBoundingClientRect();
              const box = pre.getBoundingClientRect();
              out.caption = [caption.left, caption.right, box.left, box.right];
            }
            for (const word of ['百度', 'Baidu', 'China’s', 'Ellipsis… arrow']) { getSelection().removeAllRanges(); out.find.push(window.find(word)); }
            document.documentElement.setAttribute('data-layout', encodeURIComponent(JSON.stringify(out)));
          }
          window.addEventListener('load', () => document.fonts.ready.then(run));
        })();
        """

    private static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// `document` (an export with the measuring script added) as Chromium lays it out.
    private func layout(_ document: String, format: String, hiding fonts: [String]) throws -> Layout {
        guard let chromium = Self.chromium else { throw XCTSkip("chromium is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("export.\(format)")
        try document.write(to: page, atomically: true, encoding: .utf8)
        let configuration = folder.appendingPathComponent("fonts.conf")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <selectfont><rejectfont>\(fonts.map { "<glob>*\($0)*</glob>" }.joined())</rejectfont></selectfont>
            </fontconfig>
            """.write(to: configuration, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("dom.txt")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--window-size=1200,800",
            "--virtual-time-budget=5000", "--dump-dom", page.absoluteString,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["FONTCONFIG_FILE"] = configuration.path
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hang guard only: a render takes about a second.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let dom = try String(contentsOf: output, encoding: .utf8)
        let encoded = try XCTUnwrap(dom.firstMatch(of: /data-layout="([^"]*)"/), "Chromium gave no layout").1
        let json = try XCTUnwrap(String(encoded).removingPercentEncoding)
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    private func htmlLayout(hiding fonts: [String]) throws -> Layout {
        let page = HTMLExporter.render(Self.screen, theme: .named(.light), caption: ExportFixture.caption)
        return try layout(page.replacingOccurrences(of: "</body>", with: "<script>\(Self.script)</script>\n</body>"),
            format: "html", hiding: fonts)
    }

    private func svgLayout(hiding fonts: [String]) throws -> Layout {
        let svg = SVGExporter.render(Self.screen, theme: .named(.dark), caption: ExportFixture.caption)
        return try layout(svg.replacingOccurrences(of: "</svg>\n", with: "<script><![CDATA[\(Self.script)]]></script>\n</svg>\n"),
            format: "svg", hiding: fonts)
    }

    /// The cells of row `y` in reading order (continuations left out), with their columns.
    private func cells(_ y: Int) -> [(column: Int, cell: TerminalKit.Cell)] {
        (0..<Self.screen.width).filter { !Self.screen[$0, y].isContinuation }.map { ($0, Self.screen[$0, y]) }
    }

    private func rowText(_ y: Int) -> String {
        String(cells(y).map(\.cell.character)).trimmingTrailingSpaces()
    }

    private func checkHTML(hiding fonts: [String]) throws {
        let layout = try htmlLayout(hiding: fonts)
        let (x0, ch) = (try XCTUnwrap(layout.x0), try XCTUnwrap(layout.ch))
        let rows = try XCTUnwrap(layout.cells)
        XCTAssertEqual(rows.count, Self.screen.height)
        let (y0, height) = (try XCTUnwrap(layout.y0), try XCTUnwrap(layout.height))
        XCTAssertEqual(height, Double(Self.screen.height) * SVGExporter.cellHeight, accuracy: 0.5, "a row is taller than its cells")
        var rightEdges: [Double] = []
        for (y, row) in rows.enumerated() {
            let expected = cells(y)
            XCTAssertEqual(row.map(\.character).joined(), rowText(y), "row \(y) is not the screen row")
            for shown in row where shown.width > 0 && shown.character.unicodeScalars.allSatisfy(\.isASCII) {
                let middle = y0 + (Double(y) + 0.5) * SVGExporter.cellHeight
                XCTAssertEqual(shown.middle, middle, accuracy: 2, "\(shown.character) on row \(y) is off its row")
            }
            for (index, (shown, (column, cell))) in zip(row, expected).enumerated() {
                let start = x0 + Double(column) * ch
                let isShape = CellShape.of(cell.character) != nil
                if cell.width == 2 {
                    // Inside its two-column box, spaced to the box: it starts no further in than one column.
                    XCTAssertTrue(shown.left >= start - 0.5 && shown.left <= start + ch, "\(cell.character) at \(column),\(y): \(shown.left) vs \(start)")
                } else if shown.width == 0 {
                    // A zero-size character that find and copy read; its box shows it, and the cells after it
                    // are checked in place.
                    XCTAssertFalse(cell.character.isASCII, "\(cell.character) at \(column),\(y) does not show")
                } else if !isShape || index == 0 || CellShape.of(expected[index - 1].cell.character) == nil {
                    XCTAssertEqual(shown.left, start, accuracy: 0.5, "\(cell.character) at \(column),\(y) is off its cell")
                }
                if column == Self.screen.width - 1, cell.character == "│", index > 0,
                    CellShape.of(expected[index - 1].cell.character) == nil
                {
                    rightEdges.append(shown.left)
                }
            }
        }
        XCTAssertEqual(rightEdges.count, 6, "the box's right edge is missing from a row")
        for edge in rightEdges { XCTAssertEqual(edge, rightEdges[0], accuracy: 0.5, "the right edge moves from row to row: \(rightEdges)") }
        let copied = try XCTUnwrap(layout.copy).components(separatedBy: "\n").map { $0.trimmingTrailingSpaces() }
        XCTAssertEqual(copied, (0..<Self.screen.height).map(rowText), "copying the grid does not give the screen")
        XCTAssertEqual(layout.find, [true, true, true, true], "find does not see 百度, Baidu, China’s or Ellipsis… arrow")
        let caption = try XCTUnwrap(layout.caption)
        XCTAssertEqual(caption[0], caption[2], accuracy: 1, "the caption does not start under the box")
        XCTAssertEqual(caption[1], caption[3], accuracy: 1, "the caption wraps before the box's right edge")
    }

    private func checkSVG(hiding fonts: [String]) throws {
        let layout = try svgLayout(hiding: fonts)
        let rows = try XCTUnwrap(layout.rows)
        XCTAssertEqual(rows.count, Self.screen.height)
        for (y, row) in rows.enumerated() {
            XCTAssertEqual(row.y, Double(y) * SVGExporter.cellHeight + SVGExporter.baseline, accuracy: 0.01)
            XCTAssertEqual(row.copy, rowText(y), "copying row \(y) does not give the screen row")
            var index = 0
            for (column, cell) in cells(y) where index < row.extents.count {
                let extent = row.extents[index]
                let centre = (Double(column) + Double(max(1, Int(cell.width))) / 2) * SVGExporter.cellWidth
                if cell.character != " ", CellShape.of(cell.character) == nil {
                    XCTAssertEqual(extent[0] + extent[1] / 2, centre, accuracy: 1, "\(cell.character) at \(column),\(y) is off its cell")
                }
                index += String(cell.character).utf16.count
            }
        }
        XCTAssertEqual(layout.find, [true, true, true, true], "find does not see 百度, Baidu, China’s or Ellipsis… arrow")
    }

    func testHTMLGridHoldsWithDejaVuHidden() throws { try checkHTML(hiding: ["DejaVu"]) }
    /// Only a CJK face is left to draw Latin too: its cells are narrower and its symbols full width.
    func testHTMLGridHoldsWithOnlyACJKFont() throws { try checkHTML(hiding: ["DejaVu", "Liberation"]) }
    func testHTMLGridHoldsWithTheMachinesFonts() throws { try checkHTML(hiding: []) }
    func testSVGGridHoldsWithDejaVuHidden() throws { try checkSVG(hiding: ["DejaVu"]) }
    func testSVGGridHoldsWithOnlyACJKFont() throws { try checkSVG(hiding: ["DejaVu", "Liberation"]) }
    func testSVGGridHoldsWithTheMachinesFonts() throws { try checkSVG(hiding: []) }
}
