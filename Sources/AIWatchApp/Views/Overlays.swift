import AIWatchData
import TerminalKit

/// The help and export overlays, drawn over the centre of the screen.
enum Overlays {
    static func drawHelp(into screen: inout Screen, scroll: Int) {
        func line(_ binding: KeyBinding) -> Line { [Span(TextFit.pad(binding.label, to: 12), .statusKey, .bold), Span(binding.help)] }
        var lines: [Line] = KeyMap.bindings.filter { if case .jump = $0.action { return false }; return $0.listed }.map(line)
        lines.insert([Span(TextFit.pad("1 … 7", to: 12), .statusKey, .bold), Span(Pane.tabs.map(\.title).joined(separator: " · "))], at: 2)
        lines.append([])
        lines.append([Span("In the filter line", .header)])
        lines += KeyMap.filterLine.filter(\.listed).map(line)
        lines.append([])
        lines.append([Span("In the command line (:)", .header)])
        lines += KeyMap.prompt.filter(\.listed).map(line)
        lines.append([Span("Commands: " + PromptCommand.words.joined(separator: " ") + " (a pane also by its first letters)", .muted)])
        lines.append([])
        lines.append([Span("In the who-is-affected grid (a)", .header)])
        lines += KeyMap.grid.filter(\.listed).map(line)
        lines.append([Span(AffectedGrid.legend, .muted)])
        lines.append([])
        lines.append([Span("Query language", .header)])
        lines += QueryHelp.syntax.map { [Span($0, .muted)] }
        lines.append([Span("Fields: " + QueryHelp.fields.map(\.name).joined(separator: " "), .muted)])
        lines.append([])
        lines.append([Span(KeyMap.hintLine(.help), .muted)])
        drawBox(into: &screen, title: "Keys", lines: lines, width: 72, scroll: scroll)
    }

    static func drawExportMenu(into screen: inout Screen, folder: String?) {
        var lines: [Line] = KeyMap.exportMenu.filter(\.listed).map { binding in
            [Span(" " + binding.label + " ", .statusKey, .bold), Span(" " + binding.help)]
        }
        lines.append([])
        lines += KeyMap.exportMenu.filter { $0.otherKeys != nil }.compactMap(\.hint).map { [Span($0, .muted)] }
        lines.append([Span("Files go to " + (folder.map { Sanitizer.clean($0) } ?? "the export folder") + ".", .muted)])
        drawBox(into: &screen, title: "Export this view", lines: lines, width: 50)
    }

    private static func drawBox(into screen: inout Screen, title: String, lines: [Line], width: Int, scroll: Int = 0) {
        let boxWidth = min(width, screen.width - 2)
        // Long lines wrap under their text, past the key column.
        let lines = lines.flatMap { TextFit.wrap($0, width: boxWidth - 4, indent: $0.count > 1 ? 12 : 0) }
        let boxHeight = min(lines.count + 2, screen.height - 2)
        let rect = Rect(x: (screen.width - boxWidth) / 2, y: max(1, (screen.height - boxHeight) / 2), width: boxWidth, height: boxHeight)
        screen.fill(rect)
        let first = min(scroll, max(0, lines.count - (boxHeight - 2)))
        let more = lines.count - first > boxHeight - 2 ? "↓ more" : (first > 0 ? "↑ more" : "")
        let inner = screen.box(rect, title: title, note: more, focused: true)
        let padded = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for (index, line) in lines.dropFirst(first).prefix(padded.height).enumerated() {
            screen.put(line, x: padded.x, y: padded.y + index, clip: padded)
        }
    }
}
