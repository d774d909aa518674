/// SVG export: the screen as a vector image with exact cell geometry. Each row is one `<text>` whose glyphs sit
/// at their cells' centres, backgrounds are rectangles, and every box-drawing and block character is a shape
/// (`CellShape`), so boxes join across rows and CJK cannot drift, whichever fonts the viewer has, while find and
/// copy see each row as it reads. Ids and class names derive from the content, so the same view always gives
/// the same file.
public enum SVGExporter {
    /// The font stack: monospace faces whose Latin, punctuation and arrows (`…`, `→`, `·`) are all one cell, as
    /// found on Linux, macOS and Windows, then CJK faces, then symbol faces that have the sanitizer's stand-ins
    /// for control characters (␛, ␇), then whatever monospace the viewer has.
    public static let fontFamily =
        "\"DejaVu Sans Mono\", \"Liberation Mono\", \"Cousine\", \"Menlo\", \"Consolas\", "
        + "\"Noto Sans Mono CJK SC\", \"Noto Sans CJK SC\", \"Source Han Mono\", \"Sarasa Mono SC\", \"PingFang SC\", "
        + "\"Microsoft YaHei\", \"Noto Sans Symbols 2\", \"Segoe UI Symbol\", \"Symbola\", monospace"
    /// Width of one cell, in pixels.
    public static let cellWidth = 8.4
    /// Height of one cell (one row), in pixels.
    public static let cellHeight = 18.0
    /// Font size of the grid, in pixels.
    public static let fontSize = 14.0
    static let baseline = 13.5
    static let captionSize = 12.0
    static let captionLineHeight = 16.0

    /// The SVG export of `screen`, in a window frame titled with the pane unless `windowFrame` is false, with the
    /// caption under the grid.
    public static func render(_ screen: Screen, theme: Theme, caption: ExportCaption, windowFrame: Bool = true) -> String {
        let prefix = "aw" + Markup.fingerprint(
            Markup.fingerprintSource(screen, theme: theme, caption: caption) + (windowFrame ? " framed" : ""))
        var grid = SVGGridWriter(
            screen: screen, theme: theme, prefix: prefix, cellWidth: cellWidth, cellHeight: cellHeight, baseline: baseline)
        let body = grid.elements()

        let gridWidth = Double(screen.width) * cellWidth
        let gridHeight = Double(screen.height) * cellHeight
        let captionColumns = max(20, Int(gridWidth / (captionSize * 0.6)))
        let captionRows = captionLines(Sanitizer.clean(caption.text), columns: captionColumns)
        let padding = windowFrame ? 16.0 : 8.0
        let originY = windowFrame ? 40.0 : padding
        let captionTop = originY + gridHeight + 10
        let width = gridWidth + 2 * padding
        let height = captionTop + Double(captionRows.count) * captionLineHeight + padding - 2
        let n = Markup.number
        let muted = ExportCaption.color(in: theme)

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" xml:space=\"preserve\" role=\"img\" "
            + "aria-label=\"\(Markup.escape(caption.text))\">\n"
        svg += "<title>\(Markup.escape("aiwatch — " + caption.title))</title>\n"
        svg += "<style>\n" + styles(prefix: prefix, classes: grid.classes, theme: theme) + "</style>\n"
        if windowFrame {
            svg += frame(width: width, height: height, theme: theme, title: caption.title, prefix: prefix)
        } else {
            svg += "<rect width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(theme.background.hex)\"/>\n"
        }
        svg += "<g class=\"\(prefix)\" transform=\"translate(\(n(padding)) \(n(originY)))\">\n" + body + "</g>\n"
        for (index, line) in captionRows.enumerated() {
            let y = captionTop + Double(index + 1) * captionLineHeight - 4
            svg += "<text class=\"\(prefix) \(prefix)-caption\" x=\"\(n(padding))\" y=\"\(n(y))\" fill=\"\(muted.hex)\">"
                + Markup.escape(line) + "</text>\n"
        }
        return svg + "</svg>\n"
    }

    private static func styles(prefix: String, classes: StyleClasses, theme: Theme) -> String {
        var css = ".\(prefix) { font-family: \(fontFamily); font-size: \(Markup.number(fontSize))px; "
            + "font-variant-ligatures: none; }\n"
        css += ".\(prefix) text, text.\(prefix) { white-space: pre; }\n"
        css += ".\(prefix)-r { text-anchor: middle; }\n"
        css += ".\(prefix)-k { fill: transparent; }\n"
        css += ".\(prefix)-caption { font-size: \(Markup.number(captionSize))px; }\n"
        css += ".\(prefix)-title { font-size: 13px; text-anchor: middle; }\n"
        for (number, style) in classes.styles.enumerated() {
            css += ".\(prefix)-s\(number) { fill: \(style.foreground.hex);\(style.fontDeclarations) }\n"
        }
        return css
    }

    /// The caption cut into lines of at most `columns` cells, preferably between its " · " parts.
    static func captionLines(_ caption: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for part in caption.components(separatedBy: " · ") {
            let joined = line.isEmpty ? part : line + " · " + part
            if CellWidth.of(joined) <= columns {
                line = joined
                continue
            }
            if !line.isEmpty { lines.append(line) }
            let pieces = TextFit.wrap(part, to: columns)
            lines += pieces.dropLast()
            line = pieces.last ?? ""
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A rounded window with three dots and the title centred in its bar.
    private static func frame(width: Double, height: Double, theme: Theme, title: String, prefix: String) -> String {
        let n = Markup.number
        let edge = theme.background.mixed(with: theme.foreground, amount: 0.18)
        let titleColor = ExportCaption.color(in: theme)
        var svg = "<rect x=\"0.5\" y=\"0.5\" width=\"\(n(width - 1))\" height=\"\(n(height - 1))\" rx=\"10\" "
            + "fill=\"\(theme.background.hex)\" stroke=\"\(edge.hex)\"/>\n"
        for (index, color) in ["#ff5f57", "#febc2e", "#28c840"].enumerated() {
            svg += "<circle cx=\"\(n(20 + Double(index) * 20))\" cy=\"20\" r=\"6\" fill=\"\(color)\"/>\n"
        }
        svg += "<text class=\"\(prefix) \(prefix)-title\" x=\"\(n(width / 2))\" y=\"24.5\" fill=\"\(titleColor.hex)\">"
            + Markup.escape(TextFit.truncate(title, to: max(1, Int((width - 160) / 7.8)))) + "</text>\n"
        return svg
    }
}
