import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// Every pane as a user sees it, at 80x24 and 160x48: as opened, with a record selected, and with its detail
/// open; plus the filter, overlays and the too-small screen. The golden files are plain text, to be read.
final class ScreenGoldenTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func screen(_ arguments: ViewOptions, _ columns: Int, _ rows: Int, keys: [Key] = []) throws -> String {
        var state = try ViewBuilder.state(arguments, columns: columns, rows: rows, env: env)
        for key in keys { Update.update(.key(key), state: &state, env: env) }
        return Renderer.render(state, catalog: env.catalog).text + "\n"
    }

    func view(_ pane: Pane, select: String? = nil, open: Bool = false, filter: String = "") -> ViewOptions {
        var options = ViewOptions()
        options.pane = pane
        options.select = select
        options.open = open
        options.filter = filter
        return options
    }

    /// A record a few rows down each pane, so selection and scrolling show.
    static let selections: [Pane: String] = [
        .dashboard: "jd-com", .companies: "jd-com", .regulations: "recommendation-algorithm-rules",
        .statistics: "beijing-ai-talent", .people: "winston-ma", .timeline: "deep-synthesis-introduced",
        .sources: "cnbc", .quotes: "sun-careful",
    ]

    func testEveryPaneAtBothSizes() throws {
        for pane in Pane.allCases {
            for (columns, rows) in [(80, 24), (160, 48)] {
                let size = "\(columns)x\(rows)"
                Golden.assertMatches(try screen(view(pane), columns, rows), named: "screen-\(pane.rawValue)-\(size).txt")
                let id = try XCTUnwrap(Self.selections[pane])
                Golden.assertMatches(try screen(view(pane, select: id), columns, rows), named: "screen-\(pane.rawValue)-\(size)-selected.txt")
                Golden.assertMatches(try screen(view(pane, select: id, open: true), columns, rows), named: "screen-\(pane.rawValue)-\(size)-detail.txt")
            }
        }
    }

    func testFilterActiveAndNoResults() throws {
        Golden.assertMatches(try screen(view(.dashboard, filter: "cloud"), 80, 24), named: "screen-filter-cloud-80x24.txt")
        Golden.assertMatches(try screen(view(.companies, filter: "jingdong"), 80, 24), named: "screen-filter-pinyin-80x24.txt")
        Golden.assertMatches(try screen(view(.companies, filter: "zzzz"), 80, 24), named: "screen-filter-none-80x24.txt")
        Golden.assertMatches(
            try screen(view(.companies), 80, 24, keys: [.character("/"), .character("\""), .character("a")]),
            named: "screen-filter-error-80x24.txt"
        )
    }

    /// JD.com, which `jd` names, above the firms whose evidence merely lists it, marked `~`.
    func testARankedFilterPutsTheNamedFirmFirst() throws {
        Golden.assertMatches(try screen(view(.companies, filter: "jd"), 80, 24), named: "screen-filter-ranked-80x24.txt")
        Golden.assertMatches(try screen(view(.companies, filter: "baidu | alibaba"), 120, 40), named: "screen-filter-ranked-120x40.txt")
    }

    /// `person:triolo` on the People's quotes: Paul Triolo's four quotes, one a row, reached with `"` from the
    /// People, whose tab then reads Quotes.
    func testThePeoplesQuotesOfAPerson() throws {
        let keys: [Key] = [.character("5"), .character("\"")]
        Golden.assertMatches(try screen(view(.dashboard, filter: "person:triolo"), 120, 40, keys: keys), named: "screen-quotes-triolo-120x40.txt")
        Golden.assertMatches(try screen(view(.dashboard, filter: "person:triolo"), 80, 24, keys: keys), named: "screen-quotes-triolo-80x24.txt")
    }

    /// The screens a terminal without Unicode lines, eighth blocks and heavy digits gets: the Linux console and a
    /// locale without UTF-8 (the line-drawing set), and `--ascii`.
    func testFallbackGlyphs() throws {
        let screens: [(name: String, view: ViewOptions, columns: Int, rows: Int)] = [
            ("statistics-100x30", view(.statistics), 100, 30), ("dashboard-80x24", view(.dashboard), 80, 24),
            ("timeline-80x24", view(.timeline, select: "deep-synthesis-introduced"), 80, 24),
        ]
        for screen in screens {
            let state = try ViewBuilder.state(screen.view, columns: screen.columns, rows: screen.rows, env: env)
            let drawn = Renderer.render(state, catalog: env.catalog)
            for glyphs in [GlyphSet.acs, .ascii] {
                Golden.assertMatches(glyphs.apply(drawn).text + "\n", named: "screen-\(screen.name)-\(glyphs.rawValue).txt")
            }
        }
    }

    func testOverlaysAndTooSmall() throws {
        Golden.assertMatches(try screen(view(.dashboard), 80, 24, keys: [.character("?")]), named: "screen-help-80x24.txt")
        Golden.assertMatches(try screen(view(.regulations), 80, 24, keys: [.character("x")]), named: "screen-export-menu-80x24.txt")
        Golden.assertMatches(try screen(view(.dashboard), 120, 40, keys: [.character("z")]), named: "screen-zoom-120x40.txt")
        Golden.assertMatches(try screen(view(.dashboard), 60, 20), named: "screen-dashboard-60x20-folded.txt")
        Golden.assertMatches(try screen(view(.dashboard), 30, 10), named: "screen-too-small-30x10.txt")
    }

    /// The who-is-affected grid (`a`) at the two sizes a briefing is made at, scrolled on a small terminal, and as
    /// an ASCII terminal draws its three marks.
    func testWhoIsAffectedGrid() throws {
        Golden.assertMatches(try screen(view(.dashboard), 120, 40, keys: [.character("a")]), named: "screen-grid-120x40.txt")
        Golden.assertMatches(try screen(view(.dashboard), 80, 24, keys: [.character("a")]), named: "screen-grid-80x24.txt")
        Golden.assertMatches(try screen(view(.regulations), 40, 12, keys: [.character("a"), .down, .right]), named: "screen-grid-40x12-scrolled.txt")
        let state = try ViewBuilder.state(view(.dashboard), columns: 80, rows: 24, env: env)
        var open = state
        Update.update(.key(.character("a")), state: &open, env: env)
        Golden.assertMatches(GlyphSet.ascii.apply(Renderer.render(open, catalog: env.catalog)).text + "\n", named: "screen-grid-80x24-ascii.txt")
    }

    /// An opened detail starts at its top, even when its links are below the fold.
    func testDetailsOpenAtTheirTop() throws {
        Golden.assertMatches(try screen(view(.dashboard), 60, 16, keys: [.character("3"), .enter]), named: "screen-regulations-60x16-opened.txt")
        Golden.assertMatches(try screen(view(.people, select: "winston-ma", open: true), 80, 12), named: "screen-people-80x12-detail.txt")
        Golden.assertMatches(
            try screen(view(.dashboard), 60, 16, keys: [.character("3"), .enter] + Array(repeating: .character("j"), count: 16) + [.character("g")]),
            named: "screen-regulations-60x16-opened.txt"
        )
    }
}
