/// The matching records of one pane, in catalog order, made on access from the shared match list (so a filter
/// over a million records does not build a million-element array per pane per keystroke).
public struct PaneMatches: RandomAccessCollection, Sendable {
    private let documents: [Int32]
    private let range: Range<Int>
    private let paneStarts: [Int]

    init(documents: [Int32], range: Range<Int>, paneStarts: [Int]) {
        self.documents = documents
        self.range = range
        self.paneStarts = paneStarts
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of matches.
    public var endIndex: Int { range.count }

    /// The `position`-th matching record.
    public subscript(position: Int) -> RecordRef {
        SearchIndex.record(Int(documents[range.lowerBound + position]), paneStarts: paneStarts)
    }
}
