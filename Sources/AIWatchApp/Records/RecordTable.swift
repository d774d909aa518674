/// The records of a pane as a plain table: what `aiwatch list` prints and the Markdown export shows.
public struct RecordTable: Equatable, Sendable {
    public var columns: [String]
    /// One row per record, one string per column, already sanitized.
    public var rows: [[String]]
    /// The ids of the records, row by row.
    public var ids: [String]

    public init(columns: [String], rows: [[String]], ids: [String]) {
        self.columns = columns
        self.rows = rows
        self.ids = ids
    }
}
