/// ANSI export: the screen as text with SGR colour sequences (16-colour indices from the theme), readable with
/// `cat` or `less -R`. SGR is the only escape sequence it writes; cell text is sanitized, so data can add none.
public enum ANSIExporter {
    static let escape = "\u{1B}["
    /// Resets every attribute.
    static let reset = escape + "0m"

    /// The ANSI export of `screen`: every line with colour ends with a reset, so each line stands alone (in `less`,
    /// `head` or a paste); the caption follows in the muted style.
    public static func render(_ screen: Screen, theme: Theme, caption: ExportCaption) -> String {
        var output = ""
        for y in 0..<screen.height {
            var styled = false
            var anyStyle = false
            for run in CellRun.runs(of: screen, row: y, theme: theme, trimmingBlanks: true) {
                let parameters = sgrParameters(run.paint)
                if parameters.isEmpty {
                    if styled { output += reset }
                    styled = false
                } else {
                    output += escape + "0;" + parameters.joined(separator: ";") + "m"
                    styled = true
                    anyStyle = true
                }
                output += run.text
            }
            if anyStyle { output += reset }
            output += "\n"
        }
        let muted = sgrParameters(theme.paint(.muted))
        let caption = Sanitizer.clean(caption.text)
        output += "\n" + (muted.isEmpty ? caption : escape + "0;" + muted.joined(separator: ";") + "m" + caption + reset)
        return output + "\n"
    }

    /// The SGR parameters for a paint: attributes, then foreground and background (-1 leaves the terminal's own).
    static func sgrParameters(_ paint: Paint) -> [String] {
        var parameters: [String] = []
        if paint.bold { parameters.append("1") }
        if paint.italic { parameters.append("3") }
        if paint.underline { parameters.append("4") }
        if paint.reverse { parameters.append("7") }
        if let code = colorCode(paint.foreground, base: 30, brightBase: 90) { parameters.append(code) }
        if let code = colorCode(paint.background, base: 40, brightBase: 100) { parameters.append(code) }
        return parameters
    }

    private static func colorCode(_ index: Int, base: Int, brightBase: Int) -> String? {
        switch index {
        case 0..<8: return String(base + index)
        case 8..<16: return String(brightBase + index - 8)
        default: return nil
        }
    }
}
