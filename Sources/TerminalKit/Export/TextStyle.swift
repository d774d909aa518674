/// How a run of text looks once colours are resolved: what the HTML and SVG exports give a class each.
struct TextStyle: Hashable {
    var foreground: RGB
    var background: RGB
    var bold: Bool
    var italic: Bool
    var underline: Bool

    /// The style a paint shows, reverse video applied.
    init(_ paint: Paint) {
        foreground = paint.shownForeground
        background = paint.shownBackground
        bold = paint.bold
        italic = paint.italic
        underline = paint.underline
    }

    /// CSS declarations for the text attributes (not the colours, whose property differs between HTML and SVG).
    var fontDeclarations: String {
        var css = ""
        if bold { css += " font-weight: bold;" }
        if italic { css += " font-style: italic;" }
        if underline { css += " text-decoration: underline;" }
        return css
    }
}

/// Gives each distinct style a class number in order of first use, so the same screen always gets the same names.
struct StyleClasses {
    private(set) var styles: [TextStyle] = []
    private var numbers: [TextStyle: Int] = [:]

    /// The class number of `style`, assigning the next one on first use.
    mutating func number(for style: TextStyle) -> Int {
        if let number = numbers[style] { return number }
        numbers[style] = styles.count
        styles.append(style)
        return styles.count - 1
    }
}
