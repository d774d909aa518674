/// Fitting text into a number of cells.
public enum TextFit {
    /// `text` cut to at most `width` cells, ending in "…" when something was cut. Never splits a grapheme.
    public static func truncate(_ text: String, to width: Int) -> String {
        truncate([Span(text)], to: width).map(\.text).joined()
    }

    /// A line cut to at most `width` cells, ending in "…" when something was cut, keeping each span's style.
    /// It reads no further than `width` cells into the line, however long the line is.
    public static func truncate(_ line: Line, to width: Int) -> Line {
        guard width > 0, !fits(line, in: width) else { return width > 0 ? line : [] }
        var result: Line = []
        var room = width - 1
        for span in line {
            let head = prefix(span.text, cells: room)
            if head.utf8.count < span.text.utf8.count {
                result.append(Span(head + "…", span.role, span.flags))
                break
            }
            result.append(span)
            room -= CellWidth.of(head)
        }
        return result
    }

    /// Whether `line` takes at most `width` cells, found without measuring past them.
    private static func fits(_ line: Line, in width: Int) -> Bool {
        var room = width
        for span in line {
            let head = prefix(span.text, cells: room)
            if head.utf8.count < span.text.utf8.count { return false }
            room -= CellWidth.of(head)
        }
        return true
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

    /// Word-wraps `text` into lines of at most `width` cells, runs of spaces read as one; words longer than a line
    /// are broken by grapheme.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return wrap([Span(words)], width: width).map { $0.map(\.text).joined() }
    }

    /// Wraps `line` to `width` cells, keeping each span's style; `indent` cells of space start every continuation.
    /// Each character is measured once, so a word of any length costs what its length does.
    public static func wrap(_ line: Line, width: Int, indent: Int = 0) -> [Line] {
        guard width > indent else { return width > 0 ? [line] : [] }
        var wrapper = Wrapper(width: width, indent: indent)
        for span in line {
            // Words, each with the spaces before it, so that a break drops them.
            var word = ""
            var wordWidth = 0
            for character in span.text {
                if character == " " && !word.isEmpty && word.last != " " {
                    wrapper.add(word, width: wordWidth, style: span)
                    word = ""
                    wordWidth = 0
                }
                word.append(character)
                wordWidth += CellWidth.of(character)
            }
            if !word.isEmpty { wrapper.add(word, width: wordWidth, style: span) }
        }
        return wrapper.finished()
    }

    /// The lines being filled by `wrap`.
    private struct Wrapper {
        let width: Int
        let indent: Int
        var lines: [Line] = []
        var current: Line = []
        var used = 0

        init(width: Int, indent: Int) {
            self.width = width
            self.indent = indent
        }

        mutating func add(_ word: String, width wordWidth: Int, style: Span) {
            var word = Substring(word)
            var wordWidth = wordWidth
            if used + wordWidth > width && used > indent {
                newLine()
                let spaces = word.prefix { $0 == " " }.count
                word = word.dropFirst(spaces)
                wordWidth -= spaces
            }
            guard used + wordWidth > width else { return append(String(word), wordWidth, style) }
            // A word longer than the line: broken by grapheme, in one pass.
            var head = ""
            var headWidth = 0
            for character in word {
                let cells = CellWidth.of(character)
                if used + headWidth + cells > width && (headWidth > 0 || used > indent) {
                    append(head, headWidth, style)
                    newLine()
                    head = ""
                    headWidth = 0
                }
                head.append(character)
                headWidth += cells
            }
            append(head, headWidth, style)
        }

        private mutating func append(_ text: String, _ cells: Int, _ style: Span) {
            current.append(Span(text, style.role, style.flags))
            used += cells
        }

        private mutating func newLine() {
            lines.append(current)
            current = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
        }

        mutating func finished() -> [Line] {
            lines.append(current)
            return lines
        }
    }
}
