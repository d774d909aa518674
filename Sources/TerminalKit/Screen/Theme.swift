/// A colour in 24-bit RGB, for exports.
public struct RGB: Hashable, Sendable {
    /// The colour's channels, 0…255 each.
    public let red: UInt8, green: UInt8, blue: UInt8
    /// The colour written `0xRRGGBB`.
    public init(_ hex: UInt32) {
        red = UInt8((hex >> 16) & 0xFF)
        green = UInt8((hex >> 8) & 0xFF)
        blue = UInt8(hex & 0xFF)
    }
    /// `#rrggbb`.
    public var hex: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

/// How one role looks: a terminal colour index (0…15, -1 for the terminal's default) for the curses backend and
/// the ANSI export, an RGB colour for HTML and SVG, and attributes for both.
public struct Paint: Hashable, Sendable {
    /// The terminal's colour index for the text, -1 for the terminal's default.
    public var foreground: Int
    /// The terminal's colour index behind the text, -1 for the terminal's default.
    public var background: Int
    /// The text's colour in HTML and SVG.
    public var foregroundRGB: RGB
    /// The colour behind the text in HTML and SVG.
    public var backgroundRGB: RGB
    /// Heavier type.
    public var bold = false
    /// Underlined.
    public var underline = false
    /// Foreground and background swapped.
    public var reverse = false
    /// Slanted type.
    public var italic = false
}

/// Terminal colour indices, named.
enum ANSI {
    static let `default` = -1, black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6, white = 7
    static let brightBlack = 8
}

/// A colour scheme: dark, light, or mono (attributes only, also chosen by `NO_COLOR`).
public struct Theme: Sendable {
    /// The three schemes, as the settings file, `--theme` and the `theme` command spell them.
    public enum Name: String, CaseIterable, Sendable { case dark, light, mono }

    /// Which scheme this is.
    public let name: Name
    /// The default text colour in HTML and SVG, which roles without a colour of their own get.
    public let foreground: RGB
    /// The page's colour in HTML and SVG; a cell on it needs no background of its own.
    public let background: RGB
    /// Whether the terminal gets colours at all.
    public var usesColor: Bool { name != .mono }
    /// Each role's terminal colour, RGB colour and weight, by `Role.rawValue`; nil for the default look. An array,
    /// not a dictionary: hashing an enum key first needs a run-time conformance lookup, which costs start-up time.
    private let palette: [(Int, RGB, Bool)?]

    private init(name: Name, foreground: RGB, background: RGB, palette looks: KeyValuePairs<Role, (Int, RGB, Bool)>) {
        self.name = name
        self.foreground = foreground
        self.background = background
        var palette = [(Int, RGB, Bool)?](repeating: nil, count: Role.allCases.count)
        for (role, look) in looks { palette[Int(role.rawValue)] = look }
        self.palette = palette
    }

    /// The scheme called `name`.
    public static func named(_ name: Name) -> Theme {
        switch name {
        case .dark: return dark
        case .light: return light
        case .mono: return mono
        }
    }

    /// How `role` with `flags` looks.
    public func paint(_ role: Role, _ flags: CellFlags = []) -> Paint {
        let (index, rgb, bold) = palette[Int(role.rawValue)] ?? (ANSI.default, foreground, false)
        var paint = Paint(foreground: index, background: ANSI.default, foregroundRGB: rgb, backgroundRGB: background)
        paint.bold = bold
        switch role {
        case .selected, .statusBar, .tabActive:
            if name == .mono {
                paint.reverse = true
            } else {
                paint.background = role == .statusBar ? ANSI.brightBlack : ANSI.blue
                paint.foreground = ANSI.white
                paint.backgroundRGB = role == .statusBar ? statusRGB : selectionRGB
                paint.foregroundRGB = selectionTextRGB
            }
        case .statusKey where name == .mono:
            paint.reverse = true
        case .statusKey:
            paint.background = ANSI.brightBlack
            paint.backgroundRGB = statusRGB
            if name == .light {
                // Blue on grey is hard to read; keys stand out by weight instead.
                paint.foreground = ANSI.white
                paint.foregroundRGB = selectionTextRGB
            }
        case .match:
            paint.underline = true
            paint.bold = true
        default: break
        }
        if flags.contains(.bold) { paint.bold = true }
        if flags.contains(.underline) { paint.underline = true }
        if flags.contains(.italic) { paint.italic = true }
        if flags.contains(.reverse) { paint.reverse.toggle() }
        return paint
    }

    private var selectionRGB: RGB { name == .light ? RGB(0x2F5FB3) : RGB(0x264F78) }
    private var selectionTextRGB: RGB { RGB(0xFFFFFF) }
    private var statusRGB: RGB { name == .light ? RGB(0x5C6370) : RGB(0x3A3F4B) }

    static let dark = Theme(
        name: .dark, foreground: RGB(0xD4D4D4), background: RGB(0x1E1E2E),
        palette: [
            .text: (ANSI.default, RGB(0xD4D4D4), false), .muted: (ANSI.brightBlack, RGB(0x8B919E), false),
            .title: (ANSI.cyan, RGB(0x56C8D8), true), .border: (ANSI.brightBlack, RGB(0x5A6070), false),
            .focusBorder: (ANSI.cyan, RGB(0x56C8D8), true), .header: (ANSI.yellow, RGB(0xE5C07B), true),
            .selectedUnfocused: (ANSI.default, RGB(0xFFFFFF), true), .accent: (ANSI.magenta, RGB(0xC678DD), false),
            .number: (ANSI.green, RGB(0x98C379), true), .qualifier: (ANSI.yellow, RGB(0xE5C07B), false),
            .warning: (ANSI.yellow, RGB(0xE5C07B), true), .error: (ANSI.red, RGB(0xE06C75), true),
            .match: (ANSI.yellow, RGB(0xF0C674), true), .statusKey: (ANSI.cyan, RGB(0x56C8D8), true),
            .tab: (ANSI.default, RGB(0xA0A6B2), false), .bar: (ANSI.green, RGB(0x98C379), false),
            .barTrack: (ANSI.brightBlack, RGB(0x3E4452), false),
        ]
    )

    static let light = Theme(
        name: .light, foreground: RGB(0x24292F), background: RGB(0xFAFAF7),
        palette: [
            .text: (ANSI.default, RGB(0x24292F), false), .muted: (ANSI.brightBlack, RGB(0x6E7781), false),
            .title: (ANSI.blue, RGB(0x0B5CAD), true), .border: (ANSI.brightBlack, RGB(0xAFB8C1), false),
            .focusBorder: (ANSI.blue, RGB(0x0B5CAD), true), .header: (ANSI.magenta, RGB(0x8250DF), true),
            .selectedUnfocused: (ANSI.default, RGB(0x000000), true), .accent: (ANSI.magenta, RGB(0x8250DF), false),
            .number: (ANSI.green, RGB(0x1A7F37), true), .qualifier: (ANSI.red, RGB(0xA4501B), false),
            .warning: (ANSI.red, RGB(0xA4501B), true), .error: (ANSI.red, RGB(0xCF222E), true),
            .match: (ANSI.red, RGB(0xB35900), true), .statusKey: (ANSI.blue, RGB(0xFFFFFF), true),
            .tab: (ANSI.default, RGB(0x57606A), false), .bar: (ANSI.green, RGB(0x2DA44E), false),
            .barTrack: (ANSI.brightBlack, RGB(0xD0D7DE), false),
        ]
    )

    static let mono = Theme(
        name: .mono, foreground: RGB(0x202020), background: RGB(0xFFFFFF),
        palette: [
            .title: (ANSI.default, RGB(0x202020), true), .focusBorder: (ANSI.default, RGB(0x202020), true),
            .header: (ANSI.default, RGB(0x202020), true), .selectedUnfocused: (ANSI.default, RGB(0x202020), true),
            .number: (ANSI.default, RGB(0x202020), true), .warning: (ANSI.default, RGB(0x202020), true),
            .error: (ANSI.default, RGB(0x202020), true), .statusKey: (ANSI.default, RGB(0x202020), true),
            .muted: (ANSI.default, RGB(0x606060), false), .border: (ANSI.default, RGB(0x808080), false),
        ]
    )
}
