import AIWatchData
import AIWatchTestSupport
import TerminalKit
import Foundation
import XCTest

@testable import AIWatchApp

/// With names and summaries made of CJK, emoji with modifiers and ZWJ, combining marks and Zalgo text, every box
/// border stays in the column and row the layout gives it, at sizes from 20x6 to 300x100.
final class WidthPropertyTests: XCTestCase {
    static let pieces: [String] = [
        "百度", "阿里巴巴", "ＡＩ", "ｶﾀｶﾅ", "한국어", "👍🏽", "👩🏽‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇨🇳", "☺️", "e\u{301}", "a\u{20DD}",
        "Z\u{335}\u{322}\u{31B}a\u{335}l\u{338}g\u{337}o\u{334}\u{300}\u{301}\u{302}\u{303}", "\u{300}", "ǅ", "x", " ", "—", "…",
        "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "ﷺ", "𝕏", "\u{200D}", "🧑‍🤝‍🧑",
    ]

    /// A random string of 0…12 pieces.
    static func randomText(_ generator: inout SplitMix64) -> String {
        (0..<Int(generator.next() % 13)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    static let env: Environment = {
        var generator = SplitMix64(seed: 2026)
        let files = HostilePayloads.files { _ in randomText(&generator) + "x" }
        return Environment.standard(try! CatalogLoader.load(files: files, pinyin: [:]))
    }()

    func testBordersStayInPlaceAtManySizes() {
        var generator = SplitMix64(seed: 11)
        var sizes = [(20, 6), (300, 100), (40, 12), (39, 11), (41, 13)]
        while sizes.count < 40 { sizes.append((20 + Int(generator.next() % 281), 6 + Int(generator.next() % 95))) }
        for (columns, rows) in sizes {
            for pane in Pane.allCases {
                for keys: [Key] in [[.character(pane.key)], [.character(pane.key), .down, .enter]] {
                    var state = Update.initialState(columns: columns, rows: rows, query: "", env: Self.env)
                    for key in keys { Update.update(.key(key), state: &state, env: Self.env) }
                    let screen = Renderer.render(state, catalog: Self.env.catalog)
                    let what = "\(pane) \(keys.count == 1 ? "list" : "detail") at \(columns)x\(rows)"
                    assertRowsFit(screen, what)
                    if Layout.fits(columns: columns, rows: rows) {
                        for list in Layout(state: state).lists { assertBox(screen, list.rect, "\(what), \(list.pane) box") }
                    }
                }
            }
        }
    }

    /// Every row's cells add up to exactly the screen width, and every wide cell is followed by its continuation.
    func assertRowsFit(_ screen: Screen, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<screen.height {
            var total = 0
            for x in 0..<screen.width {
                let cell = screen[x, y]
                total += Int(cell.width)
                if cell.width == 2 && (x + 1 >= screen.width || !screen[x + 1, y].isContinuation) {
                    return XCTFail("\(what): wide cell at \(x),\(y) without its right half", file: file, line: line)
                }
            }
            if total != screen.width {
                return XCTFail("\(what): row \(y) is \(total) cells wide: \(screen.rowText(y))", file: file, line: line)
            }
        }
    }

    /// The corners and sides of a box drawn around `rect` are where the layout put them.
    func assertBox(_ screen: Screen, _ rect: Rect, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let corners: [(Int, Int, Character)] = [
            (rect.x, rect.y, "╭"), (rect.maxX - 1, rect.y, "╮"), (rect.x, rect.maxY - 1, "╰"), (rect.maxX - 1, rect.maxY - 1, "╯"),
        ]
        for (x, y, expected) in corners where screen[x, y].character != expected {
            return XCTFail("\(what): \(screen[x, y].character) instead of \(expected) at \(x),\(y)", file: file, line: line)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            // The right border doubles as the scrollbar, whose thumb is the heavy line.
            for (x, allowed) in [(rect.x, "│"), (rect.maxX - 1, "│┃")] where !allowed.contains(screen[x, y].character) {
                return XCTFail("\(what): \(screen[x, y].character) instead of │ at \(x),\(y): \(screen.rowText(y))", file: file, line: line)
            }
        }
        for x in rect.x + 1..<rect.maxX - 1 where screen[x, rect.maxY - 1].character != "─" {
            return XCTFail("\(what): bottom border broken at \(x): \(screen.rowText(rect.maxY - 1))", file: file, line: line)
        }
    }
}
