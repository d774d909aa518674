/// The bottom row: the filter line while it is open or applied, otherwise a message or the key hints.
enum StatusBar {
    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        screen.fill(rect, role: .statusBar)
        var rect = rect
        if !state.filter.editing && state.message == nil {
            // The view string on the right, for citing this view in a briefing; the hints get what is left.
            let view = " " + TextFit.truncate(ViewString.format(state, catalog: catalog), to: rect.width - 12) + " "
            let x = rect.maxX - CellWidth.of(view)
            screen.put(view, x: x, y: rect.y, role: .statusKey, clip: rect)
            rect = Rect(x: rect.x, y: rect.y, width: x - rect.x - 1, height: 1)
        }
        let filter = state.filter
        if filter.editing || !filter.applied.isEmpty || filter.error != nil {
            var x = screen.put(filter.editing ? " / " : " filter: ", x: rect.x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
            x = screen.put(filter.text, x: x, y: rect.y, role: .statusBar, clip: rect)
            if filter.editing { x = screen.put("▏", x: x, y: rect.y, role: .statusBar, clip: rect) }
            if !filter.completions.isEmpty {
                screen.put("   " + filter.completions.joined(separator: "  "), x: x, y: rect.y, role: .statusBar, clip: rect)
            } else if let indexing = state.indexing {
                screen.put("   indexing the records: \(Int(indexing * 100)) % · the filter runs when it is done", x: x, y: rect.y, role: .statusBar, clip: rect)
            } else if let error = filter.error {
                screen.put("  ✗ " + error, x: x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
            } else if filter.editing {
                screen.put("   Enter keep · Esc clear · ↑↓ history · Tab complete", x: x, y: rect.y, role: .statusBar, clip: rect)
            } else {
                drawHints(into: &screen, rect: Rect(x: x + 2, y: rect.y, width: rect.maxX - x - 2, height: 1), message: state.message)
            }
            return
        }
        drawHints(into: &screen, rect: rect, message: state.message)
    }

    private static func drawHints(into screen: inout Screen, rect: Rect, message: String?) {
        if let message {
            screen.put(" " + message, x: rect.x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
            return
        }
        var x = rect.x + 1
        for (label, hint) in KeyMap.hints {
            let width = CellWidth.of(label) + CellWidth.of(hint) + 3
            if x + width > rect.maxX { break }
            x = screen.put(label, x: x, y: rect.y, role: .statusKey, flags: .bold, clip: rect)
            x = screen.put(" " + hint + "  ", x: x, y: rect.y, role: .statusBar, clip: rect)
        }
    }
}
