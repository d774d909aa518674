import AIWatchData
import TerminalKit

/// The export of a view, always stamped with its provenance: a screen format renders the screen the terminal
/// shows; Markdown writes the focused list's records, or the who-is-affected grid when it is open, with no screen
/// rendered.
public enum ViewExport {
    /// What `state` shows, in `format`. `windowFrame` only affects SVG.
    public static func render(_ format: ExportFormat, state: AppState, catalog: Catalog, theme: Theme, windowFrame: Bool = true) -> String {
        guard let screenFormat = format.screenFormat else {
            return state.grid != nil ? gridMarkdown(state: state, catalog: catalog) : markdown(state.listPane, state: state, catalog: catalog)
        }
        let screen = Renderer.render(state, catalog: catalog)
        let caption = Provenance(of: state, catalog: catalog).exportCaption
        return screenFormat.render(screen, theme: theme, caption: caption, windowFrame: windowFrame)
    }

    /// The who-is-affected grid of what the filter selects as a Markdown table, with its provenance.
    public static func gridMarkdown(state: AppState, catalog: Catalog) -> String {
        let grid = AffectedGrid(state, catalog: catalog)
        var lines = grid.isEmpty ? ["# Who is affected", "", "_No rule the filter selects is linked to an organisation._", ""]
            : BriefMarkdown.grid(grid, level: "#")
        lines += ["---", "", MarkdownExporter.footer(Provenance(of: state, catalog: catalog))]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `pane`'s matching records as a Markdown table, with that list's provenance.
    public static func markdown(_ pane: Pane, state: AppState, catalog: Catalog) -> String {
        let table = PaneColumns.table(pane, rows: state.rows(pane), catalog: catalog)
        return MarkdownExporter.render(table, provenance: Provenance(of: state, pane: pane, catalog: catalog))
    }
}
