import AIWatchData
import TerminalKit

/// How a pane's table is sorted: by one of its columns, ascending or descending. The view string records it as
/// `sort=as_of` or `sort=as_of:desc`.
public struct PaneSort: Equatable, Sendable {
    /// The column, an index into the pane's sortable columns (`PaneColumns.sortable(pane)`).
    public var column: Int
    /// Whether the order is reversed (largest, latest or last in the alphabet first).
    public var descending = false

    /// A sort by `column`.
    public init(column: Int, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }

    /// The column's name in a view string and on the command line: its JSON key (`as_of`, `name_zh`).
    public static func name(of column: Int, in pane: Pane) -> String? {
        let columns = PaneColumns.sortable(pane)
        return columns.indices.contains(column) ? ListFormatter.key(columns[column].header) : nil
    }

    /// The names of `pane`'s sortable columns, in the table's order: what `sort=` and `list --sort` take.
    public static func columnNames(in pane: Pane) -> [String] {
        PaneColumns.sortable(pane).indices.compactMap { name(of: $0, in: pane) }
    }

    /// The sort `text` names in `pane`: `COLUMN` or `COLUMN:desc`, the column by its name or the start of it.
    public static func parse(_ text: String, in pane: Pane) throws(UsageError) -> PaneSort {
        let parts = text.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
        let word = parts.first ?? ""
        let names = PaneColumns.sortable(pane).indices.compactMap { index in name(of: index, in: pane).map { (index, $0) } }
        guard parts.count < 2 || ["desc", "asc"].contains(parts[1]) else {
            throw UsageError(message: "sort \"\(Sanitizer.clean(text))\": after the colon comes asc or desc")
        }
        let matches = names.filter { $0.1 == word } + names.filter { $0.1 != word && $0.1.hasPrefix(word) && !word.isEmpty }
        guard let (column, _) = matches.first else {
            throw UsageError(message: "\(pane.rawValue) has no column \"\(Sanitizer.clean(word))\" to sort by; its columns: " + names.map(\.1).joined(separator: " "))
        }
        return PaneSort(column: column, descending: parts.count == 2 && parts[1] == "desc")
    }

    /// The order of `matches` under this sort: stable, so equal rows keep their catalog order.
    func order(of matches: some RandomAccessCollection<RecordRef>, pane: Pane, catalog: Catalog) -> [Int32] {
        let keys = matches.map { PaneColumns.sortKey($0, column: column, catalog: catalog) }
        var positions = Array(Int32(0)..<Int32(keys.count))
        positions.sort { a, b in
            let (left, right) = (keys[Int(a)], keys[Int(b)])
            if left == right { return a < b }
            // Empty cells go last either way.
            if left == .empty || right == .empty { return right == .empty }
            return descending ? right < left : left < right
        }
        return positions
    }
}
