/// HTML export: a self-contained page (inline style, no external assets) with the screen in a `<pre>`, one span
/// per run of same-style cells and the caption under it. Each wide character sits in a box exactly two columns
/// wide, and line-drawing characters and block elements are painted with CSS backgrounds spanning their whole
/// cell (the glyph stays in the text, invisible, so copying still gives the characters), so the grid holds and
/// boxes join across rows whatever font the browser picks.
public enum HTMLExporter {
    /// The HTML export of `screen`.
    public static func render(_ screen: Screen, theme: Theme, caption: ExportCaption) -> String {
        let scope = "aw" + Markup.fingerprint(Markup.fingerprintSource(screen, theme: theme, caption: caption))
        var classes = StyleClasses()
        var shapes = HTMLCellShapes()
        let base = TextStyle(theme.paint(.text))
        var rows: [String] = []
        for y in 0..<screen.height {
            var row = ""
            for run in CellRun.runs(of: screen, row: y, theme: theme, trimmingBlanks: true) {
                let style = TextStyle(run.paint)
                let content = shapes.markup(run.cells, underlined: style.underline)
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
            \(styles(scope: scope, columns: screen.width, theme: theme, classes: classes, shapes: shapes))</style>
            </head>
            <body>
            <figure class="\(scope)">
            <pre>\(rows.joined(separator: "\n"))</pre>
            <figcaption>\(Markup.escape(Sanitizer.clean(caption.text)))</figcaption>
            </figure>
            </body>
            </html>

            """
    }

    private static func styles(scope: String, columns: Int, theme: Theme, classes: StyleClasses, shapes: HTMLCellShapes) -> String {
        let font = SVGExporter.fontFamily
        let line = Markup.number(SVGExporter.cellHeight) + "px"
        let edge = theme.background.mixed(with: theme.foreground, amount: 0.18)
        let muted = theme.paint(.muted).foregroundRGB
        var css = """
            body { margin: 0; padding: 24px; background: \(theme.background.hex); }
            .\(scope) { display: inline-block; margin: 0; }
            .\(scope) pre { margin: 0; padding: 14px 16px; width: \(columns)ch; font-family: \(font); \
            font-size: \(Markup.number(SVGExporter.fontSize))px; line-height: \(line); color: \(theme.foreground.hex); \
            background: \(theme.background.hex); border: 1px solid \(edge.hex); border-radius: 10px; \
            font-variant-ligatures: none; font-kerning: none; }
            .\(scope) .w, .\(scope) .b, .\(scope) .g { display: inline-block; height: \(line); vertical-align: top; }
            .\(scope) .w { width: 2ch; text-align: center; overflow: hidden; }
            .\(scope) .u { background: linear-gradient(currentColor, currentColor) 0 15px / 100% 1px no-repeat; }
            .\(scope) .b { width: 1ch; -webkit-text-fill-color: transparent; background-repeat: no-repeat; }
            .\(scope) figcaption { margin: 8px 2px 0; font: 12px/16px \(font); color: \(muted.hex); max-width: calc(\(columns)ch + 32px); }

            """
        for (number, style) in classes.styles.enumerated() {
            var declarations = "color: \(style.foreground.hex);"
            if style.background != theme.background { declarations += " background: \(style.background.hex);" }
            css += ".\(scope) .s\(number) { \(declarations)\(style.fontDeclarations) }\n"
        }
        for rule in shapes.rules { css += ".\(scope) " + rule + "\n" }
        return css
    }
}
