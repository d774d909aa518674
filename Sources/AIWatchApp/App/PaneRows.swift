import AIWatchData

/// The rows a pane shows: the filter's matches, in catalog order or in the order of the pane's sort.
public struct PaneRows: RandomAccessCollection, Sendable {
    /// The matches, in catalog order.
    public let matches: RecordMatches
    /// Positions into `matches` in sorted order; nil for catalog order.
    let order: [Int32]?

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of rows.
    public var endIndex: Int { matches.count }

    /// The `position`-th row as shown.
    public subscript(position: Int) -> RecordRef { matches[order.map { Int($0[position]) } ?? position] }
}

/// What a sorted order was computed for: the sort and the results it sorted. A new filter or sort makes it stale.
struct SortedFor: Equatable, Sendable {
    let sort: PaneSort
    let query: String
    let count: Int

    init?(state: AppState, pane: Pane) {
        guard let sort = state.sort[pane] else { return nil }
        self.sort = sort
        query = state.filter.applied
        count = state.engine.result.count(in: pane.kinds)
    }
}

extension Update {
    /// Sorts the focused table by `sort` (nil: catalog order), keeping the selected record selected.
    static func sort(_ sort: PaneSort?, state: inout AppState, catalog: Catalog) {
        let pane = state.listPane
        let selected = state.selectedRecord
        state.sort[pane] = sort
        keepSorted(&state, catalog: catalog)
        if let selected, let index = state.rows(pane).firstIndex(of: selected) { state.selection[pane] = index }
        let name = sort.flatMap { PaneSort.name(of: $0.column, in: pane) }
        state.message = name.map { "Sorted by \($0)" + (sort!.descending ? ", descending" : "") + " · s next column · S reverse" } ?? "In catalog order"
    }

    /// Sorts `pane`'s rows by `sort`, as `s` and `S` would with it focused: what `aiwatch list --sort` prints.
    public static func sortRows(of pane: Pane, by sort: PaneSort, state: inout AppState, catalog: Catalog) {
        state.sort[pane] = sort
        keepSorted(&state, catalog: catalog)
    }

    /// Sorts each sorted pane's rows again when its sort or its results changed.
    static func keepSorted(_ state: inout AppState, catalog: Catalog) {
        for pane in Pane.allCases {
            guard let key = SortedFor(state: state, pane: pane) else {
                state.sortedOrder[pane] = nil
                continue
            }
            guard state.sortedOrder[pane]?.key != key else { continue }
            let matches = state.engine.result.matches(in: pane.kinds)
            state.sortedOrder[pane] = (key, key.sort.order(of: matches, pane: pane, catalog: catalog))
        }
    }
}
