import TerminalKit

/// Mouse clicks and wheel steps, hit-tested against the same `Layout` that render draws into.
enum Mouse {
    static func handle(_ event: MouseEvent, state: inout AppState, env: Environment) -> [Command] {
        guard state.overlay == nil else {
            state.overlay = nil
            return []
        }
        if state.grid != nil {
            // The grid covers the panes: the wheel scrolls it, a click goes nowhere beneath it.
            if event.kind != .press { GridView.scroll(event.kind == .wheelUp ? .up : .down, state: &state, catalog: env.catalog) }
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
            if event.y == layout.tabs.y, let pane = layout.tab(at: event.x) {
                Update.switchPane(to: pane, state: &state)
            } else if let hit = layout.lists.first(where: { contains($0.rect, event) }) {
                focus(hit.pane, state: &state)
                if let index = hit.record(atRow: event.y) { state.selection[hit.pane] = index }
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
