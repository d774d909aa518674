/// A fixed-size set of small integers, one bit each: the facet values a query term accepts.
struct BitSet: Sendable {
    /// Bit `i % 64` of word `i / 64` is member `i`.
    private(set) var words: [UInt64]

    /// An empty set for `0..<count`.
    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    mutating func insert(_ member: Int) {
        words[member >> 6] |= 1 << UInt64(member & 63)
    }

    @inline(__always)
    func contains(_ member: Int) -> Bool {
        words[member >> 6] & (1 << UInt64(member & 63)) != 0
    }
}
