import AIWatchData
import TerminalKit

/// Marks the text a filter matched inside a line, so a reader sees why a record is listed.
enum Highlight {
    static func apply(_ highlighter: Highlighter, to line: Line) -> Line {
        guard !highlighter.isEmpty else { return line }
        var result: Line = []
        for span in line {
            let ranges = highlighter.ranges(in: span.text)
            guard !ranges.isEmpty else { result.append(span); continue }
            var position = span.text.startIndex
            for range in ranges where range.lowerBound >= position {
                if position < range.lowerBound { result.append(Span(String(span.text[position..<range.lowerBound]), span.role, span.flags)) }
                result.append(Span(String(span.text[range]), .match, span.flags))
                position = range.upperBound
            }
            if position < span.text.endIndex { result.append(Span(String(span.text[position...]), span.role, span.flags)) }
        }
        return result
    }
}

extension AppState {
    /// The highlighter of the applied filter.
    func highlighter(_ catalog: Catalog) -> Highlighter {
        Highlighter(query: engine.result.query, pinyin: catalog.pinyin)
    }
}
