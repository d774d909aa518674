import AIWatchData

/// The rows a pane shows: the filter's matches, in catalog order or in the order of the pane's sort.
public struct PaneRows: RandomAccessCollection, Sendable {
    /// The matches, in catalog order.
    public let matches: RecordMatches
    /// The Quotes' rows, which take the place of `matches` for them; nil for every other pane.
    let quotes: [RecordRef]?
    /// Positions into `matches` (or `quotes`) in sorted order; nil for catalog order.
    let order: [Int32]?

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of rows.
    public var endIndex: Int { quotes?.count ?? matches.count }

    /// The `position`-th row as shown.
    public subscript(position: Int) -> RecordRef {
        let index = order.map { Int($0[position]) } ?? position
        return quotes.map { $0[index] } ?? matches[index]
    }
}

/// What the Quotes' rows were computed for: the query and how many people it matched.
struct QuotesFor: Equatable, Sendable {
    let query: String
    let people: Int

    init(state: AppState) {
        query = state.filter.applied
        people = state.engine.result.count(in: .person ... .person)
    }
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
        count = state.rowCount(pane)
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
        state.pane = pane
        state.sort[pane] = sort
        keepSorted(&state, catalog: catalog)
    }

    /// Sorts each sorted pane's rows again when its sort or its results changed, and keeps the Quotes' rows.
    static func keepSorted(_ state: inout AppState, catalog: Catalog) {
        state.quotesCatalog = catalog
        // Judging each quote costs more than a search: only while the Quotes are on screen.
        let quotesKey = QuotesFor(state: state)
        if state.pane == .quotes && state.quoteCache?.key != quotesKey { state.quoteCache = (quotesKey, quotes(for: state, catalog: catalog)) }
        for pane in Pane.allCases where pane != .quotes || state.pane == .quotes {
            guard let key = SortedFor(state: state, pane: pane) else {
                state.sortedOrder[pane] = nil
                continue
            }
            guard state.sortedOrder[pane]?.key != key else { continue }
            let order = pane == .quotes
                ? key.sort.order(of: state.quoteRows, pane: pane, catalog: catalog)
                : key.sort.order(of: state.engine.result.matches(in: pane.kinds), pane: pane, catalog: catalog)
            state.sortedOrder[pane] = (key, order)
        }
    }

    /// The quotes of the people `state`'s filter matches, in their order, that the filter asks for on their own.
    static func quotes(for state: AppState, catalog: Catalog) -> [RecordRef] {
        let query = state.engine.result.query
        return state.engine.result.matches(in: .person ... .person).flatMap { ref -> [RecordRef] in
            guard case .person(let i) = ref else { return [] }
            return catalog.people[i].quotes.indices
                .filter { QuoteMatching.matches(query, person: i, quote: $0, catalog: catalog) }
                .map { RecordRef.quote(person: i, index: $0) }
        }
    }
}
