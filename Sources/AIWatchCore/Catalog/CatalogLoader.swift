import Foundation

/// Builds a `Catalog` from data files, or explains everything that is wrong with them. A folder with any problem
/// is refused whole, never half-loaded.
public enum CatalogLoader {
    /// The knowledge base compiled into the binary.
    public static func bundled() throws(DataProblems) -> Catalog {
        try load(files: bundledFiles(), pinyin: EmbeddedData.pinyin)
    }

    /// The bundled data files, byte for byte as they are in `Data/`.
    public static func bundledFiles() -> [DataFile] {
        EmbeddedData.files.map { DataFile(name: $0.name, bytes: Array($0.text.utf8)) }
    }

    /// Reads and loads a data folder, reporting to `progress` the fraction of its bytes decoded.
    public static func load(directory: String, progress: ((Double) -> Void)? = nil) throws(DataProblems) -> Catalog {
        try load(files: DataFolder.read(directory), pinyin: [:], progress: progress)
    }

    /// Parses, decodes and cross-checks `files`.
    public static func load(files: [DataFile], pinyin: [String: String], progress: ((Double) -> Void)? = nil) throws(DataProblems) -> Catalog {
        let decoded = quickLoad(files: files, progress: progress)
        if let catalog = decoded.catalog(pinyin: pinyin), catalog.hasConsistentReferences { return catalog }
        let problems = locatedProblems(files: files, unparsable: decoded.unparsable)
        // The two readings apply the same rules (a test and the loader fuzzer hold them to it); should they ever
        // disagree, refuse.
        throw DataProblems(problems: problems.isEmpty ? [DataProblem(file: "data", message: disagreement)] : problems)
    }

    /// The problem reported if the quick reading refuses a folder the located one finds nothing wrong with.
    static let disagreement = "the records' ids and references do not agree"

    /// The way a valid folder is loaded: the files parsed and decoded side by side, each parse tree dropped as soon
    /// as its records are decoded; the caller then checks the references on the records.
    private static func quickLoad(files: [DataFile], progress: ((Double) -> Void)?) -> DecodedFiles {
        let names = DataFileName.allCases
        let ordered = names.compactMap { name in files.first { $0.name == name.fileName } }
        let totalBytes = ordered.reduce(0) { $0 + $1.bytes.count }
        let decoded = DecodedFiles(count: names.count, totalBytes: totalBytes, progress: progress)
        guard files.count == names.count, ordered.count == names.count else { return decoded }
        @Sendable func decode(_ i: Int) {
            let log = ProblemLog()
            let read = { (bytes: Int) in decoded.read(bytes, of: i) }
            guard let readers = records(in: ordered[i], root: names[i].rawValue, log: log, progress: read) else {
                decoded.refuse(ordered[i].name, problems: log.problems)
                return
            }
            let records = DecodedFiles.Records(readers, of: names[i])
            if log.problems.isEmpty { decoded.store(records, at: i, bytes: ordered[i].bytes.count) }
        }
        // Small data (the bundled files) is quicker read in turn than handed to worker threads.
        if totalBytes < 1 << 20 {
            names.indices.forEach(decode)
        } else {
            DispatchQueue.concurrentPerform(iterations: names.count, execute: decode)
        }
        return decoded
    }

    /// Every problem of `files`, each with its file, line, column and field: a second, slower reading that keeps
    /// every parse tree, for a folder the quick reading found fault with. A file the quick reading could not parse
    /// is not parsed again: `unparsable` holds its problems.
    private static func locatedProblems(files: [DataFile], unparsable: [String: [DataProblem]]) -> [DataProblem] {
        let log = ProblemLog()
        var readers: [DataFileName: [ObjectReader]] = [:]
        var everyFileParsed = true
        for name in DataFileName.allCases {
            guard let file = files.first(where: { $0.name == name.fileName }) else {
                log.problems.append(DataProblem(file: name.fileName, message: "missing: every data folder needs this file (it may hold [])"))
                everyFileParsed = false
                continue
            }
            if let known = unparsable[file.name] {
                log.problems += known
                everyFileParsed = false
                continue
            }
            let records = records(in: file, root: name.rawValue, log: log)
            everyFileParsed = everyFileParsed && records != nil
            readers[name] = records ?? []
        }
        for file in files where DataFileName(rawValue: String(file.name.dropLast(5))) == nil || !file.name.hasSuffix(".json") {
            log.problems.append(DataProblem(file: file.name, message: "unknown data file; expected one of " + DataFileName.allCases.map(\.fileName).joined(separator: ", ")))
        }
        // Decoding logs the problems of each record.
        for name in DataFileName.allCases { _ = DecodedFiles.Records(readers[name] ?? [], of: name) }
        // References are checked whenever every file could be read, so one run reports every problem; a file
        // that did not parse would make every reference to its records look dangling.
        if everyFileParsed {
            ReferenceChecker(readers: readers, log: log).check()
        }
        return log.problems
    }

    /// The object readers of a file whose top level must be an array of records.
    private static func records(in file: DataFile, root: String, log: ProblemLog, progress: ((Int) -> Void)? = nil) -> [ObjectReader]? {
        let node: JSONNode
        do {
            node = try JSONParser.parse(file.bytes, progress: progress)
        } catch {
            log.problems.append(DataProblem(file: file.name, line: error.line, column: error.column, message: error.message))
            return nil
        }
        guard case .array(let elements) = node.value else {
            log.problems.append(DataProblem(file: file.name, line: node.line, column: node.column, path: root, message: "expected an array of records, found \(node.kindName)"))
            return nil
        }
        return elements.enumerated().compactMap { index, element in
            ObjectReader(element, path: "\(root)[\(index)]", file: file.name, log: log)
        }
    }
}
