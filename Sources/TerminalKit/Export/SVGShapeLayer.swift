/// Draws `CellShape`s as SVG in grid coordinates (cell (0, 0) at the origin): filled rectangles, merged along a
/// row where they touch, and stroked paths, one per colour and thickness. The SVG export draws its grid's shapes
/// with it, the HTML export an overlay over its text, so both draw every character of the range the same way.
struct SVGShapeLayer {
    let cellWidth: Double
    let cellHeight: Double

    private var rectangles: [(x: Double, y: Double, width: Double, height: Double, color: RGB, opacity: Double)] = []
    /// Line-drawing paths, one per stroke (colour and thickness), in order of first use.
    private var strokes: [SVGStroke] = []

    /// Space between the two lines of a double line and the centre line, in pixels.
    private static let doubleGap = 2.0

    init(cellWidth: Double, cellHeight: Double) {
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
    }

    /// Whether nothing has been drawn.
    var isEmpty: Bool { rectangles.isEmpty && strokes.isEmpty }

    /// The layer's elements: the rectangles in one crisp-edged group, then the paths.
    var elements: String {
        let n = Markup.number
        var output = ""
        if !rectangles.isEmpty {
            let rects = rectangles.map {
                "<rect x=\"\(n($0.x))\" y=\"\(n($0.y))\" width=\"\(n($0.width))\" height=\"\(n($0.height))\" "
                    + "fill=\"\($0.color.hex)\"" + ($0.opacity < 1 ? " fill-opacity=\"\(n($0.opacity))\"" : "") + "/>"
            }
            output += "<g shape-rendering=\"crispEdges\">\n" + rects.joined(separator: "\n") + "\n</g>\n"
        }
        for stroke in strokes {
            output += "<path \(stroke.attributes) fill=\"none\" d=\"\(stroke.data)\"/>\n"
        }
        return output
    }

    /// Draws `shape` in the cell at `column`, `row`.
    mutating func draw(_ shape: CellShape, column: Int, row: Int, color: RGB) {
        let cell = CellFrame(left: Double(column) * cellWidth, top: Double(row) * cellHeight, width: cellWidth, height: cellHeight)
        switch shape {
        case .blocks(let blocks, let opacity):
            for block in blocks { fill(block, in: cell, color: color, opacity: opacity) }
        case .lines(let arms, let rounded):
            if rounded { corner(arms, in: cell, color: color) } else { lines(arms, in: cell, color: color) }
        case .dashes(let horizontal, let heavy, let count):
            dashes(horizontal: horizontal, heavy: heavy, count: count, in: cell, color: color)
        case .diagonals(let rising, let falling):
            let index = stroke(color, width: 1)
            if rising { strokes[index].line(from: (cell.left, cell.bottom), to: (cell.right, cell.top)) }
            if falling { strokes[index].line(from: (cell.left, cell.top), to: (cell.right, cell.bottom)) }
        }
    }

    /// A cell's box in pixels, and its centre lines snapped to the pixel grid (at 1:1 scale) for a stroke of
    /// each width, so thin lines stay sharp and the same column always gets the same x.
    private struct CellFrame {
        let left: Double, top: Double, width: Double, height: Double
        var right: Double { left + width }
        var bottom: Double { top + height }

        func centreX(heavy: Bool) -> Double { Self.snap(left + width / 2, heavy: heavy) }
        func centreY(heavy: Bool) -> Double { Self.snap(top + height / 2, heavy: heavy) }

        private static func snap(_ value: Double, heavy: Bool) -> Double {
            heavy ? value.rounded() : (value - 0.5).rounded(.down) + 0.5
        }
    }

    private mutating func stroke(_ color: RGB, width: Double) -> Int {
        let key = "stroke=\"\(color.hex)\" stroke-width=\"\(Markup.number(width))\""
        if let index = strokes.firstIndex(where: { $0.attributes == key }) { return index }
        strokes.append(SVGStroke(attributes: key))
        return strokes.count - 1
    }

    private mutating func fill(_ block: CellShape.Block, in cell: CellFrame, color: RGB, opacity: Double) {
        let left = cell.left + Double(block.left) / 8 * cell.width
        let top = cell.top + Double(block.top) / 8 * cell.height
        let width = Double(block.right - block.left) / 8 * cell.width
        let height = Double(block.bottom - block.top) / 8 * cell.height
        if let last = rectangles.last, last.y == top, last.height == height, last.color == color,
            last.opacity == opacity, abs(last.x + last.width - left) < 0.001
        {
            rectangles[rectangles.count - 1].width += width
        } else {
            rectangles.append((left, top, width, height, color, opacity))
        }
    }

    private static func thickness(_ weight: CellShape.Weight) -> Double { weight == .heavy ? 2 : 1 }

    /// Half the width a perpendicular arm of `weight` covers across the centre line.
    private static func halfWidth(_ weight: CellShape.Weight) -> Double {
        switch weight {
        case .none: return 0
        case .light: return 0.5
        case .heavy: return 1
        case .double: return doubleGap + 0.5
        }
    }

    /// How far an arm's line stops short of the centre, towards its own edge (negative: it reaches past the
    /// centre), given the arm opposite it and the two arms across it. Double lines meet as the glyphs draw them:
    /// a corner's outer line turns at the far line, its inner line at the near one.
    private static func inset(
        weight: CellShape.Weight, offset: Double, opposite: CellShape.Weight,
        across: (before: CellShape.Weight, after: CellShape.Weight)
    ) -> Double {
        let gap = doubleGap
        if weight != .double {
            if opposite != .none { return -thickness(weight) / 2 }
            if across.before == .double && across.after == .double { return gap - 0.5 }
            if across.before == .double || across.after == .double { return -(gap + 0.5) }
            return -max(halfWidth(across.before), halfWidth(across.after))
        }
        let near = offset < 0 ? across.before : across.after
        let far = offset < 0 ? across.after : across.before
        if near == .double { return gap - 0.5 }
        if near != .none { return -halfWidth(near) }
        if far == .double { return -(gap + 0.5) }
        if far != .none { return -halfWidth(far) }
        return opposite != .none ? -0.5 : 0
    }

    private mutating func lines(_ arms: CellShape.Arms, in cell: CellFrame, color: RGB) {
        let vertical = (before: arms.up, after: arms.down), horizontal = (before: arms.left, after: arms.right)
        let heavyAcrossX = arms.up == .heavy || arms.down == .heavy
        let heavyAcrossY = arms.left == .heavy || arms.right == .heavy
        let cx = cell.centreX(heavy: heavyAcrossX), cy = cell.centreY(heavy: heavyAcrossY)
        for (weight, side, opposite) in [(arms.left, -1.0, arms.right), (arms.right, 1.0, arms.left)] where weight != .none {
            let edge = side < 0 ? cell.left : cell.right
            for offset in Self.offsets(weight) {
                let y = weight == .double ? cell.centreY(heavy: false) + offset : cell.centreY(heavy: weight == .heavy)
                let end = cx + side * Self.inset(weight: weight, offset: offset, opposite: opposite, across: vertical)
                let index = stroke(color, width: Self.thickness(weight))
                strokes[index].horizontal(y: y, from: min(edge, end), to: max(edge, end))
            }
        }
        for (weight, side, opposite) in [(arms.up, -1.0, arms.down), (arms.down, 1.0, arms.up)] where weight != .none {
            let edge = side < 0 ? cell.top : cell.bottom
            for offset in Self.offsets(weight) {
                let x = weight == .double ? cell.centreX(heavy: false) + offset : cell.centreX(heavy: weight == .heavy)
                let end = cy + side * Self.inset(weight: weight, offset: offset, opposite: opposite, across: horizontal)
                let index = stroke(color, width: Self.thickness(weight))
                strokes[index].vertical(x: x, from: min(edge, end), to: max(edge, end))
            }
        }
    }

    private static func offsets(_ weight: CellShape.Weight) -> [Double] {
        weight == .double ? [-doubleGap, doubleGap] : [0]
    }

    /// A rounded corner: an arc joining the ends of its two arms.
    private mutating func corner(_ arms: CellShape.Arms, in cell: CellFrame, color: RGB) {
        let cx = cell.centreX(heavy: false), cy = cell.centreY(heavy: false)
        let (edgeX, sx): (Double, Double) = arms.right != .none ? (cell.right, 1) : (cell.left, -1)
        let (edgeY, sy): (Double, Double) = arms.down != .none ? (cell.bottom, 1) : (cell.top, -1)
        let radius = min(cell.width / 2, abs(edgeX - cx), abs(edgeY - cy))
        let index = stroke(color, width: 1)
        strokes[index].corner(from: (edgeX, cy), to: (cx, edgeY), radius: (sx * radius, sy * radius))
    }

    private mutating func dashes(horizontal: Bool, heavy: Bool, count: Int, in cell: CellFrame, color: RGB) {
        let index = stroke(color, width: heavy ? 2 : 1)
        let length = horizontal ? cell.width : cell.height
        let start = horizontal ? cell.left : cell.top
        let slot = length / Double(count)
        for dash in 0..<count {
            let from = start + Double(dash) * slot + slot * 0.2, to = start + Double(dash + 1) * slot - slot * 0.2
            if horizontal {
                strokes[index].horizontal(y: cell.centreY(heavy: heavy), from: from, to: to)
            } else {
                strokes[index].vertical(x: cell.centreX(heavy: heavy), from: from, to: to)
            }
        }
    }
}
