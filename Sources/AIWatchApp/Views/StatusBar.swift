import AIWatchData
import TerminalKit

/// The bottom row: the `:` command line while it is open or has something to say; else the filter line while it
/// is open or applied, then a message, or the key hints with the view string on the right.
enum StatusBar {
    /// Below this many cells a view string is too cut to place a view, so it is left off.
    static let minimumViewCells = 10

    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        screen.fill(rect, role: .statusBar)
        if state.prompt.editing || state.prompt.error != nil {
            drawPrompt(into: &screen, rect: rect, prompt: state.prompt)
            return
        }
        let filter = state.filter
        var rest = rect
        if filter.editing || filter.isOn || filter.error != nil {
            var x = screen.put(filter.editing ? " / " : " filter: ", x: rect.x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
            // An applied filter gives way to the help hint; while typing, the text is all that matters.
            let room = filter.editing ? rect.maxX - x : rect.maxX - x - 2 - StatusHints.helpCells
            x = screen.put(TextFit.truncate(filter.text, to: room), x: x, y: rect.y, role: .statusBar, clip: rect)
            if filter.editing { x = screen.put("▏", x: x, y: rect.y, role: .statusBar, clip: rect) }
            if !filter.completions.isEmpty {
                screen.put("   " + filter.completions.joined(separator: "  "), x: x, y: rect.y, role: .statusBar, clip: rect)
                return
            }
            if let indexing = state.indexing {
                screen.put("   indexing the records: \(Int(indexing * 100)) % · the filter runs when it is done", x: x, y: rect.y, role: .statusBar, clip: rect)
                return
            }
            if state.engine.waiting != nil && state.engine.index.isBuilt {
                screen.put("   searching…", x: x, y: rect.y, role: .statusBar, clip: rect)
                return
            }
            if let error = filter.error, filter.editing || state.message == nil {
                var clip = rect
                if !filter.editing {
                    // The last good view stays citable, but the reason the query fails comes first.
                    let left = Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1)
                    clip = drawView(into: &screen, rect: left, state: state, catalog: catalog, cells: left.width - 24)
                }
                // Say whose results the panes still show, since they are not this line's.
                let shown = filter.applied.isEmpty ? "everything" : "“" + filter.applied + "”"
                let text = TextFit.truncate("  ✗ " + error + " · showing " + shown, to: clip.maxX - x)
                screen.put(text, x: x, y: rect.y, role: .statusBar, flags: .bold, clip: clip)
                return
            }
            if filter.editing {
                screen.put("   " + KeyMap.hintLine(.filterLine), x: x, y: rect.y, role: .statusBar, clip: rect)
                return
            }
            rest = Rect(x: x + 2, y: rect.y, width: rect.maxX - x - 2, height: 1)
        }
        if let message = state.message {
            // Cut in the middle, so both the verdict and the end of a path (the file's extension) stay.
            screen.put(TextFit.truncateMiddle(" " + message, to: rest.width), x: rest.x, y: rest.y, role: .statusBar, flags: .bold, clip: rest)
            return
        }
        drawHints(into: &screen, rect: rest, state: state, catalog: catalog)
    }

    /// The command line: what is typed, then the completions, the reason the last command failed, or the hints.
    private static func drawPrompt(into screen: inout Screen, rect: Rect, prompt: Prompt) {
        var x = screen.put(" :", x: rect.x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
        x = screen.put(TextFit.truncate(prompt.text, to: rect.maxX - x - 1), x: x, y: rect.y, role: .statusBar, clip: rect)
        if prompt.editing { x = screen.put("▏", x: x, y: rect.y, role: .statusBar, clip: rect) }
        if let error = prompt.error {
            screen.put(TextFit.truncate("  ✗ " + error, to: rect.maxX - x), x: x, y: rect.y, role: .statusBar, flags: .bold, clip: rect)
        } else if !prompt.completions.isEmpty {
            screen.put("   " + prompt.completions.joined(separator: "  "), x: x, y: rect.y, role: .statusBar, clip: rect)
        } else {
            screen.put("   " + KeyMap.hintLine(.prompt), x: x, y: rect.y, role: .statusBar, clip: rect)
        }
    }

    /// The hints that fit, most important kept longest, and the view string (shortened if need be) at the right.
    private static func drawHints(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        let view = ViewString.format(state, catalog: catalog)
        let (hints, cells) = StatusHints.fit(state.grid != nil ? KeyMap.gridHints : KeyMap.hints, viewWidth: CellWidth.of(view) + 2, width: rect.width)
        let left = drawView(into: &screen, rect: rect, state: state, catalog: catalog, cells: cells)
        var x = left.x + 1
        for hint in hints {
            x = screen.put(hint.label, x: x, y: rect.y, role: .statusKey, flags: .bold, clip: left)
            x = screen.put(" " + hint.text + "  ", x: x, y: rect.y, role: .statusBar, clip: left)
        }
    }

    /// Draws the view string, for citing this view in a briefing, at the right of `rect` in at most `cells` cells
    /// (a blank each side), or not at all in fewer than `minimumViewCells`; returns what is left of `rect` at its left.
    private static func drawView(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog, cells: Int) -> Rect {
        let cells = min(cells, rect.width)
        guard cells >= minimumViewCells else { return rect }
        let view = ViewString.shorten(ViewString.format(state, catalog: catalog), to: cells - 2)
        guard !view.isEmpty else { return rect }
        let text = " " + view + " "
        let x = max(rect.x, rect.maxX - CellWidth.of(text))
        screen.put(text, x: x, y: rect.y, role: .statusKey, clip: rect)
        return Rect(x: rect.x, y: rect.y, width: x - rect.x, height: 1)
    }
}
