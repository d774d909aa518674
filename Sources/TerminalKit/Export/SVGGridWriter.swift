/// Draws a `Screen` as SVG elements in grid coordinates (cell (0, 0) at the origin): background rectangles,
/// box-drawing and block characters as shapes, and one `<text>` per row.
///
/// A row's text holds every character of the row, in one `<tspan>` per style, each glyph placed at its cell's
/// centre (`text-anchor: middle` with one `x` per character): the grid holds whatever width a font gives a
/// glyph, and a browser's find and copy see the row as it reads (`百度`, not `百` and `度` apart). Shape
/// characters stay in the text, transparent, so copying a row still gives its borders.
struct SVGGridWriter {
    let screen: Screen
    let theme: Theme
    /// Prefix of the class names, unique to the content.
    let prefix: String
    let cellWidth: Double
    let cellHeight: Double
    /// Distance from a row's top to the text baseline.
    let baseline: Double

    private(set) var classes = StyleClasses()
    private var backgrounds: [String] = []
    private var shapes: SVGShapeLayer
    private var texts: [String] = []

    init(screen: Screen, theme: Theme, prefix: String, cellWidth: Double, cellHeight: Double, baseline: Double) {
        self.screen = screen
        self.theme = theme
        self.prefix = prefix
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
        self.baseline = baseline
        shapes = SVGShapeLayer(cellWidth: cellWidth, cellHeight: cellHeight)
    }

    /// The class of the transparent text over shape characters.
    var hiddenClass: String { "\(prefix)-k" }
    /// The class of a row's `<text>`.
    var rowClass: String { "\(prefix)-r" }

    /// The grid's elements, in painting order.
    mutating func elements() -> String {
        for y in 0..<screen.height {
            let runs = CellRun.runs(of: screen, row: y, theme: theme, trimmingBlanks: false)
            addBackgrounds(runs, row: y)
            addRow(runs, row: y)
        }
        var output = ""
        if !backgrounds.isEmpty {
            output += "<g shape-rendering=\"crispEdges\">\n" + backgrounds.joined(separator: "\n") + "\n</g>\n"
        }
        output += shapes.elements
        return output + texts.joined(separator: "\n") + (texts.isEmpty ? "" : "\n")
    }

    private func x(_ column: Int) -> String { Markup.number(Double(column) * cellWidth) }
    private func width(_ columns: Int) -> String { Markup.number(Double(columns) * cellWidth) }

    private mutating func addBackgrounds(_ runs: [CellRun], row y: Int) {
        var index = 0
        while index < runs.count {
            let color = runs[index].paint.shownBackground
            var columns = runs[index].columns
            var next = index + 1
            while next < runs.count, runs[next].paint.shownBackground == color {
                columns += runs[next].columns
                next += 1
            }
            if color != theme.background {
                backgrounds.append(
                    "<rect x=\"\(x(runs[index].column))\" y=\"\(Markup.number(Double(y) * cellHeight))\" "
                        + "width=\"\(width(columns))\" height=\"\(Markup.number(cellHeight))\" fill=\"\(color.hex)\"/>")
            }
            index = next
        }
    }

    /// The row's `<text>`: a `<tspan>` per stretch of one style, or of shape characters, with the cell centre of
    /// every character. Blanks at the end are left to the background; a row of blanks has no text.
    private mutating func addRow(_ runs: [CellRun], row y: Int) {
        var runs = runs
        while var last = runs.last {
            while last.cells.last?.character == " " { last.cells.removeLast() }
            if !last.cells.isEmpty {
                runs[runs.count - 1] = last
                break
            }
            runs.removeLast()
        }
        guard !runs.isEmpty else { return }
        var spans = ""
        for run in runs {
            var style = TextStyle(run.paint)
            style.background = theme.background  // drawn by rectangles, so not part of a text's class
            let name = "\(prefix)-s\(classes.number(for: style))"
            var column = run.column
            var pending: (hidden: Bool, text: String, centres: [String])?
            func flush() {
                guard let span = pending else { return }
                spans += "<tspan class=\"\(span.hidden ? hiddenClass : name)\" x=\"\(span.centres.joined(separator: " "))\">"
                    + Markup.escape(span.text) + "</tspan>"
                pending = nil
            }
            for cell in run.cells {
                let columns = max(1, Int(cell.width))
                let glyph = ExportGlyph.safe(cell.character)
                let shape = CellShape.of(glyph)
                if let shape { shapes.draw(shape, column: column, row: y, color: run.paint.shownForeground) }
                let hidden = shape != nil
                // Browsers count a character of several UTF-16 units differently when they hand out `x` values
                // (Chromium one per scalar, the standard one per unit), so such a character is a tspan of its own
                // with one position, and no count can shift the glyphs after it.
                let single = String(glyph).utf16.count == 1
                if pending?.hidden != hidden || !single { flush() }
                if pending == nil { pending = (hidden, "", []) }
                pending!.text.append(glyph)
                pending!.centres.append(Markup.number((Double(column) + Double(columns) / 2) * cellWidth))
                if !single { flush() }
                column += columns
            }
            flush()
        }
        texts.append("<text class=\"\(rowClass)\" y=\"\(Markup.number(Double(y) * cellHeight + baseline))\">\(spans)</text>")
    }
}
