/// A piece of styled text; a `Line` is a row of them.
public struct Span: Equatable, Sendable {
    /// The text, already sanitized.
    public var text: String
    /// What the text is, which the theme colours.
    public var role: Role
    /// Emphasis on top of the role.
    public var flags: CellFlags

    /// `text` shown as `role`, plain text by default.
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
