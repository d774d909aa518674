/// The output formats of `aiwatch list`. The raw values are what its `--format` accepts.
public enum ListFormat: String, CaseIterable, OptionValue {
    /// Aligned columns for reading in the terminal.
    case table
    /// An array of objects, one per record, with typed values (numbers, dates, arrays, evidence with its source).
    case json
    /// The JSON's columns flattened, one row per record, as RFC 4180 comma-separated values.
    case csv
    /// The pane's records as a Markdown table, as the export menu writes it.
    case md
}
