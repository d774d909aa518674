/// Finds what to highlight in a display string for a query: every occurrence of a positive word, phrase or
/// `field:value` value (not excluded ones), matched the way the filter matches (folded), as ranges of whole
/// `Character`s of the original string. A run of Chinese characters whose pinyin contains a searched word is
/// highlighted too, so `jingdong` lights up 京东. Make one per query and reuse it for every visible row.
public struct Highlighter: Sendable {
    private let needles: [[UInt8]]
    private let pinyin: [String: String]

    /// A highlighter for `query`; `pinyin` is `Catalog.pinyin` (Chinese name → "jing dong").
    public init(query: Query, pinyin: [String: String] = [:]) {
        var needles: [[UInt8]] = []
        for term in query.terms where !term.negated && !needles.contains(term.folded) { needles.append(term.folded) }
        self.needles = needles
        self.pinyin = pinyin
    }

    /// Whether there is nothing to highlight.
    public var isEmpty: Bool { needles.isEmpty }

    /// The ranges of `text` to highlight, in order, not overlapping (touching or overlapping matches are merged).
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !needles.isEmpty, !text.isEmpty else { return [] }
        let folded = TextFolding.mapped(text)
        var found: [Range<String.Index>] = []
        for needle in needles { found += folded.ranges(of: needle) }
        if !pinyin.isEmpty { found += chineseRuns(in: text) }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in found {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Runs of Chinese characters that are a known name whose pinyin (spaced or joined) contains a needle.
    private func chineseRuns(in text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard Highlighter.isHan(text[index]) else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex && Highlighter.isHan(text[end]) { end = text.index(after: end) }
            if let latin = pinyin[String(text[index..<end])] {
                let spaced = TextFolding.foldedBytes(latin)
                let joined = spaced.filter { $0 != 0x20 }
                if needles.contains(where: { Term.bytes(spaced, contain: $0) || Term.bytes(joined, contain: $0) }) {
                    runs.append(index..<end)
                }
            }
            index = end
        }
        return runs
    }

    private static func isHan(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0x20000...0x3FFFF).contains(value)
    }
}
