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

    /// Folds every record of `catalog`, reporting the fraction done to `progress` now and then. A large catalog is
    /// folded in parts on all cores and the parts joined; the index is the same as one folded on one thread.
    public init(_ catalog: Catalog, progress: ((Double) -> Void)? = nil) {
        let total = SearchIndex.kindStarts(catalog).last!
        self.init(catalog, parts: total < SearchIndex.parallelThreshold ? 1 : IndexParts.available, progress: progress)
    }

    /// Folds every record of `catalog` in `parts` ranges of records, on all cores, joined in order.
    init(_ catalog: Catalog, parts: Int, progress: ((Double) -> Void)? = nil) {
        let starts = SearchIndex.kindStarts(catalog)
        let documents = RecordDocuments(catalog)
        var writer = IndexParts.write(documents: starts.last!, parts: parts, progress: progress) { range, expected, progress in
            SearchIndex.write(range, of: catalog, kindStarts: starts, documents: documents, expected: expected, progress: progress)
        }
        writer.padText()
        kindStarts = starts
        storage = IndexStorage(text: writer.text, textStarts: writer.textStarts, refs: writer.refs, refStarts: writer.refStarts)
        values = writer.takeValues()
        isBuilt = true
    }

    /// Below this many records one thread folds them: starting threads and joining parts would cost more.
    static let parallelThreshold = 20_000

    /// An index that knows which records there are but cannot search yet: what the app starts with while the
    /// real index is built off the first-frame path.
    public static func placeholder(_ catalog: Catalog) -> SearchIndex {
        SearchIndex(placeholderOf: catalog)
    }

    private init(placeholderOf catalog: Catalog) {
        // Only each record's place: going through the records would copy each one out, strings and all.
        let starts = SearchIndex.kindStarts(catalog)
        var writer = DocumentWriter(expectedDocuments: starts.last!, folding: false)
        for _ in 0..<starts.last! { writer.finishDocument() }
        writer.padText()
        kindStarts = starts
        storage = IndexStorage(text: writer.text, textStarts: writer.textStarts, refs: writer.refs, refStarts: writer.refStarts)
        values = writer.takeValues()
        isBuilt = false
    }

    /// The first document of each kind, in `RecordKind` order, then the document count.
    private static func kindStarts(_ catalog: Catalog) -> [Int] {
        let counts = [
            catalog.organisations.count, catalog.regulations.count, catalog.statistics.count,
            catalog.people.count, catalog.events.count, catalog.sources.count,
        ]
        return counts.reduce(into: [0]) { $0.append($0.last! + $1) }
    }

    /// A writer holding the documents `range`, for a writer that will hold `expected` documents once joined.
    private static func write(
        _ range: Range<Int>, of catalog: Catalog, kindStarts: [Int], documents: RecordDocuments, expected: Int,
        progress: ((Double) -> Void)?
    ) -> DocumentWriter {
        var writer = DocumentWriter(expectedDocuments: expected, folding: true)
        func add<Record>(_ kind: Int, _ records: [Record], _ write: (Record, inout DocumentWriter) -> Void) {
            let from = max(range.lowerBound, kindStarts[kind]) - kindStarts[kind]
            let to = min(range.upperBound, kindStarts[kind + 1]) - kindStarts[kind]
            guard from < to else { return }
            // Each record is read where it is, not copied out (which would change the reference count of every
            // string it holds, and threads sharing those strings would fight over the counts).
            records.withUnsafeBufferPointer { records in
                for i in from..<to {
                    write(records[i], &writer)
                    writer.finishDocument()
                    if let progress, writer.textStarts.count % 4096 == 0 { progress(Double(writer.textStarts.count) / Double(range.count)) }
                }
            }
        }
        add(0, catalog.organisations) { documents.write($0, to: &$1) }
        add(1, catalog.regulations) { documents.write($0, to: &$1) }
        add(2, catalog.statistics) { documents.write($0, to: &$1) }
        add(3, catalog.people) { documents.write($0, to: &$1) }
        add(4, catalog.events) { documents.write($0, to: &$1) }
        add(5, catalog.sources) { documents.write($0, to: &$1) }
        return writer
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
