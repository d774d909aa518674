/// The formats a screen can be exported in: pictures of the grid of cells, every one stamped with a caption.
public enum ScreenFormat: String, CaseIterable, Sendable {
    /// The rows as plain text.
    case txt
    /// The rows as text with SGR colour sequences, for `cat` or `less -R`.
    case ansi
    /// A self-contained web page.
    case html
    /// A vector image with exact cell geometry.
    case svg

    /// `screen` in this format. `windowFrame` only affects SVG (a rounded window with three dots and the caption's
    /// title).
    public func render(_ screen: Screen, theme: Theme, caption: ExportCaption, windowFrame: Bool = true) -> String {
        switch self {
        case .txt: return TextExporter.render(screen, caption: caption)
        case .ansi: return ANSIExporter.render(screen, theme: theme, caption: caption)
        case .html: return HTMLExporter.render(screen, theme: theme, caption: caption)
        case .svg: return SVGExporter.render(screen, theme: theme, caption: caption, windowFrame: windowFrame)
        }
    }
}
