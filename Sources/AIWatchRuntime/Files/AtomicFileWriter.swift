import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file all at once or not at all: the text goes to a temporary file in the same directory
/// (`.name.tmp-<pid>-<n>`), is flushed to disk, then takes the target's name in one step. A reader never sees half a
/// file, a failed write leaves nothing behind, and nothing is written through a symbolic link.
public enum AtomicFileWriter {
    /// Writes `text` (UTF-8) to `path`. An existing file is replaced only with `force`; a symbolic link, a directory
    /// or any other non-regular file at `path` is always refused. `sync` flushes the data to disk before the rename.
    public static func write(_ text: String, to path: String, force: Bool = false, sync: Bool = true) throws(ExportWriteError) {
        try write(text, to: path, force: force, sync: sync, beforeCommit: {})
    }

    /// Whether anything (a file, directory, or even a dangling symbolic link) is at `path`.
    public static func entryExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `write`, with a hook run between writing the temporary file and giving it its name (for tests of races).
    static func write(
        _ text: String, to path: String, force: Bool, sync: Bool, beforeCommit: () -> Void
    ) throws(ExportWriteError) {
        let (directory, name) = split(path)
        guard !name.isEmpty, name != ".", name != ".." else { throw ExportWriteError(path: path, reason: "not a file name") }
        try checkTarget(path, force: force)
        try checkDirectory(directory, for: path)
        let temporary = (directory == "/" ? "/" : directory + "/") + temporaryName(for: name, number: counter.next())
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var isOpen = true
        do throws(ExportWriteError) {
            try writeAll(Array(text.utf8), to: descriptor, path: path)
            if sync && fsync(descriptor) != 0 { throw failure(path, errno) }
            isOpen = false
            if close(descriptor) != 0 { throw failure(path, errno) }
            beforeCommit()
            try commit(temporary, to: path, force: force)
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// Refuses what must never be replaced, and an existing file without `force`.
    private static func checkTarget(_ path: String, force: Bool) throws(ExportWriteError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw failure(path, errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: throw ExportWriteError(path: path, reason: "is a symbolic link; refusing to write through it", pathFirst: true)
        case S_IFDIR: throw ExportWriteError(path: path, reason: "it is a folder")
        case S_IFREG: if !force { throw alreadyExists(path) }
        default: throw ExportWriteError(path: path, reason: "not a regular file")
        }
    }

    private static func checkDirectory(_ directory: String, for path: String) throws(ExportWriteError) {
        var info = stat()
        guard stat(directory, &info) == 0 else { throw failure(path, errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw ExportWriteError(path: path, reason: directory + " is not a folder")
        }
    }

    /// Gives the temporary file its final name. Without `force`, `link` fails rather than replace a file that
    /// appeared meanwhile; where hard links are unsupported, a last check precedes `rename`.
    private static func commit(_ temporary: String, to path: String, force: Bool) throws(ExportWriteError) {
        if force {
            if rename(temporary, path) != 0 { throw failure(path, errno) }
            return
        }
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let code = errno
        if code == EEXIST { throw alreadyExists(path) }
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV || code == EMLINK else {
            throw failure(path, code)
        }
        try checkTarget(path, force: false)
        if rename(temporary, path) != 0 { throw failure(path, errno) }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(ExportWriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            offset += written
        }
    }

    /// `.NAME.tmp-PID-N`, with NAME shortened (at a character boundary) so that the whole stays within the 255
    /// bytes a file name may have, whatever the target's length.
    static func temporaryName(for name: String, number: Int) -> String {
        let suffix = ".tmp-\(getpid())-\(number)"
        var kept = ""
        var bytes = 1 + suffix.utf8.count
        for character in name {
            let size = String(character).utf8.count
            if bytes + size > 255 { break }
            kept.append(character)
            bytes += size
        }
        return "." + kept + suffix
    }

    /// The directory part (`.` when there is none) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// "cannot write PATH: REASON", with the reason for `code` in plain lower-case words.
    static func failure(_ path: String, _ code: Int32) -> ExportWriteError {
        let reason: String
        switch code {
        case ENOENT: reason = "no such folder"
        case EACCES, EPERM: reason = "permission denied"
        case ENOTDIR: reason = "a part of the path is not a folder"
        case EROFS: reason = "read-only file system"
        case ENOSPC: reason = "no space left on device"
        case EDQUOT: reason = "disk quota exceeded"
        case ENAMETOOLONG: reason = "file name too long"
        case EISDIR: reason = "it is a folder"
        case ELOOP: reason = "too many symbolic links"
        default:
            let text = String(cString: strerror(code))
            reason = text.prefix(1).lowercased() + text.dropFirst()
        }
        return ExportWriteError(path: path, reason: reason)
    }

    private static func alreadyExists(_ path: String) -> ExportWriteError {
        ExportWriteError(path: path, reason: "already exists; use --force to overwrite", pathFirst: true)
    }

    /// Numbers the temporary files of one process.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    private static let counter = Counter()
}

/// `write(2)`, out of reach of `AtomicFileWriter.write`'s name.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
