/// What the filter line and the command line share: recalling earlier lines, and completing the last word.
enum LineEditing {
    /// Steps through `history` (oldest first) from `index`, to an older or a newer line; past the newest, the
    /// line is empty again.
    static func recall(older: Bool, history: [String], index: inout Int?, text: inout String) {
        guard !history.isEmpty else { return }
        let next = older ? max(0, (index ?? history.count) - 1) : (index ?? history.count) + 1
        if next >= history.count {
            index = nil
            text = ""
        } else {
            index = next
            text = history[next]
        }
    }

    /// `text` with its last word completed as far as every candidate agrees.
    static func completing(_ text: String, with candidates: [String]) -> String {
        guard var common = candidates.first else { return text }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        let start = text.lastIndex(of: " ").map(text.index(after:)) ?? text.startIndex
        return common.count > text[start...].count ? String(text[..<start]) + common : text
    }
}
