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

    private static func readFile(_ path: String) -> ReadResult {
        var info = stat()
        if lstat(path, &info) != 0 { return .failure("cannot be read") }
        if info.st_mode & S_IFMT == S_IFLNK {
            if stat(path, &info) != 0 { return .failure("is a symlink to nothing (dangling)") }
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(info.st_mode & S_IFMT == S_IFDIR ? "is a folder, not a file" : "is not a regular file")
        }
        guard info.st_size <= maxFileSize else { return .failure("is larger than \(maxFileSize >> 20) MiB") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure("cannot be read (permission denied)") }
        defer { close(descriptor) }
        guard let buffer = FileBuffer(reading: descriptor, expected: Int(info.st_size), limit: maxFileSize) else { return .failure("cannot be read") }
        return .success(buffer)
    }
}
