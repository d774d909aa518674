import TerminalKit

/// Why an export could not be written: the file, the reason in a few plain words, and one sanitized line ready to
/// show the user ("aiwatch-x.svg already exists; use --force to overwrite").
public struct ExportWriteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file that could not be written, sanitized.
    public let path: String
    /// Why, sanitized and short: "no such folder", "permission denied", "already exists; use --force to overwrite".
    public let reason: String
    /// The one-line message for the command line: "cannot write PATH: REASON", or the path first where that reads
    /// better ("PATH already exists; use --force to overwrite").
    public let message: String

    /// "cannot write PATH: REASON", or `pathFirst`: "PATH REASON".
    public init(path: String, reason: String, pathFirst: Bool = false) {
        self.path = Sanitizer.clean(path)
        self.reason = Sanitizer.clean(reason)
        message = pathFirst ? self.path + " " + self.reason : "cannot write " + self.path + ": " + self.reason
    }

    /// The reason, then the path: "no such folder — /nowhere/aiwatch-companies-….svg". A line cut short at the
    /// edge of the screen loses the end of the path, never the reason.
    public var reasonFirst: String { reason + " — " + path }

    /// The one-line message.
    public var description: String { message }
}
