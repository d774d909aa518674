/// One terminal cell. A wide character occupies its cell (`width == 2`) and the next one, which holds a
/// continuation (`width == 0`) that renderers skip.
public struct Cell: Equatable, Sendable {
    /// The character drawn: a space when blank, `\u{0}` in a continuation.
    public var character: Character
    /// How many columns the character takes: 1, 2 for a wide character, 0 for a continuation.
    public var width: UInt8
    /// What the cell shows, which the theme colours.
    public var role: Role
    /// Emphasis on top of the role.
    public var flags: CellFlags

    /// A cell holding `character`, a blank text cell by default; `width` is the columns it takes (`CellWidth`).
    public init(_ character: Character = " ", width: UInt8 = 1, role: Role = .text, flags: CellFlags = []) {
        self.character = character
        self.width = width
        self.role = role
        self.flags = flags
    }

    /// The right half of a wide character.
    public static func continuation(role: Role, flags: CellFlags) -> Cell {
        Cell("\u{0}", width: 0, role: role, flags: flags)
    }

    /// Whether this is the right half of a wide character, which renderers and exporters skip.
    public var isContinuation: Bool { width == 0 }

    /// Same appearance, so adjacent cells can be drawn or exported as one run.
    public func sameStyle(as other: Cell) -> Bool { role == other.role && flags == other.flags }
}
