/// Readers on the parse trees of a file's records, made one record at a time as the file is parsed: each logs its
/// own problems, with file, line, column and field, and its tree goes once its record is decoded.
struct LocatedRecordReaders: RecordReaders {
    let file: DataFile
    /// The name of the file's records in a field path: `companies` of `companies[3].name`.
    let root: String
    let log: ProblemLog
    /// Whether the file turned out to be a well-formed array, once `decodeEach` has read it.
    let outcome = Outcome()

    final class Outcome {
        var parsed = false
    }

    /// The records `decode` makes of the file's objects; nil when anything is wrong with the folder so far, as
    /// there is then no catalog to keep them for.
    func decodeEach<Record>(_ decode: (ObjectReader) -> Record) -> [Record]? {
        var records: [Record] = []
        outcome.parsed = Self.forEachRecord(in: file, root: root, log: log, quietly: false) { reader in
            let record = decode(reader)
            if log.isEmpty { records.append(record) } else { records = [] }
        }
        return log.isEmpty ? records : nil
    }

    /// Hands `body` a reader of each record of `file`, one at a time, and tells whether the file is a well-formed
    /// array. A file that is not has that one problem logged in place of any its records had; an element that is
    /// no object is a problem too, unless `quietly` (for a file read a second time).
    @discardableResult
    static func forEachRecord(in file: DataFile, root: String, log: ProblemLog, quietly: Bool, _ body: (ObjectReader) -> Void) -> Bool {
        do {
            let topLevel = try file.bytes.withUnsafeBufferPointer { bytes throws(JSONSyntaxError) in
                try JSONParser.forEachElement(of: bytes) { element, index in
                    guard case .object = element.value else {
                        if !quietly {
                            log.add(DataProblem(
                                file: file.name, line: element.line, column: element.column, path: "\(root)[\(index)]",
                                message: "expected an object, found \(element.kindName)"
                            ), in: file.name)
                        }
                        return
                    }
                    ObjectReader(element, path: "\(root)[\(index)]", file: file.name, log: log).map(body)
                }
            }
            if case .other(let kind, let line, let column) = topLevel {
                log.add(DataProblem(file: file.name, line: line, column: column, path: root, message: "expected an array of records, found \(kind)"), in: file.name)
                return false
            }
            return true
        } catch {
            // Problems of records before the syntax error are beside the point: the file must be fixed first.
            log.discard(file.name)
            log.add(DataProblem(file: file.name, line: error.line, column: error.column, message: error.message), in: file.name)
            return false
        }
    }
}
