/// A piece of styled text; a `Line` is a row of them.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role
    public var flags: CellFlags

    public init(_ text: String, _ role: Role = .text, _ flags: CellFlags = []) {
        self.text = text
        self.role = role
        self.flags = flags
    }
}

/// One row of styled text.
public typealias Line = [Span]

extension Screen {
    /// Draws spans one after the other from (x, y), clipped to `clip`. Returns the x after the last cell.
    @discardableResult
    public mutating func put(_ line: Line, x: Int, y: Int, clip: Rect) -> Int {
        var column = x
        for span in line {
            column = put(span.text, x: column, y: y, role: span.role, flags: span.flags, clip: clip)
        }
        return column
    }
}

/// Word-wrapping of styled lines.
public enum LineWrap {
    /// Wraps `line` to `width` cells, keeping each span's style; `indent` cells of space start every continuation.
    public static func wrap(_ line: Line, width: Int, indent: Int = 0) -> [Line] {
        guard width > indent + 1 else { return [line] }
        var result: [Line] = []
        var current: Line = []
        var used = 0
        func newLine() {
            result.append(current)
            current = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
        }
        for span in line {
            // Split into words, keeping the separating spaces with the word that follows.
            var pieces: [String] = []
            var piece = ""
            for character in span.text {
                if character == " " && !piece.isEmpty && piece.last != " " {
                    pieces.append(piece)
                    piece = ""
                }
                piece.append(character)
            }
            if !piece.isEmpty { pieces.append(piece) }
            for var piece in pieces {
                var pieceWidth = CellWidth.of(piece)
                if used + pieceWidth > width && used > indent {
                    newLine()
                    piece = String(piece.drop(while: { $0 == " " }))
                    pieceWidth = CellWidth.of(piece)
                }
                while used + pieceWidth > width {
                    // A word longer than the line: break it by grapheme.
                    var head = ""
                    var headWidth = 0
                    for character in piece {
                        let cells = CellWidth.of(character)
                        if used + headWidth + cells > width { break }
                        head.append(character)
                        headWidth += cells
                    }
                    if head.isEmpty && used == indent { break }
                    current.append(Span(head, span.role, span.flags))
                    piece = String(piece.dropFirst(head.count))
                    pieceWidth = CellWidth.of(piece)
                    newLine()
                }
                current.append(Span(piece, span.role, span.flags))
                used += pieceWidth
            }
        }
        result.append(current)
        return result
    }
}
