/// The HTML of a run's cells, each pinned to its cell so the grid holds whatever font the browser picks:
/// ASCII as it is (a monospace font's own cell), every other character in a box exactly its cells wide. Wide
/// characters that follow each other share one box, spaced to two cells each, so find and copy see `百度` whole.
/// Box-drawing and block characters keep their place in the text (transparent, for copying) and are drawn by the
/// page's shape overlay.
///
/// A browser's find does not match across the edge of a box, and a narrow character such as `’` sits inside
/// words (`China’s`), so its box only shows it (generated content, hidden from screen readers) and the character
/// itself follows at zero size: find, copy and screen readers read the word whole.
enum HTMLCellMarkup {
    private enum Kind: Equatable {
        case ascii, shape, wide, narrow
    }

    private static func kind(_ cell: Cell) -> Kind {
        if CellShape.of(cell.character) != nil { return .shape }
        if cell.width == 2 { return .wide }
        let scalars = cell.character.unicodeScalars
        return scalars.count == 1 && scalars.first!.isASCII ? .ascii : .narrow
    }

    /// The markup of `cells`. Browsers do not reliably carry an underline into a box, so boxes of an
    /// `underlined` run get their own painted underline.
    static func markup(_ cells: [Cell], underlined: Bool) -> String {
        var output = ""
        var index = 0
        while index < cells.count {
            let kind = kind(cells[index])
            var end = index + 1
            // A narrow non-ASCII character is its own box: a font may draw it at any width.
            if kind != .narrow {
                while end < cells.count, self.kind(cells[end]) == kind { end += 1 }
            }
            let text = cells[index..<end].map { Markup.escape($0.character) }.joined()
            let count = end - index
            let underline = underlined ? " u" : ""
            switch kind {
            case .ascii: output += text
            case .shape: output += "<span class=\"b\"\(width(count, each: 1))>\(text)</span>"
            case .wide: output += "<span class=\"w\(underline)\"\(width(count, each: 2))>\(text)</span>"
            case .narrow:
                output += "<span class=\"n\(underline)\" data-c=\"\(text)\" aria-hidden=\"true\"></span><span class=\"z\">\(text)</span>"
            }
            index = end
        }
        return output
    }

    /// The width of a box of `count` characters beyond the class's one-character default.
    private static func width(_ count: Int, each: Int) -> String {
        count > 1 ? " style=\"width: \(count * each)ch\"" : ""
    }
}
