import Glibc

/// Holds back what is written to standard error while curses owns the screen, and writes it out once the terminal
/// is given back (on `stop`, on a stop signal, on a crash or at `exit`).
///
/// Without it, anything written to stderr meanwhile lands on the alternate screen and corrupts the frame, and the
/// Swift runtime's last words before a trap ("Fatal error: Index out of range") vanish with the alternate screen.
/// The text goes to an unlinked temporary file (not a pipe, which would block writers once full); replaying it uses
/// only `lseek`, `read`, `write`, `dup2` and `ftruncate`, all async-signal-safe.
enum StandardErrorCapture {
    private struct State {
        /// The real standard error, duplicated.
        var original: Int32 = -1
        /// The temporary file that stands in as fd 2 while capturing.
        var file: Int32 = -1
        var capturing = false
        var buffer: UnsafeMutableRawPointer
        var bufferSize: Int
    }

    nonisolated(unsafe) private static var state: UnsafeMutablePointer<State>?

    /// Starts capturing. Does nothing (stderr stays as it is) when the file cannot be made.
    static func begin() {
        guard state == nil else { return }
        let original = dup(STDERR_FILENO)
        guard original >= 0 else { return }
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((directory + "/aiwatch-stderr-XXXXXX").utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else {
            close(original)
            return
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let size = 4096
        let created = UnsafeMutablePointer<State>.allocate(capacity: 1)
        created.initialize(to: State(
            original: original, file: file, capturing: false,
            buffer: UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8), bufferSize: size
        ))
        state = created
        resume()
    }

    /// Writes out what was captured and points fd 2 back at the real standard error. Async-signal-safe.
    static func release() {
        guard let state, state.pointee.capturing else { return }
        state.pointee.capturing = false
        let file = state.pointee.file
        let original = state.pointee.original
        _ = dup2(original, STDERR_FILENO)
        _ = lseek(file, 0, SEEK_SET)
        while true {
            let count = read(file, state.pointee.buffer, state.pointee.bufferSize)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset < count {
                let written = write(original, state.pointee.buffer + offset, count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
        }
        _ = ftruncate(file, 0)
        _ = lseek(file, 0, SEEK_SET)
    }

    /// Captures again after `release` (on continue after a stop). Async-signal-safe.
    static func resume() {
        guard let state, !state.pointee.capturing else { return }
        _ = ftruncate(state.pointee.file, 0)
        _ = lseek(state.pointee.file, 0, SEEK_SET)
        _ = dup2(state.pointee.file, STDERR_FILENO)
        state.pointee.capturing = true
    }

    /// Writes out what was captured and stops capturing for good (on `stop`).
    static func end() {
        guard let state else { return }
        release()
        self.state = nil
        close(state.pointee.file)
        close(state.pointee.original)
        state.pointee.buffer.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }
}
