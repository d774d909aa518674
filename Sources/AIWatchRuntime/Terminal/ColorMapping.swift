import TerminalKit

/// The colours a started terminal can show, decided once when colours are set up.
struct ColorCapability: Hashable, Sendable {
    /// 0 (attributes only), 8, 16, 256, or `direct`.
    let colors: Int
    /// The count terminfo gives a terminal whose colour numbers are 24-bit RGB values (`TERM=xterm-direct`).
    static let direct = 1 << 24
    /// Whether -1, the terminal's own foreground or background, is available (`use_default_colors` succeeded).
    let defaultColors: Bool

    /// No colours: roles differ by attributes only (mono theme, `NO_COLOR`, or a monochrome terminal).
    static let none = ColorCapability(colors: 0, defaultColors: true)

    init(colors: Int, defaultColors: Bool) {
        self.colors = colors >= Self.direct ? Self.direct : colors >= 256 ? 256 : colors >= 16 ? 16 : colors >= 8 ? 8 : 0
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
    /// cannot dim). With 256 colours or direct colour, each theme colour is its own RGB (the one exports use), to the
    /// nearest of the 256 or exactly, instead of the 16 that only approximate the greys and accents; the
    /// terminal's own foreground and background stay its own. Without default colours, -1 becomes white on black.
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
        if capability.colors >= 256 {
            if foreground != -1 { foreground = number(of: paint.foregroundRGB, capability: capability) }
            if background != -1 { background = number(of: paint.backgroundRGB, capability: capability) }
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

    /// The terminal's colour number for `rgb`: the RGB value itself with direct colour, else the nearest of the
    /// 256-colour palette's cube and grey ramp (indices 16…255, the same on every xterm-like terminal, unlike 0…15,
    /// which users recolour).
    static func number(of rgb: RGB, capability: ColorCapability) -> Int {
        let (red, green, blue) = (Int(rgb.red), Int(rgb.green), Int(rgb.blue))
        // An RGB value below 8 would be read as one of the first eight palette colours; black is black there.
        if capability.colors == ColorCapability.direct { return max(red << 16 | green << 8 | blue, 8) }
        func distance(_ r: Int, _ g: Int, _ b: Int) -> Int { (r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue) }
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ value: Int) -> Int { levels.indices.min { abs(levels[$0] - value) < abs(levels[$1] - value) } ?? 0 }
        let (r, g, b) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cube = 16 + 36 * r + 6 * g + b
        let cubeDistance = distance(levels[r], levels[g], levels[b])
        let grey = min(23, max(0, ((red + green + blue) / 3 - 3) / 10))
        let level = 8 + 10 * grey
        return distance(level, level, level) < cubeDistance ? 232 + grey : cube
    }

    private static func clamp(_ index: Int) -> Int { (-1...15).contains(index) ? index : -1 }
}
