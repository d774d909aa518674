import TerminalKit

/// What to show: shared by the interactive app and `snapshot`.
public struct ViewOptions: Equatable, Sendable {
    /// The pane to show.
    public var pane: Pane = .dashboard
    /// The filter query; empty: every record.
    public var filter = ""
    /// The id of the record to select.
    public var select: String?
    /// Open the selected record's detail.
    public var open = false
    /// The focused table's sort, as `COLUMN` or `COLUMN:desc`.
    public var sort: String?
    /// Give the overview's room to its focused list, as `z` does.
    public var zoom = false
    /// Show the who-is-affected grid over the pane, as `a` does.
    public var grid = false
    /// Where the app's exports go, as the export menu names it; nil where nothing is exported from a menu.
    public var exportFolder: String?
    /// The theme the command line names; nil: the settings file's or the default.
    public var theme: Theme.Name?

    /// The overview, unfiltered, nothing selected.
    public init() {}
}
