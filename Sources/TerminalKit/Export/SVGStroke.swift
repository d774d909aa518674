/// The path data of one stroke (a colour and thickness) of line drawing. Pieces that touch merge into one
/// segment (horizontal ones along a row, vertical ones down a column), so a border is one line, not one per cell.
struct SVGStroke {
    /// The `stroke` and `stroke-width` attributes.
    let attributes: String
    private var pieces: [String] = []
    /// The horizontal segment still growing: its row's y and its ends.
    private var open: (y: Double, from: Double, to: Double)?
    /// The vertical segments still growing, by x.
    private var columns: [Double: (from: Double, to: Double)] = [:]

    init(attributes: String) { self.attributes = attributes }

    /// The `d` attribute.
    var data: String {
        let n = Markup.number
        let verticals = columns.keys.sorted().map { x in "M\(n(x)) \(n(columns[x]!.from))V\(n(columns[x]!.to))" }
        return (pieces + (open.map { [Self.line($0)] } ?? []) + verticals).joined()
    }

    mutating func horizontal(y: Double, from: Double, to: Double) {
        if let current = open, current.y == y, from <= current.to + 0.001, from >= current.from {
            open = (y, current.from, max(current.to, to))
            return
        }
        if let current = open { pieces.append(Self.line(current)) }
        open = (y, from, to)
    }

    mutating func vertical(x: Double, from: Double, to: Double) {
        if let current = columns[x], from <= current.to + 0.001, from >= current.from {
            columns[x] = (current.from, max(current.to, to))
            return
        }
        if let current = columns[x] {
            let n = Markup.number
            pieces.append("M\(n(x)) \(n(current.from))V\(n(current.to))")
        }
        columns[x] = (from, to)
    }

    /// A rounded corner from the end of a horizontal arm to the end of a vertical one, through the corner at
    /// (`end.x`, `start.y`), `radius` signed towards the arms.
    mutating func corner(from start: (x: Double, y: Double), to end: (x: Double, y: Double), radius: (x: Double, y: Double)) {
        let n = Markup.number
        pieces.append(
            "M\(n(start.x)) \(n(start.y))H\(n(end.x + radius.x))Q\(n(end.x)) \(n(start.y)) \(n(end.x)) "
                + "\(n(start.y + radius.y))V\(n(end.y))")
    }

    private static func line(_ segment: (y: Double, from: Double, to: Double)) -> String {
        let n = Markup.number
        return "M\(n(segment.from)) \(n(segment.y))H\(n(segment.to))"
    }
}
