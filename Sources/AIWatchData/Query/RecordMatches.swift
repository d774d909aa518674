/// The matching records of some kinds, in catalog order, made on access from the shared match list (so a filter
/// over a million records does not build a million-element array per list per keystroke).
public struct RecordMatches: RandomAccessCollection, Sendable {
    private let documents: [Int32]
    private let range: Range<Int>
    private let kindStarts: [Int]

    init(documents: [Int32], range: Range<Int>, kindStarts: [Int]) {
        self.documents = documents
        self.range = range
        self.kindStarts = kindStarts
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of matches.
    public var endIndex: Int { range.count }

    /// The `position`-th matching record.
    public subscript(position: Int) -> RecordRef {
        SearchIndex.record(Int(documents[range.lowerBound + position]), kindStarts: kindStarts)
    }
}
