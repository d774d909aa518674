import AIWatchApp
import AIWatchData
import TerminalKit

/// A small, fixed dashboard drawn by hand: a focused box with rounded corners and a title, a CJK name per row,
/// a selected row, bars of eighth blocks, a second box with square corners and a tee, and a status bar.
public enum ExportFixture {
    /// The fixture screen's width in cells.
    public static let width = 64
    /// The fixture screen's height in rows.
    public static let height = 12

    /// The rows of the list box: a CJK and Latin name, a sector and a bar.
    public static let rows: [(name: String, sector: String, bar: String)] = [
        ("百度 Baidu", "search", "███████▍"),
        ("京东 JD.com", "retail", "████▊"),
        ("阿里巴巴 Alibaba", "cloud", "██████"),
        ("腾讯 Tencent", "social", "██▎"),
    ]

    /// The dashboard itself, the same cells on every call: what the export goldens are rendered from.
    public static var screen: Screen {
        var screen = Screen(width: width, height: height)
        screen.put(" 1 Dashboard ", x: 0, y: 0, role: .tab)
        screen.put(" 2 Companies ", x: 13, y: 0, role: .tabActive)
        screen.put(" 3 Regulations ", x: 26, y: 0, role: .tab)
        box(&screen, Rect(x: 0, y: 1, width: 40, height: 10), title: "Companies 4/9", role: .focusBorder, rounded: true)
        screen.put("Name", x: 2, y: 2, role: .header)
        screen.put("Sector", x: 20, y: 2, role: .header)
        screen.put("Reach", x: 29, y: 2, role: .header)
        for (index, row) in rows.enumerated() {
            let y = 3 + index
            screen.put(row.name, x: 2, y: y)
            screen.put(row.sector, x: 20, y: y, role: .muted)
            screen.put(row.bar, x: 29, y: y, role: .bar)
        }
        screen.restyle(Rect(x: 1, y: 5, width: 38, height: 1), role: .selected)
        screen.put("Search matches ", x: 2, y: 8, role: .muted)
        screen.put("百度", x: 17, y: 8, role: .match)
        box(&screen, Rect(x: 40, y: 1, width: 24, height: 10), title: "阿里巴巴", role: .border, rounded: false)
        screen.put("Alibaba Group", x: 42, y: 2, role: .title)
        screen.put("├" + String(repeating: "─", count: 22) + "┤", x: 40, y: 3, role: .border)
        screen.put("Chatbot  通义千问", x: 42, y: 4)
        screen.put("Founded  1999", x: 42, y: 5)
        screen.put("Staff    ", x: 42, y: 6)
        screen.put("235,216", x: 51, y: 6, role: .number)
        screen.put("approx.", x: 42, y: 7, role: .qualifier, flags: .italic)
        screen.fill(Rect(x: 0, y: 11, width: width, height: 1), role: .statusBar)
        var x = screen.put(" q", x: 0, y: 11, role: .statusBar, flags: .bold)
        x = screen.put(" quit  ", x: x, y: 11, role: .statusBar)
        x = screen.put("/", x: x, y: 11, role: .statusBar, flags: .bold)
        screen.put(" filter  · 4 of 9", x: x, y: 11, role: .statusBar)
        return screen
    }

    /// Draws a box by hand, with rounded or square corners and `title` on its top edge.
    public static func box(_ screen: inout Screen, _ rect: Rect, title: String, role: Role, rounded: Bool) {
        let corners: [String] = rounded ? ["╭", "╮", "╰", "╯"] : ["┌", "┐", "└", "┘"]
        let inner = String(repeating: "─", count: rect.width - 2)
        screen.put(corners[0] + inner + corners[1], x: rect.x, y: rect.y, role: role)
        for y in rect.y + 1..<rect.maxY - 1 {
            screen.put("│", x: rect.x, y: y, role: role)
            screen.put("│", x: rect.maxX - 1, y: y, role: role)
        }
        screen.put(corners[2] + inner + corners[3], x: rect.x, y: rect.maxY - 1, role: role)
        screen.put(" \(title) ", x: rect.x + 2, y: rect.y, role: .title)
    }

    /// The provenance stamp of the fixture: a filtered Companies pane citing two sources.
    public static let provenance = Provenance(
        pane: "Companies", filter: "sector:search", matched: 4, total: 9,
        sources: ["CNBC, Feb 2023", "Tech Wire Asia, Feb 2023"], dataDate: "2023-02")

    /// The caption exports of the fixture carry, from `provenance`.
    public static var caption: ExportCaption { provenance.exportCaption }

    /// A record table with CJK, Markdown's own characters (`|`, `*`, `<`) and a line break in its cells.
    public static let table = RecordTable(
        columns: ["Name", "Sector", "Chatbot"],
        rows: [
            ["百度 Baidu", "search", "Ernie Bot (文心一言)"],
            ["京东 JD.com", "retail | logistics", "ChatJD\n(planned)"],
            ["阿里巴巴 Alibaba", "cloud", "Tongyi Qianwen"],
            ["腾讯 Tencent", "social", "*HunYuan* <beta>"],
        ],
        ids: ["baidu", "jd", "alibaba", "tencent"])

    /// Data meant to break an export, put through the sanitizer as the app does.
    public static let hostile: [String] = [
        "\u{1B}[31mred\u{1B}[0m", "\u{1B}]8;;https://evil.example\u{07}link\u{1B}]8;;\u{07}", "\u{9B}2J",
        "<script>alert('x')</script>", "Tom & \"Jerry\" ]]> 'quoted'", "\u{202E}txt.exe\u{202C}", "a\u{0}b\u{7F}c",
        "\u{1B}P+q\u{1B}\\", "line\nbreak\r\n", "]]><!--", "\u{FFFF}\u{FFFE}",
    ].map(Sanitizer.clean)

    /// A screen full of hostile data, with CJK around it.
    public static var hostileScreen: Screen {
        var screen = Screen(width: 48, height: hostile.count + 1)
        for (index, text) in hostile.enumerated() {
            screen.put("京" + text, x: 0, y: index, role: index % 2 == 0 ? .text : .selected)
        }
        screen.put("│", x: 47, y: 0, role: .border)
        return screen
    }

    /// A provenance stamp whose pane, filter and source are `hostile` strings.
    public static var hostileProvenance: Provenance {
        Provenance(pane: hostile[3], filter: hostile[0] + hostile[4], matched: 1, total: 2, sources: [hostile[1]],
            dataDate: "2023-02")
    }

    /// The caption of `hostileProvenance`.
    public static var hostileCaption: ExportCaption { hostileProvenance.exportCaption }
}
