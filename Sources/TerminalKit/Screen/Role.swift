/// What a cell shows, not how it looks: a `Theme` turns roles into colours for the terminal and for exports alike.
public enum Role: UInt8, CaseIterable, Sendable {
    case text, muted, title, border, focusBorder, header, selected, selectedUnfocused
    case accent, number, qualifier, warning, error, match, statusBar, statusKey, tab, tabActive, bar, barTrack
}

/// Emphasis a cell adds on top of its role.
public struct CellFlags: OptionSet, Hashable, Sendable {
    /// The flags as bits, one per emphasis.
    public let rawValue: UInt8
    /// The flags whose bits are set in `rawValue`.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Heavier type.
    public static let bold = CellFlags(rawValue: 1)
    /// Underlined.
    public static let underline = CellFlags(rawValue: 2)
    /// Foreground and background swapped, as a selection shows without colours.
    public static let reverse = CellFlags(rawValue: 4)
    /// Slanted type.
    public static let italic = CellFlags(rawValue: 8)
}
