import Foundation
import AIWatchData
import TerminalKit

/// Prints records for scripts: a `RecordTable` as aligned columns, typed `ListRecord`s as JSON or CSV.
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

    /// An array of objects, one per record, with typed values (see `ListRecord`): numbers as numbers, dates as
    /// objects, lists as arrays. A list of plain values, or an object of them, is written on one line.
    public static func json(_ records: [[ListMember]]) -> String {
        guard !records.isEmpty else { return "[]\n" }
        return "[\n" + records.map { "  " + json(.object($0, cell: ""), depth: 1) }.joined(separator: ",\n") + "\n]\n"
    }

    private static func json(_ value: ListValue, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth + 1)
        let close = String(repeating: "  ", count: depth)
        switch value {
        case .null, .absent: return "null"
        case .text(let text): return JSONWriter.quoted(text)
        case .number(let number): return ListValue.format(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .list(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isPlain) { return "[" + items.map { json($0, depth: depth) }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { indent + json($0, depth: depth + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let members, _):
            let pairs = members.map { (JSONWriter.quoted($0.key) + ": ", $0.value) }
            if members.allSatisfy(\.value.isPlain) { return "{" + pairs.map { $0.0 + json($0.1, depth: depth) }.joined(separator: ", ") + "}" }
            return "{\n" + pairs.map { indent + $0.0 + json($0.1, depth: depth + 1) }.joined(separator: ",\n") + "\n" + close + "}"
        }
    }

    /// RFC 4180 CSV with a header row, one row per record, in the columns of the JSON flattened (see
    /// `ListValue.flattened`). A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return) is prefixed with `'` and quoted, as OWASP advises; a plain number such as `-3.5` stays
    /// a number.
    public static func csv(_ records: [[ListMember]], columns: [String]) -> String {
        let rows = records.map { members in members.flatMap { $0.value.flattened(under: $0.key) }.map(\.cell) }
        return csv(header: columns, rows: rows)
    }

    /// The CSV columns of records with `members`: every record of a pane has the same.
    public static func columns(_ members: [ListMember]) -> [String] {
        members.flatMap { $0.value.flattened(under: $0.key) }.map(\.column)
    }

    private static func csv(header: [String], rows: [[String]]) -> String {
        func field(_ cell: String) -> String {
            let risky = (cell.first.map { "=+-@\t\r".contains($0) } ?? false) && Double(cell) == nil
            let text = risky ? "'" + cell : cell
            return risky || text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lines = [header.map(field).joined(separator: ",")] + rows.map { $0.map(field).joined(separator: ",") }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
