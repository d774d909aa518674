/// The catalog prepared for filtering: one folded document per top-level record (organisation, regulation,
/// statistic, person, event, source), in catalog order and grouped by kind, stored in a few flat buffers.
///
/// Building folds all the catalog's text once, which for a large folder takes longer than a frame: build it off
/// the first-frame path, when the filter is first opened or on a background task (it is `Sendable`).
public struct SearchIndex: Sendable {
    /// The first document of each of `RecordKind.allCases`, then the document count.
    let kindStarts: [Int]
    /// The documents' folded text and facet value ids.
    let storage: IndexStorage
    /// The distinct facet values.
    let values: FacetValues
    /// False for a placeholder: the catalog's rows are known, their text is not folded yet.
    public let isBuilt: Bool

    /// Folds every record of `catalog`, reporting the fraction done to `progress` now and then.
    public init(_ catalog: Catalog, progress: ((Double) -> Void)? = nil) {
        self.init(catalog, folding: true, progress: progress)
    }

    /// An index that knows which records there are but cannot search yet: what the app starts with while the
    /// real index is built off the first-frame path.
    public static func placeholder(_ catalog: Catalog) -> SearchIndex {
        SearchIndex(catalog, folding: false, progress: nil)
    }

    private init(_ catalog: Catalog, folding: Bool, progress: ((Double) -> Void)?) {
        // A placeholder writes no text, so it needs none of what the documents are made from.
        let documents = folding ? RecordDocuments(catalog) : nil
        let total = catalog.organisations.count + catalog.regulations.count + catalog.statistics.count
            + catalog.people.count + catalog.events.count + catalog.sources.count
        var writer = DocumentWriter(expectedDocuments: total, folding: folding)
        var starts: [Int] = []
        func add<Record>(_ records: [Record], _ write: (RecordDocuments, Record, inout DocumentWriter) -> Void) {
            starts.append(writer.textStarts.count - 1)
            guard let documents else {
                // Only each record's place: going through the records would copy each one out, strings and all.
                for _ in records.indices { writer.finishDocument() }
                return
            }
            for record in records {
                write(documents, record, &writer)
                writer.finishDocument()
                if let progress, writer.textStarts.count % 4096 == 0 { progress(Double(writer.textStarts.count) / Double(total)) }
            }
        }
        add(catalog.organisations) { $0.write($1, to: &$2) }
        add(catalog.regulations) { $0.write($1, to: &$2) }
        add(catalog.statistics) { $0.write($1, to: &$2) }
        add(catalog.people) { $0.write($1, to: &$2) }
        add(catalog.events) { $0.write($1, to: &$2) }
        add(catalog.sources) { $0.write($1, to: &$2) }
        starts.append(writer.textStarts.count - 1)
        writer.padText()
        kindStarts = starts
        storage = IndexStorage(text: writer.text, textStarts: writer.textStarts, refs: writer.refs, refStarts: writer.refStarts)
        values = writer.takeValues()
        isBuilt = folding
    }

    /// Bytes held by the index's buffers (text, facet references, distinct facet values).
    public var byteCount: Int {
        storage.byteCount + values.byteCount + 8 * kindStarts.count
    }

    /// How many documents (top-level records) there are.
    public var count: Int { kindStarts[kindStarts.count - 1] }

    /// The documents of `kinds`.
    public func documents(in kinds: ClosedRange<RecordKind>) -> Range<Int> {
        kindStarts[kinds.lowerBound.rawValue]..<kindStarts[kinds.upperBound.rawValue + 1]
    }

    /// The documents of one kind.
    public func documents(in kind: RecordKind) -> Range<Int> { documents(in: kind...kind) }

    /// The record that document `document` stands for.
    public func record(_ document: Int) -> RecordRef {
        SearchIndex.record(document, kindStarts: kindStarts)
    }

    /// The document of a top-level record, or of the organisation or person a product or quote belongs to.
    public func document(of record: RecordRef) -> Int {
        SearchIndex.document(of: record, kindStarts: kindStarts)
    }

    static func record(_ document: Int, kindStarts: [Int]) -> RecordRef {
        var kind = 0
        while document >= kindStarts[kind + 1] { kind += 1 }
        let index = document - kindStarts[kind]
        switch kind {
        case 0: return .organisation(index)
        case 1: return .regulation(index)
        case 2: return .statistic(index)
        case 3: return .person(index)
        case 4: return .event(index)
        default: return .source(index)
        }
    }

    static func document(of record: RecordRef, kindStarts: [Int]) -> Int {
        switch record {
        case .organisation(let i), .product(let i, _): return kindStarts[0] + i
        case .regulation(let i): return kindStarts[1] + i
        case .statistic(let i): return kindStarts[2] + i
        case .person(let i), .quote(let i, _): return kindStarts[3] + i
        case .event(let i): return kindStarts[4] + i
        case .source(let i): return kindStarts[5] + i
        }
    }

    /// Completions for the word being typed in the filter line: field names (`sec` → `sector:`) and, after a
    /// colon, the values of that field that start with what is typed (`sector:fi` → `sector:finance`), quoted when
    /// they contain a space. At most `limit`, sorted.
    public func completions(forPrefix prefix: String, limit: Int = 50) -> [String] {
        let negated = prefix.hasPrefix("-")
        let stem = negated ? prefix.dropFirst() : Substring(prefix)
        guard let colon = stem.firstIndex(of: ":") else {
            return QueryParser.completions(forPrefix: prefix)
        }
        guard let facet = Facet(named: stem[..<colon]) else { return [] }
        var typed = stem[stem.index(after: colon)...]
        if typed.hasPrefix("\"") { typed = typed.dropFirst() }
        let head = (negated ? "-" : "") + facet.rawValue + ":"
        return values.values(of: facet, startingWith: TextFolding.foldedBytes(String(typed)))
            .prefix(limit)
            .map { head + ($0.contains(" ") || $0.contains("|") ? "\"" + $0 + "\"" : $0) }
    }
}
