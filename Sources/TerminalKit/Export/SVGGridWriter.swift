/// Draws a `Screen` as SVG elements in grid coordinates (cell (0, 0) at the origin): background rectangles, block
/// elements as rectangles, line-drawing characters as paths, and text placed cell by cell.
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
    /// Block elements as rectangles (x, y, width, height), merged along a row where they touch.
    private var blocks: [(x: Double, y: Double, width: Double, height: Double, color: RGB)] = []
    private var texts: [String] = []
    /// Line-drawing paths, one per stroke (colour and thickness), in order of first use.
    private var strokes: [SVGStroke] = []

    init(screen: Screen, theme: Theme, prefix: String, cellWidth: Double, cellHeight: Double, baseline: Double) {
        self.screen = screen
        self.theme = theme
        self.prefix = prefix
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
        self.baseline = baseline
    }

    /// The grid's elements, in painting order.
    mutating func elements() -> String {
        for y in 0..<screen.height {
            let runs = CellRun.runs(of: screen, row: y, theme: theme, trimmingBlanks: false)
            addBackgrounds(runs, row: y)
            for run in runs { addForeground(run, row: y) }
        }
        var output = ""
        if !backgrounds.isEmpty || !blocks.isEmpty {
            let rectangles = blocks.map {
                "<rect x=\"\(Markup.number($0.x))\" y=\"\(Markup.number($0.y))\" width=\"\(Markup.number($0.width))\" "
                    + "height=\"\(Markup.number($0.height))\" fill=\"\($0.color.hex)\"/>"
            }
            output += "<g shape-rendering=\"crispEdges\">\n" + (backgrounds + rectangles).joined(separator: "\n") + "\n</g>\n"
        }
        for stroke in strokes {
            output += "<path \(stroke.attributes) fill=\"none\" d=\"\(stroke.data)\"/>\n"
        }
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

    private mutating func addForeground(_ run: CellRun, row y: Int) {
        var style = TextStyle(run.paint)
        style.background = theme.background  // drawn by rectangles, so not part of a text's class
        let name = "\(prefix)-s\(classes.number(for: style))"
        let color = run.paint.shownForeground
        var pending: [Character] = []
        var column = run.column
        for cell in run.cells {
            let wide = cell.width == 2
            let box = BoxDrawing.of(cell.character)
            let block = BlockElement.of(cell.character)
            guard wide || box != nil || block != nil else {
                pending.append(ExportGlyph.safe(cell.character))
                column += 1
                continue
            }
            addText(pending, column: column - pending.count, row: y, className: name)
            pending = []
            if let box {
                addBox(box, column: column, row: y, color: color)
            } else if let block {
                addBlock(block, column: column, row: y, color: color)
            } else {
                addText([ExportGlyph.safe(cell.character)], column: column, row: y, className: name, cellsEach: 2)
            }
            column += wide ? 2 : 1
        }
        addText(pending, column: column - pending.count, row: y, className: name)
    }

    /// One `<text>` pinned to its cells: it starts at its first cell's x, and `textLength` makes the glyphs cover
    /// exactly their cells, whatever the font. Blanks at either end are left to the background.
    private mutating func addText(
        _ characters: [Character], column: Int, row y: Int, className: String, cellsEach: Int = 1
    ) {
        guard let first = characters.firstIndex(where: { $0 != " " }),
            let last = characters.lastIndex(where: { $0 != " " })
        else { return }
        // Two or more blanks split the text: single spaces survive any renderer's whitespace handling, so every
        // piece keeps its own exact position.
        if let gap = characters[first...last].indices.first(where: {
            characters[$0] == " " && characters[$0 + 1] == " "
        }) {
            addText(Array(characters[first..<gap]), column: column + first * cellsEach, row: y, className: className)
            addText(Array(characters[gap...]), column: column + gap * cellsEach, row: y, className: className)
            return
        }
        let body = String(characters[first...last])
        texts.append(
            "<text class=\"\(className)\" x=\"\(x(column + first * cellsEach))\" "
                + "y=\"\(Markup.number(Double(y) * cellHeight + baseline))\" "
                + "textLength=\"\(width((last - first + 1) * cellsEach))\" lengthAdjust=\"spacingAndGlyphs\">"
                + Markup.escape(body) + "</text>")
    }

    private mutating func addBlock(_ block: BlockElement, column: Int, row y: Int, color: RGB) {
        let left = (Double(column) + Double(block.left) / 8) * cellWidth
        let top = (Double(y) + Double(block.top) / 8) * cellHeight
        let width = Double(block.right - block.left) / 8 * cellWidth
        let height = Double(block.bottom - block.top) / 8 * cellHeight
        if let last = blocks.last, last.y == top, last.height == height, last.color == color,
            abs(last.x + last.width - left) < 0.001
        {
            blocks[blocks.count - 1].width += width
        } else {
            blocks.append((left, top, width, height, color))
        }
    }

    private mutating func addBox(_ box: BoxDrawing, column: Int, row y: Int, color: RGB) {
        let stroke: Double = box.heavy ? 2 : 1
        let left = Double(column) * cellWidth, right = left + cellWidth
        let top = Double(y) * cellHeight, bottom = top + cellHeight
        // Centre lines on the pixel grid (1:1 scale) so thin lines stay sharp; the same column always gets the
        // same x, so vertical lines stay straight and join across rows.
        let snap: (Double) -> Double = { box.heavy ? $0.rounded() : ($0 - 0.5).rounded(.down) + 0.5 }
        let cx = snap(left + cellWidth / 2), cy = snap(top + cellHeight / 2)
        let key = "stroke=\"\(color.hex)\" stroke-width=\"\(Markup.number(stroke))\""
        let index = strokes.firstIndex { $0.attributes == key } ?? {
            strokes.append(SVGStroke(attributes: key))
            return strokes.count - 1
        }()
        if box.rounded {
            let (edgeX, sx): (Double, Double) = box.arms.contains(.right) ? (right, 1) : (left, -1)
            let (edgeY, sy): (Double, Double) = box.arms.contains(.down) ? (bottom, 1) : (top, -1)
            let radius = min(cellWidth / 2, abs(edgeX - cx), abs(edgeY - cy))
            strokes[index].corner(from: (edgeX, cy), to: (cx, edgeY), radius: (sx * radius, sy * radius))
        } else {
            let half = stroke / 2
            if box.arms.contains(.left) { strokes[index].horizontal(y: cy, from: left, to: cx + half) }
            if box.arms.contains(.right) { strokes[index].horizontal(y: cy, from: cx - half, to: right) }
            if box.arms.contains(.up) { strokes[index].vertical(x: cx, from: top, to: cy + half) }
            if box.arms.contains(.down) { strokes[index].vertical(x: cx, from: cy - half, to: bottom) }
        }
    }
}
