/// The output formats of `aiwatch list`. The raw values are what its `--format` accepts.
public enum ListFormat: String, CaseIterable, OptionValue {
    /// Aligned columns for reading in the terminal.
    case table
    /// An array of objects, one per record, every value a string.
    case json
    /// The same columns as RFC 4180 comma-separated values.
    case csv
    /// The pane's records as a Markdown table, as the export menu writes it.
    case md
}
