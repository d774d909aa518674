/// The records a query matches, per kind of record, in catalog order, with the totals they are out of.
public struct FilterResult: Sendable {
    /// The query these are the results of.
    public let query: Query
    /// Matching documents, ascending.
    let documents: [Int32]
    /// The first document of each of `RecordKind.allCases`, then the document count.
    private let kindStarts: [Int]
    /// Where each kind's matches begin in `documents`, then `documents.count`.
    private let bounds: [Int]

    init(query: Query, documents: [Int32], kindStarts: [Int]) {
        self.query = query
        self.documents = documents
        self.kindStarts = kindStarts
        bounds = kindStarts.map { start in
            var low = 0
            var high = documents.count
            while low < high {
                let middle = (low + high) / 2
                if Int(documents[middle]) < start { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The matching records of `kinds`, in catalog order.
    public func matches(in kinds: ClosedRange<RecordKind>) -> RecordMatches {
        RecordMatches(documents: documents, range: bounds[kinds.lowerBound.rawValue]..<bounds[kinds.upperBound.rawValue + 1], kindStarts: kindStarts)
    }

    /// How many records of `kinds` match.
    public func count(in kinds: ClosedRange<RecordKind>) -> Int {
        bounds[kinds.upperBound.rawValue + 1] - bounds[kinds.lowerBound.rawValue]
    }

    /// How many records of `kinds` there are without a filter.
    public func total(in kinds: ClosedRange<RecordKind>) -> Int {
        kindStarts[kinds.upperBound.rawValue + 1] - kindStarts[kinds.lowerBound.rawValue]
    }

    /// The matching records of one kind.
    public func matches(in kind: RecordKind) -> RecordMatches { matches(in: kind...kind) }

    /// How many records of one kind match.
    public func count(in kind: RecordKind) -> Int { count(in: kind...kind) }

    /// How many records of one kind there are without a filter.
    public func total(in kind: RecordKind) -> Int { total(in: kind...kind) }

    /// How many records match, of every kind together.
    public var count: Int { documents.count }

    /// Whether `record` matches (a product or quote matches when its organisation or person does).
    public func contains(_ record: RecordRef) -> Bool {
        let document = Int32(SearchIndex.document(of: record, kindStarts: kindStarts))
        var low = 0
        var high = documents.count
        while low < high {
            let middle = (low + high) / 2
            if documents[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low < documents.count && documents[low] == document
    }
}
