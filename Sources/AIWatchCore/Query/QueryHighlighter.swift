import Foundation

/// Interim highlighter: case-insensitive occurrences of the query's plain words.
enum QueryHighlighter {
    static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for word in query.split(separator: " ") where !word.contains(":") && !word.hasPrefix("-") && word.count > 1 {
            var start = text.startIndex
            while let range = text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex) {
                ranges.append(range)
                start = range.upperBound
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
