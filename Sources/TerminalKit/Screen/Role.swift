/// What a cell shows, not how it looks: a `Theme` turns roles into colours for the terminal and for exports alike.
public enum Role: UInt8, CaseIterable, Sendable {
    case text, muted, title, border, focusBorder, header, selected, selectedUnfocused
    case accent, number, qualifier, warning, error, match, statusBar, statusKey, tab, tabActive, bar, barTrack
}

/// Emphasis a cell adds on top of its role.
public struct CellFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = CellFlags(rawValue: 1)
    public static let underline = CellFlags(rawValue: 2)
    public static let reverse = CellFlags(rawValue: 4)
    public static let italic = CellFlags(rawValue: 8)
}
