/// The characters a terminal can draw the boxes, bars, big digits and markers with. Views always draw in Unicode;
/// a terminal whose font or character set lacks those glyphs gets the screen with each one replaced by the nearest
/// it has, as htop and mc do: the VT100 line-drawing set (which curses draws through the terminfo `acsc`
/// characters), or plain ASCII. Exports keep Unicode: they are read elsewhere.
public enum GlyphSet: String, CaseIterable, Sendable {
    /// Every glyph as drawn: rounded and heavy lines, eighth blocks, arrows and dots.
    case unicode
    /// Only what the VT100 alternate character set has: light lines and square corners, a full block, a
    /// checkerboard, arrows, a bullet, a diamond and a degree sign.
    case acs
    /// Only ASCII: `+-|` lines, `#` bars over a `.` track, `<>^v` arrows, `~` where text is cut.
    case ascii

    /// The set for a terminal: ASCII when asked for (`--ascii`); without a UTF-8 locale nothing beyond ASCII
    /// reaches the terminal as intended, so the line-drawing set when terminfo describes one (`acsc`), else ASCII;
    /// on the Linux console (`TERM=linux`), whose fonts have lines and blocks but no eighth blocks, rounded
    /// corners or heavy lines, the line-drawing set; Unicode everywhere else.
    public static func choose(utf8: Bool, term: String?, hasLineDrawing: Bool, forceASCII: Bool) -> GlyphSet {
        if forceASCII { return .ascii }
        let console = term == "linux" || term?.hasPrefix("linux-") == true
        if !utf8 || console { return hasLineDrawing ? .acs : .ascii }
        return .unicode
    }

    /// What this set draws for `character`: the character itself when the set has it or it is no drawing glyph
    /// (text is the data's, and stays), else its stand-in, one cell wide like it.
    public func glyph(for character: Character) -> Character {
        switch self {
        case .unicode: return character
        case .acs: return GlyphSet.lineDrawing[character] ?? character
        case .ascii: return GlyphSet.plain[character] ?? GlyphSet.plain[GlyphSet.lineDrawing[character] ?? character] ?? character
        }
    }

    /// `screen` as this set draws it.
    public func apply(_ screen: Screen) -> Screen {
        self == .unicode ? screen : screen.replacingCharacters { glyph(for: $0) }
    }

    /// The VT100 line-drawing letter curses draws `character` with (`q` for `─`, as in `acsc`), when the
    /// line-drawing set has it.
    public static func lineDrawingLetter(of character: Character) -> Character? { letters[character] }

    /// The line-drawing characters, by the letter `acsc` names each with.
    private static let letters: [Character: Character] = [
        "┘": "j", "┐": "k", "┌": "l", "└": "m", "┼": "n", "─": "q", "├": "t", "┤": "u", "┴": "v", "┬": "w", "│": "x",
        "█": "0", "▒": "a", "·": "~", "◆": "`", "°": "f", "→": "+", "←": ",", "↑": "-", "↓": ".",
    ]

    /// Each drawing glyph beyond the line-drawing set, by its nearest one there. A bar's eighth blocks round to a
    /// full block from a half up, to the track (the checkerboard) below.
    private static let lineDrawing: [Character: Character] = [
        "━": "─", "┃": "│", "╹": "│", "╻": "│", "╭": "┌", "┏": "┌", "╮": "┐", "┓": "┐", "╰": "└", "┗": "└", "╯": "┘", "┛": "┘",
        "┣": "├", "┫": "┤", "┻": "┴", "┳": "┬", "╋": "┼",
        "▉": "█", "▊": "█", "▋": "█", "▌": "█", "▍": "▒", "▎": "▒", "▏": "▒", "░": "▒",
        "•": "·", "●": "◆", "◌": "°", "○": "°", "▲": "↑", "▼": "↓", "▶": "→", "▸": "→", "›": "→", "◀": "←",
    ]

    /// Each line-drawing character, and the few text marks the screens draw, in ASCII.
    private static let plain: [Character: Character] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "█": "#", "▒": ".", "·": "-", "•": ".", "◆": "*", "°": "o", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "—": "-", "“": "\"", "”": "\"", "…": "~", "✗": "x",
    ]
}
