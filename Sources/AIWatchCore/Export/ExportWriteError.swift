/// Why an export could not be written, as one sanitized line ready to show the user
/// ("aiwatch-x.svg already exists; use --force to overwrite").
public struct ExportWriteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The one-line reason.
    public let message: String

    /// An error with `message`, sanitized and kept on one line.
    public init(_ message: String) { self.message = Sanitizer.clean(message) }

    public var description: String { message }
}
