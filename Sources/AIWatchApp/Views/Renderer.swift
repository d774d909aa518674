import AIWatchData
import TerminalKit

/// Draws the whole screen from the state: the one renderer behind the terminal, `snapshot` and every export.
public enum Renderer {
    /// The frame of `state`: every pane, overlay and bar, or a "too small" line on a terminal below `Layout.fits`.
    public static func render(_ state: AppState, catalog: Catalog) -> Screen {
        var screen = Screen(width: state.columns, height: state.rows)
        guard Layout.fits(columns: state.columns, rows: state.rows) else {
            let needs = "\(Layout.minColumns)x\(Layout.minRows)"
            let message = state.columns < 24
                ? "\(state.columns)x\(state.rows) < \(needs)"
                : "Terminal too small: \(state.columns)x\(state.rows), aiwatch needs \(needs)"
            for (y, line) in TextFit.wrap(message, to: state.columns).prefix(state.rows).enumerated() {
                screen.put(line, x: 0, y: y, role: .warning)
            }
            return screen
        }
        let layout = Layout(state: state)
        TabsView.drawHeader(into: &screen, rect: layout.header, catalog: catalog)
        TabsView.draw(into: &screen, rect: layout.tabs, labels: layout.tabLabels, state: state)
        if let strip = layout.strip { HeadlineStrip.draw(into: &screen, rect: strip, state: state, catalog: catalog) }
        let compact = state.pane == .dashboard && !state.zoomed
        // On a narrow overview the three lists fold into one box that ← → cycle through.
        let folded = compact && layout.lists.count == 1
        for list in layout.lists {
            ListView.draw(into: &screen, list: list, state: state, catalog: catalog, focused: list.pane == state.listPane, compact: compact, folded: folded)
        }
        if let chart = layout.chart { StatisticsChart.draw(into: &screen, rect: chart, state: state, catalog: catalog) }
        if let axis = layout.axis { TimelineAxis.draw(into: &screen, rect: axis, state: state, catalog: catalog) }
        if let preview = layout.preview {
            DetailView.draw(into: &screen, rect: preview, ref: state.selectedRecord, state: state, catalog: catalog, isOpen: false)
        }
        if let detail = layout.detail {
            DetailView.draw(into: &screen, rect: detail, ref: state.detailPath.last, state: state, catalog: catalog, isOpen: true)
        }
        if let grid = state.grid {
            let below = layout.tabs.maxY
            GridView.draw(into: &screen, rect: Rect(x: 0, y: below, width: state.columns, height: layout.status.y - below),
                          scroll: grid, state: state, catalog: catalog)
        }
        StatusBar.draw(into: &screen, rect: layout.status, state: state, catalog: catalog)
        switch state.overlay {
        case .help: Overlays.drawHelp(into: &screen, scroll: state.helpScroll)
        case .export: Overlays.drawExportMenu(into: &screen, folder: state.exportFolder)
        case nil: break
        }
        return screen
    }
}
