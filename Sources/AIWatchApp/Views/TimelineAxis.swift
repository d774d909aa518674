import AIWatchData
import TerminalKit

/// The timeline's events on a horizontal time axis, spaced by their dates: a filled dot for an exact date, a hollow
/// one for an approximate date, a digit for several events at one point (so none hides another), the selected event
/// picked out (a span drawn along the axis from its start to its end), and the years marked below.
enum TimelineAxis {
    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        let events = state.rows(.timeline).compactMap { ref -> (index: Int, event: Event)? in
            if case .event(let i) = ref { return (i, catalog.events[i]) }
            return nil
        }
        let selected = state.selectedRecord.flatMap { ref -> Int? in
            if state.pane == .timeline, case .event(let i) = ref { return i }
            return nil
        }
        let note = selected.map { catalog.events[$0].date.display } ?? ""
        let inner = screen.box(rect, title: "On a time axis", note: note)
        let area = Rect(x: inner.x + 2, y: inner.y, width: inner.width - 4, height: inner.height)
        guard area.width >= 20, area.height >= 3 else { return }
        guard let first = events.map({ $0.event.date.years }).min(), let last = events.map({ $0.event.date.years }).max() else {
            screen.put("No event matches the filter.", x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        let start = first.rounded(.down)
        let end = max(start + 1, (last + 1).rounded(.down))
        func column(_ t: Double) -> Int { area.x + Int(((t - start) / (end - start) * Double(area.width - 1)).rounded()) }

        // The axis, with a tick at every year it has room to label (at least six cells apart).
        let years = Int(end - start)
        let step = [1, 2, 5, 10, 20, 50].first { Double(area.width) / Double(years) * Double($0) >= 6 } ?? years
        screen.put(String(repeating: "─", count: area.width), x: area.x, y: area.y + 1, role: .border, clip: area)
        // The selected event's span, along the axis, so "over the last decade" reads as ten years, not a
        // point; the year ticks cross it.
        if let selected, let spanEnd = catalog.events[selected].date.endYears {
            let from = column(catalog.events[selected].date.years), to = column(min(spanEnd, end))
            if to > from { screen.put(String(repeating: "━", count: to - from + 1), x: from, y: area.y + 1, role: .selected, clip: area) }
        }
        for year in stride(from: Int(start), through: Int(end), by: step) {
            let x = column(Double(year))
            screen.put("┼", x: x, y: area.y + 1, role: .border, clip: area)
            let label = String(year)
            screen.put(label, x: min(max(area.x, x - 2), area.maxX - label.count), y: area.y + 2, role: .muted, clip: area)
        }
        // One mark per point: a lone event's dot, or how many events share it, picked out when the selected one does.
        var points: [Int: (count: Int, approximate: Bool, selected: Bool)] = [:]
        for (index, event) in events {
            let x = column(event.date.years)
            let point = points[x] ?? (0, true, false)
            points[x] = (point.count + 1, point.approximate && event.date.approximate, point.selected || index == selected)
        }
        for (x, point) in points {
            let mark = point.count > 1 ? (point.count > 9 ? "+" : String(point.count)) : point.approximate ? "◌" : "●"
            screen.put(mark, x: x, y: area.y, role: point.selected ? .selected : .accent, flags: .bold, clip: area)
        }
        if points.values.contains(where: { $0.count > 1 }) {
            screen.put(" a digit: events at one point ", x: rect.x + 19, y: rect.y, role: .muted, clip: Rect(x: rect.x, y: rect.y, width: rect.width - CellWidth.of(note) - 4, height: 1))
        }
    }
}
