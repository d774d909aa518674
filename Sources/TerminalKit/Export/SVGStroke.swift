/// The path data of one stroke (a colour and thickness) of line drawing. Pieces that touch merge into one
/// segment (horizontal ones along a row, vertical ones down a column), so a border is one line, not one per cell.
struct SVGStroke {
    /// The `stroke` and `stroke-width` attributes.
    let attributes: String
    private var pieces: [String] = []
    /// The horizontal segments still growing, by y.
    private var rows: [Double: (from: Double, to: Double)] = [:]
    /// The vertical segments still growing, by x.
    private var columns: [Double: (from: Double, to: Double)] = [:]

    init(attributes: String) { self.attributes = attributes }

    /// The `d` attribute.
    var data: String {
        let n = Markup.number
        let horizontals = rows.keys.sorted().map { y in "M\(n(rows[y]!.from)) \(n(y))H\(n(rows[y]!.to))" }
        let verticals = columns.keys.sorted().map { x in "M\(n(x)) \(n(columns[x]!.from))V\(n(columns[x]!.to))" }
        return (pieces + horizontals + verticals).joined()
    }

    mutating func horizontal(y: Double, from: Double, to: Double) {
        if let current = rows[y], from <= current.to + 0.001, from >= current.from - 0.001 {
            rows[y] = (current.from, max(current.to, to))
            return
        }
        if let current = rows[y] {
            let n = Markup.number
            pieces.append("M\(n(current.from)) \(n(y))H\(n(current.to))")
        }
        rows[y] = (from, to)
    }

    mutating func vertical(x: Double, from: Double, to: Double) {
        if let current = columns[x], from <= current.to + 0.001, from >= current.from - 0.001 {
            columns[x] = (current.from, max(current.to, to))
            return
        }
        if let current = columns[x] {
            let n = Markup.number
            pieces.append("M\(n(x)) \(n(current.from))V\(n(current.to))")
        }
        columns[x] = (from, to)
    }

    /// A straight line between two points (the diagonals).
    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double)) {
        let n = Markup.number
        pieces.append("M\(n(start.x)) \(n(start.y))L\(n(end.x)) \(n(end.y))")
    }

    /// A rounded corner from the end of a horizontal arm to the end of a vertical one, through the corner at
    /// (`end.x`, `start.y`), `radius` signed towards the arms.
    mutating func corner(from start: (x: Double, y: Double), to end: (x: Double, y: Double), radius: (x: Double, y: Double)) {
        let n = Markup.number
        pieces.append(
            "M\(n(start.x)) \(n(start.y))H\(n(end.x + radius.x))Q\(n(end.x)) \(n(start.y)) \(n(end.x)) "
                + "\(n(start.y + radius.y))V\(n(end.y))")
    }
}
