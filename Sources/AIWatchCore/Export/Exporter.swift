/// The one entry point for exports: the same `Screen` the terminal shows, written in a chosen format, always
/// stamped with its provenance.
public enum Exporter {
    /// Renders an export. Markdown writes `table`, made only then (a table of every matching record of a large
    /// folder takes seconds); every other format writes `screen`. `windowFrame` only affects SVG (a rounded window
    /// with three dots and the pane as its title).
    public static func render(
        _ format: ExportFormat, screen: Screen, table: () -> RecordTable, theme: Theme, provenance: Provenance,
        windowFrame: Bool = true
    ) -> String {
        switch format {
        case .txt: return TextExporter.render(screen, provenance: provenance)
        case .ansi: return ANSIExporter.render(screen, theme: theme, provenance: provenance)
        case .html: return HTMLExporter.render(screen, theme: theme, provenance: provenance)
        case .svg: return SVGExporter.render(screen, theme: theme, provenance: provenance, windowFrame: windowFrame)
        case .md: return MarkdownExporter.render(table(), provenance: provenance)
        }
    }
}
