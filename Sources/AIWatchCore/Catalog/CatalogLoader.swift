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

    /// Reads and loads a data folder.
    public static func load(directory: String) throws(DataProblems) -> Catalog {
        try load(files: DataFolder.read(directory), pinyin: [:])
    }

    /// Parses, decodes and cross-checks `files`.
    public static func load(files: [DataFile], pinyin: [String: String]) throws(DataProblems) -> Catalog {
        let log = ProblemLog()
        var readers: [DataFileName: [ObjectReader]] = [:]
        var everyFileParsed = true
        for name in DataFileName.allCases {
            guard let file = files.first(where: { $0.name == name.fileName }) else {
                log.problems.append(DataProblem(file: name.fileName, message: "missing: every data folder needs this file (it may hold [])"))
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
        let sources = (readers[.sources] ?? []).map { $0.source() }
        let organisations = (readers[.companies] ?? []).map { $0.organisation() }
        let regulations = (readers[.regulations] ?? []).map { $0.regulation() }
        let statistics = (readers[.statistics] ?? []).map { $0.statistic() }
        let people = (readers[.people] ?? []).map { $0.person() }
        let events = (readers[.events] ?? []).map { $0.event() }
        // References are checked whenever every file could be read, so one run reports every problem; a file
        // that did not parse would make every reference to its records look dangling.
        if everyFileParsed {
            ReferenceChecker(readers: readers, log: log).check()
        }
        guard log.problems.isEmpty else { throw DataProblems(problems: log.problems) }
        return Catalog(
            sources: sources, organisations: organisations, regulations: regulations, statistics: statistics,
            people: people, events: events, pinyin: pinyin
        )
    }

    /// The object readers of a file whose top level must be an array of records.
    private static func records(in file: DataFile, root: String, log: ProblemLog) -> [ObjectReader]? {
        let node: JSONNode
        do {
            node = try JSONParser.parse(file.bytes)
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
