/// HTML export: a self-contained page (inline style, no external assets) with the screen in a `<pre>`, one span
/// per run of same-style cells and the caption under it. Every character beyond ASCII sits in a box exactly its
/// cells wide (`HTMLCellMarkup`), and the box-drawing and block characters are drawn by an inline SVG laid over
/// the text with the SVG export's shapes (their glyphs stay in the text, transparent, so copying still gives
/// them), so the grid holds and boxes join across rows whatever font the browser picks.
public enum HTMLExporter {
    /// The HTML export of `screen`.
    public static func render(_ screen: Screen, theme: Theme, caption: ExportCaption) -> String {
        let scope = "aw" + Markup.fingerprint(Markup.fingerprintSource(screen, theme: theme, caption: caption))
        var classes = StyleClasses()
        var shapes = SVGShapeLayer(cellWidth: SVGExporter.cellWidth, cellHeight: SVGExporter.cellHeight)
        let base = TextStyle(theme.paint(.text))
        var rows: [String] = []
        for y in 0..<screen.height {
            var row = ""
            for run in CellRun.runs(of: screen, row: y, theme: theme, trimmingBlanks: true) {
                let style = TextStyle(run.paint)
                let content = HTMLCellMarkup.markup(run.cells, underlined: style.underline)
                var column = run.column
                for cell in run.cells {
                    if let shape = CellShape.of(ExportGlyph.safe(cell.character)) {
                        shapes.draw(shape, column: column, row: y, color: run.paint.shownForeground)
                    }
                    column += max(1, Int(cell.width))
                }
                if style == base {
                    row += content
                } else {
                    let filled = style.background != theme.background ? " g" : ""
                    row += "<span class=\"s\(classes.number(for: style))\(filled)\">" + content + "</span>"
                }
            }
            rows.append(row)
        }
        let title = Markup.escape("aiwatch — " + caption.title)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="generator" content="aiwatch" />
            <title>\(title)</title>
            <style>
            \(styles(scope: scope, columns: screen.width, rows: screen.height, theme: theme, classes: classes))</style>
            </head>
            <body>
            <figure class="\(scope)">
            <pre>\(rows.joined(separator: "\n"))\(overlay(shapes, columns: screen.width, rows: screen.height))</pre>
            <figcaption>\(Markup.escape(Sanitizer.clean(caption.text)))</figcaption>
            </figure>
            </body>
            </html>

            """
    }

    /// The shapes as an SVG over the text, in the SVG export's cell geometry stretched to the page's grid.
    private static func overlay(_ shapes: SVGShapeLayer, columns: Int, rows: Int) -> String {
        if shapes.isEmpty { return "" }
        let n = Markup.number
        let box = "0 0 \(n(Double(columns) * SVGExporter.cellWidth)) \(n(Double(rows) * SVGExporter.cellHeight))"
        return "<svg viewBox=\"\(box)\" preserveAspectRatio=\"none\" "
            + "aria-hidden=\"true\">" + shapes.elements.replacingOccurrences(of: "\n", with: "") + "</svg>"
    }

    private static func styles(scope: String, columns: Int, rows: Int, theme: Theme, classes: StyleClasses) -> String {
        let font = SVGExporter.fontFamily
        let line = Markup.number(SVGExporter.cellHeight) + "px"
        let edge = theme.background.mixed(with: theme.foreground, amount: 0.18)
        let muted = ExportCaption.color(in: theme)
        var css = """
            body { margin: 0; padding: 24px; background: \(theme.background.hex); }
            .\(scope) { display: inline-block; margin: 0; }
            .\(scope) pre { position: relative; margin: 0; padding: 14px 16px; width: \(columns)ch; font-family: \(font); \
            font-size: \(Markup.number(SVGExporter.fontSize))px; line-height: \(line); color: \(theme.foreground.hex); \
            background: \(theme.background.hex); border: 1px solid \(edge.hex); border-radius: 10px; \
            font-variant-ligatures: none; font-kerning: none; }
            .\(scope) .w, .\(scope) .b, .\(scope) .g { display: inline-block; height: \(line); vertical-align: top; }
            .\(scope) .n { display: inline-flex; justify-content: center; width: 1ch; height: \(line); vertical-align: top; }
            .\(scope) .n::before { content: attr(data-c); }
            .\(scope) .z { font-size: 0; line-height: 0; }
            .\(scope) .w { width: 2ch; box-sizing: border-box; padding-left: calc(1ch - 0.5em); \
            letter-spacing: calc(2ch - 1em); overflow: hidden; }
            .\(scope) .u { background: linear-gradient(currentColor, currentColor) 0 15px / 100% 1px no-repeat; }
            .\(scope) .b { width: 1ch; overflow: hidden; color: transparent; }
            .\(scope) pre > svg { position: absolute; left: 16px; top: 14px; width: \(columns)ch; height: \
            \(Markup.number(Double(rows) * SVGExporter.cellHeight))px; overflow: visible; pointer-events: none; }
            .\(scope) pre > svg path { vector-effect: non-scaling-stroke; }
            .\(scope) figcaption { box-sizing: border-box; width: 0; min-width: 100%; margin: 8px 0 0; padding: 0 2px; \
            font: 12px/16px \(font); color: \(muted.hex); }

            """
        for (number, style) in classes.styles.enumerated() {
            var declarations = "color: \(style.foreground.hex);"
            if style.background != theme.background { declarations += " background: \(style.background.hex);" }
            css += ".\(scope) .s\(number) { \(declarations)\(style.fontDeclarations) }\n"
        }
        return css
    }
}
