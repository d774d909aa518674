import AIWatchData

/// What a table sorts a cell by: figures and counts as numbers, dates by when they fall, text without case.
/// Empty cells go last, ascending or descending.
enum SortKey: Comparable, Sendable {
    case number(Double)
    case text(String)
    case empty
}

extension PaneColumns {
    /// The key `ref` sorts by in full column `column` of its pane.
    static func sortKey(_ ref: RecordRef, column: Int, catalog: Catalog) -> SortKey {
        switch (ref, column) {
        case (.statistic(let i), 0): return .number(catalog.statistics[i].value)
        case (.statistic(let i), 3): return catalog.statistics[i].asOf.map { .number($0.years) } ?? .empty
        case (.regulation(let i), 3): return catalog.regulations[i].date.map { .number($0.years) } ?? .empty
        case (.event(let i), 0): return .number(catalog.events[i].date.years)
        case (.source(let i), 2): return .text(catalog.sources[i].published)
        case (.organisation, 4), (.person, 3), (.source, 3):
            return Double(plainCells(ref, catalog: catalog)[column]).map { .number($0) } ?? .empty
        default:
            let cells = plainCells(ref, catalog: catalog)
            guard cells.indices.contains(column), !cells[column].isEmpty else { return .empty }
            return .text(cells[column].lowercased())
        }
    }
}
