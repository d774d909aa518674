/// Why a filter could not be parsed, and where: the filter line shows the message and marks the position.
public struct QueryError: Error, Equatable, Sendable {
    /// One line for the status bar, e.g. `unclosed quote`.
    public let message: String
    /// The `Character` offset in the query text where the problem starts.
    public let position: Int

    /// Makes an error.
    public init(message: String, position: Int) {
        self.message = message
        self.position = position
    }
}
