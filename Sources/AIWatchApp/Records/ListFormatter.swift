import Foundation
import AIWatchData
import TerminalKit

/// Prints a `RecordTable` for scripts: an aligned table, JSON, or CSV.
public enum ListFormatter {
    /// The JSON key of a column: lowercase words joined by `_` ("As of" → `as_of`, "中文" → `name_zh`).
    public static func key(_ column: String) -> String {
        if column == "中文" { return "name_zh" }
        return column.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }

    /// Columns padded to their widest cell, two spaces apart, a header and a rule.
    public static func table(_ table: RecordTable) -> String {
        let headers = ["ID"] + table.columns
        let rows = zip(table.ids, table.rows).map { [$0] + $1 }
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(CellWidth.of).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { TextFit.pad($0, to: $1) }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return ([line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n") + "\n"
    }

    /// An array of objects: `id`, then one key per column (see `key(_:)`), all values strings.
    public static func json(_ table: RecordTable) -> String {
        let keys = ["id"] + table.columns.map(key)
        let objects = zip(table.ids, table.rows).map { id, row in
            "  {" + zip(keys, [id] + row).map { "\"\($0)\": \(JSONWriter.quoted($1))" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// RFC 4180 CSV with a header row. A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return) is prefixed with `'` and quoted, as OWASP advises; a plain number such as
    /// `-3.5` stays a number.
    public static func csv(_ table: RecordTable) -> String {
        func field(_ cell: String) -> String {
            let risky = (cell.first.map { "=+-@\t\r".contains($0) } ?? false) && Double(cell) == nil
            let text = risky ? "'" + cell : cell
            return risky || text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lines = [(["id"] + table.columns.map(key)).map(field).joined(separator: ",")]
            + zip(table.ids, table.rows).map { ([$0] + $1).map(field).joined(separator: ",") }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
