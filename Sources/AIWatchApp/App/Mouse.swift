import TerminalKit

/// Mouse clicks and wheel steps, hit-tested against the same `Layout` that render draws into.
enum Mouse {
    static func handle(_ event: MouseEvent, state: inout AppState, env: Environment) -> [Command] {
        guard state.overlay == nil else {
            state.overlay = nil
            return []
        }
        let layout = Layout(state: state)
        switch event.kind {
        case .wheelUp, .wheelDown:
            if !state.detailPath.isEmpty {
                // The wheel scrolls the text; the highlight follows what is on screen.
                DetailNavigation.scroll(by: event.kind == .wheelUp ? -3 : 3, state: &state, catalog: env.catalog)
                return []
            }
            let action: Action = event.kind == .wheelUp ? .up : .down
            if let hit = layout.lists.first(where: { contains($0.rect, event) }) { focus(hit.pane, state: &state) }
            for _ in 0..<3 { _ = Update.perform(action, state: &state, env: env) }
        case .press:
            if event.y == layout.tabs.y, let pane = TabsView.pane(at: event.x, columns: state.columns) {
                Update.switchPane(to: pane, state: &state)
            } else if let hit = layout.lists.first(where: { contains($0.rect, event) }) {
                focus(hit.pane, state: &state)
                let rows = state.rows(hit.pane)
                let inner = hit.rect.inset(1)
                let scroll = TableView.scrollOffset(
                    selected: state.selected(in: hit.pane), scroll: state.scroll[hit.pane] ?? 0,
                    visibleRows: inner.height - 1, count: rows.count
                )
                let index = scroll + event.y - inner.y - 1
                if event.y > inner.y, rows.indices.contains(index) { state.selection[hit.pane] = index }
            }
        }
        return []
    }

    private static func contains(_ rect: Rect, _ event: MouseEvent) -> Bool {
        event.x >= rect.x && event.x < rect.maxX && event.y >= rect.y && event.y < rect.maxY
    }

    private static func focus(_ pane: Pane, state: inout AppState) {
        if state.pane == .dashboard { state.dashboardFocus = pane }
    }
}
