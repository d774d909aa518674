import AIWatchData
import TerminalKit

/// The title row and the row of pane tabs.
enum TabsView {
    static func drawHeader(into screen: inout Screen, rect: Rect, catalog: Catalog) {
        screen.fill(rect, role: .statusBar)
        var x = screen.put(" aiwatch ", x: rect.x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
        x = screen.put("· China's generative-AI race", x: x, y: rect.y, role: .statusBar, clip: rect)
        let date = FuzzyDate(phrase: "", date: catalog.dataDate, approximate: false).display
        let right = "data as of \(date) · \(catalog.sources.count) sources "
        let rightX = rect.maxX - CellWidth.of(right)
        if rightX > x + 1 { screen.put(right, x: rightX, y: rect.y, role: .statusBar, clip: rect) }
    }

    /// The tabs the layout laid out, the current pane's raised.
    static func draw(into screen: inout Screen, rect: Rect, labels: [TabLabel], state: AppState) {
        for label in labels {
            let active = label.pane == state.pane
            let (text, x) = (label.text, label.x)
            screen.put(active ? " " + text + " " : text, x: active ? x - 1 : x, y: rect.y, role: active ? .tabActive : .tab, flags: active ? .bold : [], clip: rect)
        }
    }
}
