import AIWatchData
import Foundation
import TerminalKit

/// The statistics as a reader takes them in at a glance: each share as a bar against its whole, the qualifier
/// kept, the absolute figure and its date beside it; single big figures in large numerals.
enum StatisticsChart {
    static func draw(into screen: inout Screen, rect: Rect, state: AppState, catalog: Catalog) {
        let inner = screen.box(rect, title: "At a glance", note: rect.width >= 60 ? "▸ more than" : "")
        guard inner.width > 20, inner.height > 0 else { return }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let statistics = state.rows(.statistics).compactMap { ref -> Statistic? in
            if case .statistic(let i) = ref { return catalog.statistics[i] }
            return nil
        }
        let labelWidth = min(56, area.width / 3)
        let barWidth = max(8, min(40, area.width - labelWidth - 32))
        var y = area.y
        for statistic in statistics where statistic.share != nil {
            guard y < area.maxY, let share = statistic.share else { break }
            var x = screen.put(TextFit.pad(statistic.label, to: labelWidth), x: area.x, y: y, clip: area) + 1
            x = Bar.draw(into: &screen, ratio: share.ratio, atLeast: StatisticText.symbol(share.qualifier) == "> ", x: x, y: y, width: barWidth, clip: area) + 1
            x = screen.put(TextFit.pad(StatisticText.share(statistic), to: 10), x: x, y: y, role: .number, flags: .bold, clip: area)
            let detail = StatisticText.figure(statistic) + " " + statistic.unit + (statistic.asOf.map { " · " + $0.display } ?? "")
            screen.put(TextFit.truncate(detail, to: area.maxX - x - 1), x: x + 1, y: y, role: .muted, clip: area)
            y += 1
        }
        for statistic in statistics where statistic.share == nil {
            let (rows, _) = BigDigits.render(statistic.display)
            guard y + 4 <= area.maxY else { break }
            y += 1
            var x = area.x
            for (index, row) in rows.enumerated() {
                x = screen.put(row, x: area.x, y: y + index, role: .number, flags: .bold, clip: area)
            }
            let words = String(statistic.display.drop { $0.isNumber || $0 == "." || $0 == "," }).trimmingCharacters(in: .whitespaces)
            screen.put(words + " " + statistic.unit, x: x + 1, y: y + 1, role: .number, flags: .bold, clip: area)
            screen.put(statistic.label + (statistic.asOf.map { " · " + $0.display } ?? ""), x: x + 1, y: y + 2, role: .muted, clip: area)
            if let qualifier = statistic.qualifier, !qualifier.isEmpty {
                screen.put("“" + qualifier + " " + statistic.display + " " + statistic.unit + "”", x: x + 1, y: y, role: .qualifier, flags: .italic, clip: area)
            }
            y += 3
        }
        if statistics.isEmpty { screen.put("No statistic matches the filter.", x: area.x, y: area.y, role: .muted, clip: area) }
    }
}
