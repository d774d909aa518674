/// A key press, decoded from the terminal or scripted in tests.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `.control("c")` for Ctrl-C.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size.
    case resize
    /// A mouse button press or wheel step at a cell.
    case mouse(MouseEvent)
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did: a button press, or the wheel turned one step up or down.
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    /// What happened at the cell.
    public let kind: Kind
    /// The cell's column, from 0 at the left edge.
    public let x: Int
    /// The cell's row, from 0 at the top.
    public let y: Int

    /// An event of `kind` at column `x`, row `y`.
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
