/// Fitting text into a number of cells.
public enum TextFit {
    /// `text` cut to at most `width` cells, ending in "…" when something was cut. Never splits a grapheme.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if CellWidth.of(text) <= width { return text }
        return prefix(text, cells: width - 1) + "…"
    }

    /// `text` cut to at most `width` cells by leaving out its middle, marked "…": both ends stay readable.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if CellWidth.of(text) <= width { return text }
        let head = prefix(text, cells: width / 2)
        return head + "…" + suffix(text, cells: width - 1 - CellWidth.of(head))
    }

    /// The longest end of `text` that fits in `cells` cells.
    public static func suffix(_ text: String, cells: Int) -> String {
        var result = ""
        var used = 0
        for character in text.reversed() {
            let width = CellWidth.of(character)
            if used + width > cells { break }
            result.insert(character, at: result.startIndex)
            used += width
        }
        return result
    }

    /// The longest start of `text` that fits in `cells` cells.
    public static func prefix(_ text: String, cells: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let width = CellWidth.of(character)
            if used + width > cells { break }
            result.append(character)
            used += width
        }
        return result
    }

    /// `text` padded with spaces (or truncated) to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let fitted = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - CellWidth.of(fitted)))
        return alignRight ? gap + fitted : fitted + gap
    }

    /// Word-wraps `text` into lines of at most `width` cells; words longer than a line are broken by grapheme.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = CellWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                let head = prefix(word, cells: width)
                if head.isEmpty { break }
                lines.append(head)
                word = String(word.dropFirst(head.count))
                wordWidth = CellWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
