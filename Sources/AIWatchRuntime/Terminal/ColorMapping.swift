import TerminalKit

/// The colours a started terminal can show, decided once when colours are set up.
struct ColorCapability: Hashable, Sendable {
    /// 0 (attributes only), 8, or 16 and more.
    let colors: Int
    /// Whether -1, the terminal's own foreground or background, is available (`use_default_colors` succeeded).
    let defaultColors: Bool

    /// No colours: roles differ by attributes only (mono theme, `NO_COLOR`, or a monochrome terminal).
    static let none = ColorCapability(colors: 0, defaultColors: true)

    init(colors: Int, defaultColors: Bool) {
        self.colors = colors >= 16 ? 16 : colors >= 8 ? 8 : 0
        self.defaultColors = defaultColors
    }
}

/// How one cell is written in curses terms: a colour pair's two indices plus attributes.
struct CellStyle: Hashable, Sendable {
    var foreground: Int
    var background: Int
    var bold = false
    var underline = false
    var reverse = false
    var italic = false
    /// Half-bright (`A_DIM`): how an 8-colour terminal shows the theme's grey.
    var dim = false

    /// Whether the cell uses the terminal's default colours (colour pair 0).
    var isDefaultColor: Bool { foreground == -1 && background == -1 }
}

/// Maps a theme's `Paint` (colour indices 0…15 or -1) to what the terminal can show. Pure.
enum ColorMapping {
    /// With 8 colours, bright indices 8…15 become 0…7 and a bright foreground adds bold (most 8-colour
    /// terminals draw bold text in the bright variant), except bright black: the theme's grey for muted text,
    /// Chinese names, dates and borders. Bold black is invisible on a dark background, so it becomes the terminal's
    /// own foreground, dimmed, which reads on dark and light backgrounds alike (and plain where the terminal
    /// cannot dim). Without default colours, -1 becomes white on black.
    static func style(for paint: Paint, capability: ColorCapability) -> CellStyle {
        var style = CellStyle(
            foreground: -1, background: -1,
            bold: paint.bold, underline: paint.underline, reverse: paint.reverse, italic: paint.italic
        )
        guard capability.colors > 0 else { return style }
        var foreground = clamp(paint.foreground)
        var background = clamp(paint.background)
        if capability.colors == 8 {
            if foreground == Self.brightBlack {
                foreground = -1
                style.dim = !style.bold
            } else if foreground >= 8 {
                foreground -= 8
                style.bold = true
            }
            if background >= 8 { background -= 8 }
        }
        if !capability.defaultColors {
            if foreground == -1 { foreground = 7 }
            if background == -1 { background = 0 }
        }
        style.foreground = foreground
        style.background = background
        return style
    }

    private static let brightBlack = 8

    private static func clamp(_ index: Int) -> Int { (-1...15).contains(index) ? index : -1 }
}
