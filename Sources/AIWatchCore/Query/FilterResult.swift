/// The records a query matches, per pane, in catalog order, with the totals for a pane title (`Companies 2/16`).
public struct FilterResult: Sendable {
    /// The query these are the results of.
    public let query: Query
    /// Matching documents, ascending.
    let documents: [Int32]
    /// The first document of each of `SearchIndex.documentPanes`, then the document count.
    private let paneStarts: [Int]
    /// Where each pane's matches begin in `documents`, then `documents.count`.
    private let bounds: [Int]

    init(query: Query, documents: [Int32], paneStarts: [Int]) {
        self.query = query
        self.documents = documents
        self.paneStarts = paneStarts
        bounds = paneStarts.map { start in
            var low = 0
            var high = documents.count
            while low < high {
                let middle = (low + high) / 2
                if Int(documents[middle]) < start { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The matching records `pane` lists, in catalog order. The dashboard lists companies, regulations and
    /// statistics, in that order.
    public func matches(in pane: Pane) -> PaneMatches {
        let (first, last) = panes(pane)
        return PaneMatches(documents: documents, range: bounds[first]..<bounds[last], paneStarts: paneStarts)
    }

    /// How many of `pane`'s records match.
    public func count(in pane: Pane) -> Int {
        let (first, last) = panes(pane)
        return bounds[last] - bounds[first]
    }

    /// How many records `pane` lists without a filter.
    public func total(in pane: Pane) -> Int {
        let (first, last) = panes(pane)
        return paneStarts[last] - paneStarts[first]
    }

    /// How many records match in all panes together.
    public var count: Int { documents.count }

    /// The pane title with its counts, `Companies 2/16`, or just `Companies` when nothing is filtered out.
    public func title(of pane: Pane) -> String {
        query.isEmpty ? pane.title : "\(pane.title) \(count(in: pane))/\(total(in: pane))"
    }

    /// Whether `record` matches (a product or quote matches when its organisation or person does).
    public func contains(_ record: RecordRef) -> Bool {
        let document = Int32(SearchIndex.document(of: record, paneStarts: paneStarts))
        var low = 0
        var high = documents.count
        while low < high {
            let middle = (low + high) / 2
            if documents[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low < documents.count && documents[low] == document
    }

    /// The range of `SearchIndex.documentPanes` that `pane` lists, as (first, end).
    private func panes(_ pane: Pane) -> (Int, Int) {
        if pane == .dashboard { return (0, 3) }
        let i = SearchIndex.documentPanes.firstIndex(of: pane)!
        return (i, i + 1)
    }
}
