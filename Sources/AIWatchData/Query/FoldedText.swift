/// A display string folded by `TextFolding`, remembering which `Character` of the original each folded byte came
/// from, so that a match found in the folded form can be highlighted in the original.
public struct FoldedText: Sendable {
    /// The folded UTF-8 bytes.
    public let bytes: [UInt8]
    /// For each folded byte, the offset of the original `Character` that produced it.
    let owners: [Int32]
    /// The index of every original `Character`, then the string's end index.
    let characterStarts: [String.Index]

    /// The folded form as a string.
    public var folded: String { String(decoding: bytes, as: UTF8.self) }

    /// The original characters that produced the folded bytes `range` (whole characters, never part of one).
    public func originalRange(of range: Range<Int>) -> Range<String.Index> {
        guard !range.isEmpty else {
            let at = range.lowerBound < owners.count ? Int(owners[range.lowerBound]) : characterStarts.count - 1
            return characterStarts[at]..<characterStarts[at]
        }
        let first = Int(owners[range.lowerBound])
        let last = Int(owners[range.upperBound - 1])
        return characterStarts[first]..<characterStarts[last + 1]
    }

    /// Every non-overlapping occurrence of the folded `needle`, as ranges of the original string.
    public func ranges(of needle: [UInt8]) -> [Range<String.Index>] {
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        var result: [Range<String.Index>] = []
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                var from = 0
                while let at = ByteSearch.firstIndex(of: pattern, in: haystack, from: from) {
                    result.append(originalRange(of: at..<at + pattern.count))
                    from = at + pattern.count
                }
            }
        }
        return result
    }
}
