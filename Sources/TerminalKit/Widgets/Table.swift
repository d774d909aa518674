/// A column of a list pane: its header, how wide it may be, and how to show a record in it.
public struct Column: Sendable {
    /// The title of the column in the table's header row.
    public let header: String
    /// The fewest cells the column takes; it is dropped rather than narrowed below this.
    public let minWidth: Int
    /// Share of the spare width this column takes; 0 keeps it at `minWidth`.
    public let weight: Int
    /// Whether the header and the cells are aligned to the right, as figures are.
    public let alignRight: Bool
    /// A figure or a date, never cut: the column widens to its widest cell in view, and the others give way.
    public let whole: Bool

    /// A column headed `header`, at least `minWidth` cells wide.
    public init(_ header: String, min minWidth: Int, weight: Int = 0, alignRight: Bool = false, whole: Bool = false) {
        self.header = header
        self.minWidth = minWidth
        self.weight = weight
        self.alignRight = alignRight
        self.whole = whole
    }

    /// The same column under another header.
    public func headed(_ text: String) -> Column {
        Column(text, min: minWidth, weight: weight, alignRight: alignRight, whole: whole)
    }

    /// The same column, at least `width` cells wide.
    public func widened(to width: Int) -> Column {
        Column(header, min: max(minWidth, width), weight: weight, alignRight: alignRight, whole: whole)
    }
}

/// Lays out and draws a table with a header row, a selection and scrolling.
public enum TableView {
    /// Widths for `columns` in `width` cells (one space between columns). Columns that do not fit are dropped
    /// from the right, the first column is always kept.
    public static func widths(_ columns: [Column], width: Int) -> [Int] {
        var shown = columns.count
        while shown > 1 && columns.prefix(shown).reduce(shown - 1, { $0 + $1.minWidth }) > width { shown -= 1 }
        var widths = columns.prefix(shown).map(\.minWidth)
        var spare = width - (shown - 1) - widths.reduce(0, +)
        let totalWeight = columns.prefix(shown).reduce(0) { $0 + $1.weight }
        if spare > 0 && totalWeight > 0 {
            let share = spare
            for index in 0..<shown { widths[index] += share * columns[index].weight / totalWeight }
            spare = width - (shown - 1) - widths.reduce(0, +)
            if let last = columns.prefix(shown).lastIndex(where: { $0.weight > 0 }) { widths[last] += spare }
        } else if spare < 0 {
            widths[0] = max(1, widths[0] + spare)
        }
        return widths
    }

    /// The first visible row so that `selected` is on screen, keeping `scroll` when it already is.
    public static func scrollOffset(selected: Int, scroll: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0 else { return 0 }
        var offset = min(scroll, max(0, count - visibleRows))
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        return max(0, offset)
    }

    /// Draws a table of `count` rows scrolled to `scroll` into `rect`: a header row, then `shown` (the cells per
    /// column of the rows from `scroll` on), the `selected` one highlighted; when not all rows fit, a scrollbar on
    /// the border just right of `rect`.
    public static func draw(
        into screen: inout Screen, rect: Rect, columns: [Column], shown: [[Line]], count: Int, selected: Int?, scroll: Int,
        focused: Bool
    ) {
        guard rect.height > 0, rect.width > 0 else { return }
        let rowsInView = shown.prefix(max(0, rect.height - 1))
        let columns = columns.enumerated().map { index, column in
            guard column.whole else { return column }
            let widest = rowsInView.map { index < $0.count ? $0[index].reduce(0) { $0 + CellWidth.of($1.text) } : 0 }.max() ?? 0
            return column.widened(to: widest)
        }
        let widths = widths(columns, width: rect.width)
        var x = rect.x
        for (index, width) in widths.enumerated() {
            let column = columns[index]
            screen.put(TextFit.pad(column.header, to: width, alignRight: column.alignRight), x: x, y: rect.y, role: .header, clip: rect)
            x += width + 1
        }
        let visible = rect.height - 1
        for (line, row) in shown.prefix(max(0, visible)).enumerated() {
            let rowIndex = scroll + line
            let y = rect.y + 1 + line
            x = rect.x
            for (index, width) in widths.enumerated() {
                let cell = index < row.count ? row[index] : []
                let cellRect = Rect(x: x, y: y, width: width, height: 1)
                let cellWidth = cell.reduce(0) { $0 + CellWidth.of($1.text) }
                let fitted = cellWidth > width ? TextFit.truncate(cell, to: width) : cell
                let start = columns[index].alignRight ? x + width - min(width, cellWidth) : x
                screen.put(fitted, x: start, y: y, clip: cellRect)
                x += width + 1
            }
            if rowIndex == selected {
                screen.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: focused ? .selected : .selectedUnfocused)
            }
        }
        if count > visible && visible > 0 {
            drawScrollbar(into: &screen, x: rect.maxX, y: rect.y + 1, height: visible, offset: scroll, total: count)
        }
    }

    /// A scrollbar on a box's right border at column `x`, `height` cells from row `y`: the border is its track
    /// and a heavy segment its thumb, showing where `offset` is in `total`, so bar and border read as one edge.
    public static func drawScrollbar(into screen: inout Screen, x: Int, y: Int, height: Int, offset: Int, total: Int) {
        let thumb = max(1, height * height / max(1, total))
        let position = total > height ? (height - thumb) * offset / (total - height) : 0
        for row in position..<min(height, position + thumb) {
            screen.put("┃", x: x, y: y + row, role: .accent)
        }
    }
}
