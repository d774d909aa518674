/// A grid of styled cells: what every view draws into and every backend and exporter reads.
public struct Screen: Equatable, Sendable {
    /// The number of columns.
    public let width: Int
    /// The number of rows.
    public let height: Int
    /// Every cell, row after row from the top-left; only the drawing methods write them, keeping wide characters whole.
    public private(set) var cells: [Cell]

    /// A blank screen of `width` × `height` cells (a negative size is 0).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`, which must be on the screen.
    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// The whole screen as a rectangle at (0, 0): the default clip.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes already sanitized `text` from (x, y), never past `clip` (the screen by default). Returns the x after
    /// the last cell written. A wide character that does not fit before the edge becomes a space.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, role: Role = .text, flags: CellFlags = [], clip: Rect? = nil
    ) -> Int {
        let limit = clip ?? bounds
        guard y >= max(0, limit.y), y < min(height, limit.maxY) else { return x }
        let right = min(width, limit.maxX)
        var column = x
        for character in text {
            if column >= right { break }
            let cells = CellWidth.of(character)
            if cells == 0 { continue }
            if column < max(0, limit.x) { column += cells; continue }
            if cells == 2 && column + 1 >= right {
                set(Cell(" ", role: role, flags: flags), x: column, y: y)
                column += 1
                break
            }
            set(Cell(character, width: UInt8(cells), role: role, flags: flags), x: column, y: y)
            if cells == 2 { set(.continuation(role: role, flags: flags), x: column + 1, y: y) }
            column += cells
        }
        return column
    }

    /// Fills a rectangle with spaces of one role.
    public mutating func fill(_ rect: Rect, role: Role = .text, flags: CellFlags = []) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                set(Cell(" ", role: role, flags: flags), x: x, y: y)
            }
        }
    }

    /// Changes the role (and adds flags) of cells already drawn, e.g. to highlight a selected row.
    public mutating func restyle(_ rect: Rect, role: Role? = nil, adding flags: CellFlags = []) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                var cell = cells[y * width + x]
                if let role { cell.role = role }
                cell.flags.formUnion(flags)
                cells[y * width + x] = cell
            }
        }
    }

    /// Puts one cell, mending any wide character it cuts in half.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && x > 0 && cells[index - 1].width == 2 {
            cells[index - 1] = Cell(" ", role: cells[index - 1].role, flags: cells[index - 1].flags)
        }
        if old.width == 2 && cell.width != 2 && x + 1 < width {
            cells[index + 1] = Cell(" ", role: old.role, flags: old.flags)
        }
        cells[index] = cell
    }

    /// The characters of row `y`, continuations skipped, trailing spaces kept.
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<width where !self[x, y].isContinuation {
            line.append(self[x, y].character)
        }
        return line
    }

    /// The screen with each single-width cell's character replaced by `transform`'s (which must be single-width
    /// too): how a terminal that cannot show some characters gets a screen it can (`GlyphSet`).
    public func replacingCharacters(_ transform: (Character) -> Character) -> Screen {
        var copy = self
        for index in copy.cells.indices where copy.cells[index].width == 1 {
            copy.cells[index].character = transform(copy.cells[index].character)
        }
        return copy
    }

    /// Every row as text, trailing spaces trimmed, joined by newlines.
    public var text: String {
        (0..<height).map { rowText($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    /// The string without the spaces at its end.
    public func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
