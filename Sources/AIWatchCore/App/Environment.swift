/// What `update` and `render` read besides the state: the catalog and the filter.
public struct Environment: Sendable {
    public let catalog: Catalog
    /// Matches a query against the catalog: the rows of each pane, or why the query cannot be parsed.
    public let search: @Sendable (String) -> Result<[Pane: [RecordRef]], SearchFailure>

    /// Completes the field name being typed at the end of a query (`Tab` in the filter line).
    public let complete: @Sendable (String) -> String

    public init(
        catalog: Catalog,
        search: @escaping @Sendable (String) -> Result<[Pane: [RecordRef]], SearchFailure>,
        complete: @escaping @Sendable (String) -> String
    ) {
        self.catalog = catalog
        self.search = search
        self.complete = complete
    }

    /// Every record of each pane, in display order (the timeline by date).
    public static func allRows(_ catalog: Catalog) -> [Pane: [RecordRef]] {
        [
            .companies: catalog.organisations.indices.map { .organisation($0) },
            .regulations: catalog.regulations.indices.map { .regulation($0) },
            .statistics: catalog.statistics.indices.map { .statistic($0) },
            .people: catalog.people.indices.map { .person($0) },
            .timeline: catalog.events.indices.sorted { catalog.events[$0].date < catalog.events[$1].date }.map { .event($0) },
            .sources: catalog.sources.indices.map { .source($0) },
        ]
    }
}

/// A query that cannot be parsed, with where.
public struct SearchFailure: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

extension Environment {
    /// The environment the app runs with: `SearchEngine` over `catalog`.
    public static func standard(_ catalog: Catalog) -> Environment {
        let rows = allRows(catalog)
        return Environment(catalog: catalog, search: { query in
            let words = query.lowercased().split(separator: " ").map(String.init)
            guard !words.isEmpty else { return .success(rows) }
            return .success(rows.mapValues { refs in
                refs.filter { ref in
                    let text = PaneColumns.plainCells(ref, catalog: catalog).joined(separator: " ").lowercased()
                    return words.allSatisfy(text.contains)
                }
            })
        }, complete: { $0 })
    }
}
