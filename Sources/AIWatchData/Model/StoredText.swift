import Foundation

/// A record's long text (a summary, a quote, a sentence of evidence), kept in a buffer shared with the other
/// records of its file. A `String` of more than 15 bytes is a heap block of its own, with a 32-byte header and
/// the allocator's rounding, which in a large folder adds half as much again as the text itself. Here each text is just its
/// bytes. Reading it makes a `String`, which only the rows and details on screen do; the search index folds the
/// bytes themselves.
public struct StoredText: Sendable, Equatable, CustomStringConvertible {
    private let storage: TextStorage
    private let start: UInt32
    private let count: UInt32

    /// `text` in a buffer of its own: text not read from a data file.
    public init(_ text: String) {
        self = TextStorage(capacity: text.utf8.count).append(text.utf8)!
    }

    fileprivate init(storage: TextStorage, start: Int, count: Int) {
        self.storage = storage
        self.start = UInt32(start)
        self.count = UInt32(count)
    }

    /// The text as a `String`, made afresh on each read: read it for what is on screen, not in a loop over records.
    public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// The text itself.
    public var description: String { string }

    /// The UTF-8 bytes, valid during `body`.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withExtendedLifetime(storage) { body($0.bytes(Int(start)..<Int(start) + Int(count))) }
    }

    /// Whether the two texts have the same bytes, wherever they are stored.
    public static func == (lhs: StoredText, rhs: StoredText) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.storage === rhs.storage && lhs.start == rhs.start { return true }
        return lhs.withBytes { left in rhs.withBytes { right in memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 } }
    }
}

/// The buffer `StoredText` points into. It is only appended to, by the one thread that reads its file, and a
/// text once appended never changes: so sharing it between threads afterwards is safe.
final class TextStorage: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    /// An empty buffer for `capacity` bytes; memory past what is appended is never touched.
    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: max(1, capacity))
    }

    deinit { base.deallocate() }

    /// `bytes` appended, as a text; nil when they do not fit (sanitizing can make text longer than its file).
    func append<Bytes: Collection>(_ bytes: Bytes) -> StoredText? where Bytes.Element == UInt8 {
        guard bytes.count <= capacity - count, count + bytes.count <= Int(UInt32.max) else { return nil }
        _ = UnsafeMutableBufferPointer(start: base + count, count: bytes.count).initialize(fromContentsOf: bytes)
        defer { count += bytes.count }
        return StoredText(storage: self, start: count, count: bytes.count)
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}
