import TerminalKit

/// What to show: shared by the interactive app and `snapshot`.
public struct ViewOptions: Equatable, Sendable {
    public var pane: Pane = .dashboard
    public var filter = ""
    public var select: String?
    /// Open the selected record's detail.
    public var open = false
    public var theme: Theme.Name?
    public init() {}
}
