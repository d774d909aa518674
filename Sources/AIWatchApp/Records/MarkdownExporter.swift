import AIWatchData
import TerminalKit

/// Markdown export: the pane's records as a table, one row per record, under a heading and above a provenance
/// footer. Cell text is escaped so no `|`, newline or markup in the data can break the table or become HTML.
public enum MarkdownExporter {
    /// The Markdown export of `table`.
    public static func render(_ table: RecordTable, provenance: Provenance) -> String {
        var lines = ["# aiwatch — " + escape(provenance.pane), ""]
        if table.columns.isEmpty || table.rows.isEmpty {
            lines.append("_No records to show._")
        } else {
            let count = table.columns.count
            lines.append("| " + table.columns.map(escape).joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: " --- |", count: count))
            for row in table.rows {
                let cells = (0..<count).map { $0 < row.count ? escape(row[$0]) : "" }
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        lines += ["", "---", "", footer(provenance)]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The provenance as one line: filter, records shown, sources, date of the data.
    static func footer(_ provenance: Provenance) -> String {
        var parts = [provenance.filter.isEmpty ? "No filter" : "Filter: \"\(escape(provenance.filter))\""]
        parts.append("\(provenance.matched) of \(provenance.total) records")
        if !provenance.sources.isEmpty {
            parts.append("Sources: " + provenance.sources.map(escape).joined(separator: "; "))
        }
        let date = FuzzyDate(phrase: provenance.dataDate, date: provenance.dataDate, approximate: false).display
        parts.append("Data as of " + escape(date))
        return "_Exported from aiwatch._ " + parts.joined(separator: " · ")
    }

    /// `text` sanitized and made inert in Markdown: line breaks become spaces, and characters that could end a
    /// cell, start markup or open an HTML tag are backslash-escaped, and `&` becomes `&amp;` so that text holding
    /// an entity (`&lt;b&gt;`) reads as it is written, not as the character it names.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in Sanitizer.clean(text) {
            switch character {
            case "\n", "\r", "\r\n": output.append(" ")
            case "\\", "|", "<", ">", "`", "*", "_", "[", "]": output += "\\" + String(character)
            case "&": output += "&amp;"
            default: output.append(character)
            }
        }
        return output
    }
}
