/// One terminal cell. A wide character occupies its cell (`width == 2`) and the next one, which holds a
/// continuation (`width == 0`) that renderers skip.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var width: UInt8
    public var role: Role
    public var flags: CellFlags

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

    public var isContinuation: Bool { width == 0 }

    /// Same appearance, so adjacent cells can be drawn or exported as one run.
    public func sameStyle(as other: Cell) -> Bool { role == other.role && flags == other.flags }
}
