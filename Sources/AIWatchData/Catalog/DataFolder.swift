import Foundation

/// Reads a data folder's files safely: a FIFO, a directory, a dangling symlink or an unreadable file becomes a
/// located problem instead of a hang or a crash.
enum DataFolder {
    /// Files larger than this are refused before they are read.
    static let maxFileSize = 1 << 30

    static func read(_ directory: String) throws(DataProblems) -> [DataFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw DataProblems(problems: [DataProblem(file: directory, message: "no such data folder")])
        }
        guard isDirectory.boolValue else {
            throw DataProblems(problems: [DataProblem(file: directory, message: "not a folder; --data takes a folder of JSON files")])
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw DataProblems(problems: [DataProblem(file: directory, message: "cannot list the folder (permission denied?)")])
        }
        var files: [DataFile] = []
        var problems: [DataProblem] = []
        for name in names {
            switch readFile(directory + "/" + name) {
            case .success(let buffer): files.append(DataFile(name: name, bytes: Array(buffer.bytes)))
            case .failure(let message): problems.append(DataProblem(file: name, message: message))
            }
        }
        // A file that exists but could not be read must not also be reported as missing.
        if !problems.isEmpty { throw DataProblems(problems: problems) }
        return files
    }

    /// The paths of the six data files in `directory`, in `DataFileName` order; nil unless the folder holds
    /// exactly those JSON files (`read` then says what is wrong).
    static func dataFilePaths(in directory: String) -> [String]? {
        let expected = DataFileName.allCases.map(\.fileName)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory).filter({ $0.hasSuffix(".json") }),
            names.sorted() == expected.sorted()
        else { return nil }
        return expected.map { directory + "/" + $0 }
    }

    /// The size of the file at `path` (0 if it cannot be told): for progress only.
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The bytes of the regular file at `path`; nil for anything `read` would report.
    static func buffer(of path: String) -> FileBuffer? {
        if case .success(let buffer) = readFile(path) { return buffer }
        return nil
    }

    private enum ReadResult { case success(FileBuffer), failure(String) }

    /// Opens `path` first and then asks the open descriptor what it is, so nothing can be swapped in between: a
    /// check by name before opening would let a FIFO put in place of the file block the open forever. The open
    /// never blocks (`O_NONBLOCK`), never follows a symlink (`O_NOFOLLOW`), never takes a terminal for its own (`O_NOCTTY`) and is not inherited (`O_CLOEXEC`).
    private static func readFile(_ path: String) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(openFailure(path, errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure("cannot be read") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(info.st_mode & S_IFMT == S_IFDIR ? "is a folder, not a file" : "is not a regular file")
        }
        guard info.st_size <= maxFileSize else { return .failure("is larger than \(maxFileSize >> 20) MiB") }
        // Reading a regular file never waits, so the descriptor can go back to blocking reads.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        guard let buffer = FileBuffer(reading: descriptor, expected: Int(info.st_size), limit: maxFileSize) else { return .failure("cannot be read") }
        return .success(buffer)
    }

    /// Why `path` could not be opened, told by `errno`.
    private static func openFailure(_ path: String, errno error: Int32) -> String {
        switch error {
        case ELOOP:
            var info = stat()
            return stat(path, &info) == 0 ? "is a symlink; a data file must be the file itself" : "is a symlink to nothing (dangling)"
        case EACCES, EPERM: return "cannot be read (permission denied)"
        case ENOENT: return "was removed while the folder was read"
        default: return "cannot be read"
        }
    }
}
