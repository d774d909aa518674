/// The records of a pane as a plain table: what `aiwatch list` prints and the Markdown export shows.
public struct RecordTable: Equatable, Sendable {
    /// The column headers.
    public var columns: [String]
    /// One row per record, one string per column, already sanitized.
    public var rows: [[String]]
    /// The ids of the records, row by row.
    public var ids: [String]

    /// A table of `rows` under `columns`, `ids` naming each row's record.
    public init(columns: [String], rows: [[String]], ids: [String]) {
        self.columns = columns
        self.rows = rows
        self.ids = ids
    }
}
