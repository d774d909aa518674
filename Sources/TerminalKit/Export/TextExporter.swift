/// Plain text export: the screen's rows exactly as shown (trailing spaces trimmed), a blank line, the caption.
public enum TextExporter {
    /// The text export of `screen`.
    public static func render(_ screen: Screen, caption: ExportCaption) -> String {
        var lines: [String] = []
        for y in 0..<screen.height {
            var line = ""
            for x in 0..<screen.width where !screen[x, y].isContinuation {
                line.append(ExportGlyph.safe(screen[x, y].character))
            }
            lines.append(line.trimmingTrailingSpaces())
        }
        lines.append("")
        lines.append(caption.text)
        return lines.joined(separator: "\n") + "\n"
    }
}
