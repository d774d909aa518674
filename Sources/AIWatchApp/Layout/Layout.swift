import TerminalKit

/// Where everything goes on a screen of a given size. Render draws into these rectangles and the mouse handler
/// hit-tests them, so the two always agree.
public struct Layout: Sendable {
    /// The smallest terminal aiwatch draws in.
    public static let minColumns = 40, minRows = 12
    /// The lists the overview shows, left to right.
    public static let dashboardLists: [Pane] = [.companies, .regulations, .statistics]

    /// The top row: the title, the data's date and how many sources.
    public var header = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The row of tabs below the header.
    public var tabs = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Everything between the tabs and the status bar, which the pane, or an open detail, fills.
    public var content = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The bottom row: the status bar.
    public var status = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The tabs on the tab row, with the filter's counts.
    public var tabLabels: [TabLabel] = []
    /// The overview's strip of headline numbers.
    public var strip: Rect?
    /// The lists shown, left to right.
    public var lists: [ListViewport] = []
    /// The box showing the selected record's detail next to or below the lists.
    public var preview: Rect?
    /// The box of an opened detail (full content area).
    public var detail: Rect?
    /// The statistics pane's chart of shares and big figures.
    public var chart: Rect?
    /// The timeline pane's time axis.
    public var axis: Rect?

    /// Whether the terminal is big enough to draw anything but the "too small" line.
    public static func fits(columns: Int, rows: Int) -> Bool { columns >= minColumns && rows >= minRows }

    /// Where everything goes for `state`: its terminal size, pane, open detail and rows.
    public init(state: AppState) {
        let screen = Rect(x: 0, y: 0, width: state.columns, height: state.rows)
        header = Rect(x: 0, y: 0, width: screen.width, height: 1)
        tabs = Rect(x: 0, y: 1, width: screen.width, height: 1)
        status = Rect(x: 0, y: screen.height - 1, width: screen.width, height: 1)
        content = Rect(x: 0, y: 2, width: screen.width, height: screen.height - 3)
        tabLabels = TabLabel.row(columns: screen.width, state: state)
        if !state.detailPath.isEmpty {
            detail = content
        } else if state.pane == .dashboard {
            layOutDashboard(state: state)
        } else {
            var area = content
            if state.pane == .statistics && area.height >= 14 {
                // The detail beside the list and chart takes the whole height, so its evidence shows without Enter.
                if area.width >= 110 {
                    let (left, right) = area.splitColumns(area.width * 60 / 100)
                    area = left
                    preview = right
                }
                let tableHeight = min(max(6, state.rows(.statistics).count + 3), area.height / 2)
                let (top, bottom) = area.splitRows(tableHeight)
                area = top
                chart = bottom
            }
            if state.pane == .timeline && area.height >= 14 {
                let (top, bottom) = area.splitRows(area.height - 5)
                area = top
                axis = bottom
            }
            if preview == nil && area.width >= 110 {
                let (left, right) = area.splitColumns(area.width * 60 / 100)
                lists = [ListViewport(pane: state.pane, rect: left, state: state)]
                preview = right
            } else {
                lists = [ListViewport(pane: state.pane, rect: area, state: state)]
            }
        }
    }

    private mutating func layOutDashboard(state: AppState) {
        var rest = content
        if state.zoomed {
            lists = [ListViewport(pane: state.dashboardFocus, rect: rest, state: state)]
            return
        }
        if rest.height >= 14 {
            let (top, bottom) = rest.splitRows(3)
            strip = top
            rest = bottom
        }
        let listHeight = rest.height >= 14 ? max(6, rest.height * 55 / 100) : rest.height
        let (top, bottom) = rest.splitRows(listHeight)
        if bottom.height >= 4 { preview = bottom }
        if top.width >= 72 {
            var x = top.x
            let shares = [34, 38, 28]
            for (index, pane) in Self.dashboardLists.enumerated() {
                let width = index == shares.count - 1 ? top.maxX - x : top.width * shares[index] / 100
                lists.append(ListViewport(pane: pane, rect: Rect(x: x, y: top.y, width: width, height: top.height), state: state))
                x += width
            }
        } else {
            // Narrow: the lists fold into one box whose title cycles with ← →.
            lists = [ListViewport(pane: state.dashboardFocus, rect: top, state: state)]
        }
    }

    /// `pane`'s list, if shown.
    public func list(of pane: Pane) -> ListViewport? { lists.first { $0.pane == pane } }

    /// The pane whose tab is at column `x` of the tab row.
    public func tab(at x: Int) -> Pane? { tabLabels.first { $0.contains(column: x) }?.pane }
}
