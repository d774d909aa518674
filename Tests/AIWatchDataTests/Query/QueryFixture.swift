import AIWatchTestSupport
import TerminalKit

@testable import AIWatchData

/// The bundled catalog and its index, shared by the query tests, with helpers that speak in record ids.
enum QueryFixture {
    static let catalog: Catalog = {
        do { return try CatalogLoader.bundled() } catch { fatalError("bundled data does not load: \(error)") }
    }()
    static let index = SearchIndex(catalog)

    /// The result of `query` searched from scratch; fails the test run on a parse error.
    static func result(_ query: String, in index: SearchIndex = index) -> FilterResult {
        switch FilterEngine(index: index).results(for: query) {
        case .success(let result): return result
        case .failure(let error): fatalError("\(query) does not parse: \(error)")
        }
    }

    /// The ids of the records `query` leaves of `kind`, in catalog order.
    static func ids(_ query: String, in kind: RecordKind) -> [String] {
        result(query).matches(in: kind).map { id(of: $0) }
    }

    /// The id of a top-level record.
    static func id(of record: RecordRef, in catalog: Catalog = catalog) -> String {
        switch record {
        case .organisation(let i): return catalog.organisations[i].id
        case .regulation(let i): return catalog.regulations[i].id
        case .statistic(let i): return catalog.statistics[i].id
        case .person(let i): return catalog.people[i].id
        case .event(let i): return catalog.events[i].id
        case .source(let i): return catalog.sources[i].id
        case .product(let i, let j): return catalog.organisations[i].products[j].id
        case .quote(let i, let j): return catalog.people[i].quotes[j].id
        }
    }

    /// Every top-level record id `query` matches, in all panes.
    static func allIDs(_ query: String) -> Set<String> {
        let result = result(query)
        return Set(RecordKind.allCases.flatMap { result.matches(in: $0).map { id(of: $0) } })
    }
}
