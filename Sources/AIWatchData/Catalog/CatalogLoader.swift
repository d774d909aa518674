import Foundation

/// Builds a `Catalog` from data files, or explains everything that is wrong with them. A folder with any problem
/// is refused whole, never half-loaded.
public enum CatalogLoader {
    /// The knowledge base compiled into the binary.
    public static func bundled() throws(DataProblems) -> Catalog {
        try load(files: bundledFiles(), pinyin: EmbeddedData.pinyin)
    }

    /// The bundled data's field reference (`Data/README.md`), for a folder written out to edit.
    public static var bundledFieldReference: DataFile { DataFile(name: "README.md", bytes: Array(EmbeddedData.fieldReference.utf8)) }

    /// The bundled data files, byte for byte as they are in `Data/`.
    public static func bundledFiles() -> [DataFile] {
        EmbeddedData.files.map { DataFile(name: $0.name, bytes: Array($0.text.utf8)) }
    }

    /// Reads and loads a data folder, reporting to `progress` the fraction of its bytes decoded. Each file is read
    /// by the thread that decodes it and dropped once decoded, so a large folder is never all in memory at once.
    public static func load(directory: String, progress: ((Double) -> Void)? = nil) throws(DataProblems) -> Catalog {
        if let paths = DataFolder.dataFilePaths(in: directory) {
            let sources = paths.map { path in
                DataFileSource(size: DataFolder.size(of: path)) { body in
                    guard let buffer = DataFolder.buffer(of: path) else { return }
                    withExtendedLifetime(buffer) { body(buffer.bytes) }
                }
            }
            if let catalog = quickLoad(sources, pinyin: [:], progress: progress) { return catalog }
        }
        return try locatedLoad(files: DataFolder.read(directory), pinyin: [:])
    }

    /// Parses, decodes and cross-checks `files`.
    public static func load(files: [DataFile], pinyin: [String: String], progress: ((Double) -> Void)? = nil) throws(DataProblems) -> Catalog {
        if let catalog = quickLoad(files: files, pinyin: pinyin, progress: progress) { return catalog }
        return try locatedLoad(files: files, pinyin: pinyin)
    }

    /// `quickLoad` of files in memory.
    static func quickLoad(files: [DataFile], pinyin: [String: String], progress: ((Double) -> Void)? = nil) -> Catalog? {
        let ordered = DataFileName.allCases.compactMap { name in files.first { $0.name == name.fileName } }
        guard files.count == ordered.count, ordered.count == DataFileName.allCases.count else { return nil }
        return quickLoad(ordered.map { file in DataFileSource(size: file.bytes.count) { file.bytes.withUnsafeBufferPointer($0) } }, pinyin: pinyin, progress: progress)
    }

    /// The way a valid folder is loaded: the files (one source for each `DataFileName`, in order) read side by side
    /// straight from their bytes, the references then checked on the records. Nil at the first sign of a problem,
    /// which only `locatedLoad` describes.
    private static func quickLoad(_ sources: [DataFileSource], pinyin: [String: String], progress: ((Double) -> Void)?) -> Catalog? {
        let names = DataFileName.allCases
        let totalBytes = sources.reduce(0) { $0 + $1.size }
        let decoded = DecodedFiles(totalBytes: totalBytes, progress: progress)
        @Sendable func decode(_ i: Int) {
            // A file that cannot be read leaves its slot empty, and so the catalog unmade.
            sources[i].withBytes { bytes in
                let readers = ByteRecordReaders(bytes: bytes, progress: { decoded.read($0, of: i) })
                if let records = DecodedFiles.Records(of: names[i], from: readers) { decoded.store(records, at: i, bytes: bytes.count) }
            }
        }
        // Small data (the bundled files) is quicker read in turn than handed to worker threads.
        if totalBytes < 1 << 20 {
            names.indices.forEach(decode)
        } else {
            // Largest first, so that no thread is left with a large file at the end.
            let bySize = sources.indices.sorted { sources[$0].size > sources[$1].size }
            DispatchQueue.concurrentPerform(iterations: names.count) { decode(bySize[$0]) }
        }
        guard let catalog = decoded.catalog(pinyin: pinyin), catalog.hasConsistentReferences else { return nil }
        return catalog
    }

    /// The catalog of `files`, or every problem they have (the first hundred of each file), each with its file,
    /// line, column and field: a second, slower reading for a folder the quick reading found fault with. Each file
    /// is parsed one record at a time into a tree of located values, which goes once the record is read, and the
    /// records are kept only while nothing is wrong, so a bad file costs about its own size, whatever it holds.
    static func locatedLoad(files: [DataFile], pinyin: [String: String]) throws(DataProblems) -> Catalog {
        let log = ProblemLog()
        let decoded = DecodedFiles()
        var present: [(name: DataFileName, file: DataFile)] = []
        var everyFileParsed = true
        for (slot, name) in DataFileName.allCases.enumerated() {
            guard let file = files.first(where: { $0.name == name.fileName }) else {
                log.add(DataProblem(file: name.fileName, message: "missing: every data folder needs this file (it may hold [])"), in: name.fileName)
                everyFileParsed = false
                continue
            }
            present.append((name, file))
            let readers = LocatedRecordReaders(file: file, root: name.rawValue, log: log)
            let records = DecodedFiles.Records(of: name, from: readers)
            guard readers.outcome.parsed else {
                everyFileParsed = false
                continue
            }
            if let records { decoded.store(records, at: slot, bytes: file.bytes.count) }
        }
        for file in files where DataFileName(rawValue: String(file.name.dropLast(5))) == nil || !file.name.hasSuffix(".json") {
            log.add(DataProblem(file: file.name, message: "unknown data file; expected one of " + DataFileName.allCases.map(\.fileName).joined(separator: ", ")), in: file.name)
        }
        // References are checked whenever every file could be read, so one run reports every problem; a file
        // that did not parse would make every reference to its records look dangling. The files are read twice
        // more, the ids of all of them being needed before any reference is checked.
        if everyFileParsed {
            var checker = ReferenceChecker(log: log)
            for (name, file) in present.sorted(by: { $0.name.rawValue < $1.name.rawValue }) {
                LocatedRecordReaders.forEachRecord(in: file, root: name.rawValue, log: log, quietly: true) { checker.register($0, file: name) }
            }
            for (name, file) in present {
                LocatedRecordReaders.forEachRecord(in: file, root: name.rawValue, log: log, quietly: true) { checker.check($0, file: name) }
            }
        }
        guard log.isEmpty, let catalog = decoded.catalog(pinyin: pinyin) else { throw log.problems }
        return catalog
    }

    /// A data file's size, and how to read it: `withBytes` calls its argument with the file's bytes, or not at all
    /// when the file cannot be read.
    private struct DataFileSource: Sendable {
        let size: Int
        let withBytes: @Sendable (_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    }
}
