import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way aiwatch writes to standard output and standard error: `write(2)` until every byte is taken, through
/// interrupted and partial writes, reporting a full disk, a closed descriptor or a reader gone away as an error
/// rather than stopping the program. (With SIGPIPE left at its default, a reader gone away ends the process
/// quietly, as for any filter in a pipeline.)
public enum ConsoleWriter {
    /// Standard output.
    public static let output = STDOUT_FILENO
    /// Standard error.
    public static let error = STDERR_FILENO

    /// Why a write failed: the error number and its reason, as coreutils words it ("write error: Broken pipe").
    public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The `errno` of the write that failed.
        public let code: Int32

        /// "write error: " and the system's reason.
        public var description: String { "write error: " + String(cString: strerror(code)) }
    }

    /// Writes all of `text`, UTF-8, to `descriptor`.
    public static func write(_ text: String, to descriptor: Int32) throws(WriteError) {
        var text = text
        // Contiguous UTF-8 is the common case, so this rarely copies.
        let failure: Int32? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return nil }
            return writeAll(UnsafeRawPointer(base), count: bytes.count, to: descriptor)
        }
        if let failure { throw WriteError(code: failure) }
    }

    /// The `errno` that stopped the write, or nil once all `count` bytes are written.
    private static func writeAll(_ bytes: UnsafeRawPointer, count: Int, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < count {
            let written = systemWrite(descriptor, bytes + offset, count - offset)
            if written > 0 {
                offset += written
            } else if written == 0 {
                // A write that takes nothing and says nothing would loop forever.
                return EIO
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                // A descriptor someone else made non-blocking (a shared terminal or pipe): wait until it drains.
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                if poll(&ready, 1, -1) < 0 && errno != EINTR { return errno }
            } else {
                return errno
            }
        }
        return nil
    }
}

/// `write(2)`, out of reach of `ConsoleWriter.write`'s name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
