import AIWatchData
import TerminalKit

/// The who-is-affected grid over the panes: the rules the filter selects down, the organisations they are linked
/// to across, each cell `●` (stated in the article), `○` (the data's compilers inferred it) or `·` (no link), and
/// the legend in words under it. Headings too long for their column alternate between two lines, so every name
/// can be read; rules or organisations that do not fit scroll.
enum GridView {
    /// Where everything of the grid goes in a box's inside.
    struct Geometry {
        var inner: Rect
        /// Cells of the rule titles, then a blank, then the columns.
        var labelWidth: Int
        var columnWidth: Int
        var visibleColumns: Int
        /// Whether the headings alternate between two lines.
        var staggered: Bool
        var visibleRows: Int
        var footer: [Line]

        var headerLines: Int { staggered ? 2 : 1 }
        var cellsX: Int { inner.x + 1 + labelWidth + 1 }
    }

    static let title = "Who is affected"

    static func geometry(_ rect: Rect, grid: AffectedGrid) -> Geometry {
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: max(0, rect.width - 2), height: max(0, rect.height - 2))
        let width = max(0, inner.width - 2)
        var footer: [Line] = TextFit.wrap([Span(AffectedGrid.legend, .muted)], width: max(1, width))
        if grid.unlinked > 0 {
            let rules = grid.unlinked == 1 ? "1 more rule the filter selects is" : "\(grid.unlinked) more rules the filter selects are"
            footer += TextFit.wrap([Span(rules + " linked to no organisation.", .muted)], width: max(1, width))
        }
        if !grid.isEmpty {
            footer += TextFit.wrap([Span("The reasons for each inference are in the rule's detail (3, Enter).", .muted)], width: max(1, width))
        }
        let longestTitle = grid.rows.map { CellWidth.of($0.title) }.max() ?? 0
        let longestName = grid.columns.map { CellWidth.of($0.name) }.max() ?? 0
        let natural = max(3, longestName + 1)
        let count = max(1, grid.columns.count)
        // Titles take two fifths, or whatever the columns leave at their natural width.
        let labelWidth = min(longestTitle, max(12, width * 2 / 5, width - 1 - natural * count))
        let area = max(0, width - labelWidth - 1)
        let columnWidth = max(4, min(natural, area / count))
        let visibleColumns = min(grid.columns.count, area / columnWidth)
        let staggered = columnWidth < natural
        // The legend stays whatever the height; the lines after it give way first.
        let header = staggered ? 2 : 1
        var rows = inner.height - header - 1 - footer.count
        while rows < 2 && footer.count > 1 {
            footer.removeLast()
            rows += 1
        }
        return Geometry(inner: inner, labelWidth: labelWidth, columnWidth: columnWidth, visibleColumns: visibleColumns,
                        staggered: staggered, visibleRows: max(0, min(grid.rows.count, rows)), footer: footer)
    }

    /// Where the grid goes on the screen of `state`: everything between the tabs and the status bar.
    static func rect(_ state: AppState) -> Rect {
        let layout = Layout(state: state)
        let below = layout.tabs.maxY
        return Rect(x: 0, y: below, width: state.columns, height: layout.status.y - below)
    }

    static func draw(into screen: inout Screen, rect: Rect, scroll: AppState.GridScroll, state: AppState, catalog: Catalog) {
        let grid = AffectedGrid(state, catalog: catalog)
        let shape = geometry(rect, grid: grid)
        let firstRow = min(scroll.row, max(0, grid.rows.count - shape.visibleRows))
        let firstColumn = min(scroll.column, max(0, grid.columns.count - shape.visibleColumns))
        let moreRows = firstRow > 0 || firstRow + shape.visibleRows < grid.rows.count
        let moreColumns = firstColumn > 0 || firstColumn + shape.visibleColumns < grid.columns.count
        let more = (moreRows ? "↑↓" : "") + (moreColumns ? "←→" : "")
        // The counts where there is room for them beside the title; what there is more of, always.
        let counts = rect.width >= 60 ? count(grid.rows.count, "rule") + ", " + count(grid.columns.count, "organisation") : ""
        let note = [more.isEmpty ? "" : more + " more", counts].filter { !$0.isEmpty }.joined(separator: " · ")
        screen.fill(rect)
        let inner = screen.box(rect, title: title, note: note, focused: true)
        guard inner.width > 0, inner.height > 0 else { return }
        let x0 = inner.x + 1
        let clip = Rect(x: x0, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        guard !grid.isEmpty else {
            screen.put("No rule the filter selects is linked to an organisation.", x: x0, y: inner.y, role: .muted, clip: clip)
            for (index, line) in shape.footer.enumerated() { screen.put(line, x: x0, y: inner.y + 2 + index, clip: clip) }
            return
        }
        // Headings: each over its column, alternating lines when names are longer than a column.
        let columns = Array(grid.columns.dropFirst(firstColumn).prefix(shape.visibleColumns))
        for (k, column) in columns.enumerated() {
            let x = shape.cellsX + k * shape.columnWidth
            let line = shape.staggered ? k % 2 : 0
            let room = shape.staggered ? shape.columnWidth * 2 - 1 : shape.columnWidth - 1
            screen.put(TextFit.truncate(column.name, to: min(room, clip.maxX - x)), x: x, y: inner.y + line, role: .header, flags: .bold, clip: clip)
        }
        let top = inner.y + shape.headerLines
        for (index, row) in grid.rows.dropFirst(firstRow).prefix(shape.visibleRows).enumerated() {
            let y = top + index
            screen.put(TextFit.truncate(row.title, to: shape.labelWidth), x: x0, y: y, clip: clip)
            for (k, cell) in row.cells.dropFirst(firstColumn).prefix(shape.visibleColumns).enumerated() {
                let role: Role = cell == nil ? .muted : cell?.isInferred == true ? .qualifier : .accent
                screen.put(AffectedGrid.mark(cell), x: shape.cellsX + k * shape.columnWidth, y: y, role: role, flags: cell == nil ? [] : .bold, clip: clip)
            }
        }
        let footerTop = top + shape.visibleRows + 1
        for (index, line) in shape.footer.enumerated() where footerTop + index < inner.maxY {
            screen.put(line, x: x0, y: footerTop + index, clip: clip)
        }
    }

    /// "1 rule", "8 rules".
    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)" + (number == 1 ? "" : "s") }

    /// Scrolls the grid by a line, a page or a column, within what there is to see.
    static func scroll(_ action: Action, state: inout AppState, catalog: Catalog) {
        guard var scroll = state.grid else { return }
        let grid = AffectedGrid(state, catalog: catalog)
        let shape = geometry(rect(state), grid: grid)
        let page = max(1, shape.visibleRows - 1)
        switch action {
        case .up: scroll.row -= 1
        case .down: scroll.row += 1
        case .pageUp: scroll.row -= page
        case .pageDown: scroll.row += page
        case .left: scroll.column -= 1
        case .right: scroll.column += 1
        default: break
        }
        scroll.row = min(max(0, scroll.row), max(0, grid.rows.count - shape.visibleRows))
        scroll.column = min(max(0, scroll.column), max(0, grid.columns.count - shape.visibleColumns))
        state.grid = scroll
    }
}
