/// The records a query matches, per kind of record, with the totals they are out of: within each kind the records
/// its words name first, then those that only mention them (see `Ranking`), each group in catalog order.
public struct FilterResult: Sendable {
    /// The query these are the results of.
    public let query: Query
    /// Matching documents, ascending.
    let documents: [Int32]
    /// The matching documents that the query's words only mention, ascending (a subset of `documents`).
    let mentions: [Int32]
    /// `documents` in the order shown: within each kind, named before mentions.
    private let ordered: [Int32]
    /// The first document of each of `RecordKind.allCases`, then the document count.
    private let kindStarts: [Int]
    /// Where each kind's matches begin in `documents`, then `documents.count`.
    private let bounds: [Int]

    init(query: Query, documents: [Int32], kindStarts: [Int], mentions: [Int32] = []) {
        self.query = query
        self.documents = documents
        self.mentions = mentions
        self.kindStarts = kindStarts
        let bounds = kindStarts.map { start in
            var low = 0
            var high = documents.count
            while low < high {
                let middle = (low + high) / 2
                if Int(documents[middle]) < start { low = middle + 1 } else { high = middle }
            }
            return low
        }
        self.bounds = bounds
        guard !mentions.isEmpty else {
            ordered = documents
            return
        }
        // Mentions follow the named records of their own kind, so each kind's matches stay one run.
        var ordered: [Int32] = []
        ordered.reserveCapacity(documents.count)
        var later: [Int32] = []
        var next = 0
        for kind in 0..<(bounds.count - 1) {
            later.removeAll(keepingCapacity: true)
            for document in documents[bounds[kind]..<bounds[kind + 1]] {
                while next < mentions.count && mentions[next] < document { next += 1 }
                if next < mentions.count && mentions[next] == document { later.append(document) } else { ordered.append(document) }
            }
            ordered.append(contentsOf: later)
        }
        self.ordered = ordered
    }

    /// The matching records of `kinds`: per kind, those the query's words name, then those that only mention them.
    public func matches(in kinds: ClosedRange<RecordKind>) -> RecordMatches {
        RecordMatches(documents: ordered, range: bounds[kinds.lowerBound.rawValue]..<bounds[kinds.upperBound.rawValue + 1], kindStarts: kindStarts)
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
        FilterResult.search(documents, for: Int32(SearchIndex.document(of: record, kindStarts: kindStarts)))
    }

    /// Whether `record` matches only because it mentions what the query's words name (in a summary, a quote or
    /// its evidence), not by its own name, Chinese name, pinyin or id.
    public func isMention(_ record: RecordRef) -> Bool {
        !mentions.isEmpty && FilterResult.search(mentions, for: Int32(SearchIndex.document(of: record, kindStarts: kindStarts)))
    }

    /// How many of the matching records of `kinds` only mention what the query's words name.
    public func mentionCount(in kinds: ClosedRange<RecordKind>) -> Int {
        guard !mentions.isEmpty else { return 0 }
        let low = Int32(kindStarts[kinds.lowerBound.rawValue])
        let high = Int32(kindStarts[kinds.upperBound.rawValue + 1])
        return FilterResult.lowerBound(mentions, high) - FilterResult.lowerBound(mentions, low)
    }

    /// Whether the ascending `list` holds `document`.
    private static func search(_ list: [Int32], for document: Int32) -> Bool {
        let low = lowerBound(list, document)
        return low < list.count && list[low] == document
    }

    /// The position of the first element of the ascending `list` not below `document`.
    private static func lowerBound(_ list: [Int32], _ document: Int32) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
