/// The live filter: give it the filter line after every keystroke and read `result`.
///
/// It narrows incrementally: when the new query can only match a subset of what an earlier one matched (a word
/// grown, a word or `field:value` added, an exclusion shortened; see `Query.implies`), it searches only that
/// earlier query's matches. It remembers the last few results, so after `sector:finance jingdong -c` the next
/// keystroke (`-cl`, which is not narrower than `-c`) still starts from `sector:finance jingdong`. A line that does
/// not parse sets `error` and leaves `result` as it was, so the panes do not flash empty while a quote is open.
public struct FilterEngine: Sendable {
    /// The index searched.
    public private(set) var index: SearchIndex
    /// A query not yet run: given while the index was a placeholder (it runs when `adopt` brings the real index),
    /// or one left for the background because it has more documents to examine than `backgroundAbove`.
    public private(set) var waiting: Query?
    /// A search that would examine more documents than this waits for `searchingWaiting` on another thread, so
    /// that typing never stalls; nil searches everything at once. The app uses `FilterEngine.documentsPerFrame`.
    public var backgroundAbove: Int?
    /// About a frame's worth of documents to search (the benchmark measures what a frame's search costs).
    public static let documentsPerFrame = 150_000
    /// The results of the last query that parsed.
    public private(set) var result: FilterResult
    /// Why the last line given to `update` did not parse, or `nil` when it did.
    public private(set) var error: QueryError?
    /// How many documents the last search examined (all of them for a fresh search, fewer when narrowing).
    public private(set) var examined = 0
    /// Recent results, newest last: the starting points for narrowing.
    private var recent: [FilterResult] = []
    private static let remembered = 8
    /// The result of the empty query.
    private let everything: FilterResult

    /// An engine showing everything.
    public init(index: SearchIndex) {
        self.index = index
        everything = FilterResult(query: .all, documents: Array(0..<Int32(index.count)), kindStarts: index.kindStarts)
        result = everything
    }

    private init(index: SearchIndex, everything: FilterResult) {
        self.index = index
        self.everything = everything
        result = everything
    }

    /// Filters by `text`, the whole filter line. Returns the parse error, if any (then `result` is unchanged).
    @discardableResult
    public mutating func update(_ text: String) -> QueryError? {
        switch QueryParser.parse(text) {
        case .failure(let problem):
            error = problem
        case .success(let query):
            error = nil
            search(query)
        }
        return error
    }

    /// Filters by an already parsed query.
    public mutating func search(_ query: Query) {
        guard index.isBuilt || query.isEmpty else {
            waiting = query
            return
        }
        waiting = nil
        if FilterEngine.equivalent(query, result.query) {
            examined = 0
            if FilterEngine.sameTerms(query, result.query) {
                result = FilterResult(query: query, documents: result.documents, kindStarts: index.kindStarts, mentions: result.mentions)
                return
            }
            // The same records match, but not the same words name them (`ai`, then `ai a`, whose `a` names
            // Alibaba): the ranking is made afresh from the matches, never kept from the other query.
            if let matched = recent.last(where: { FilterEngine.equivalent(query, $0.query) }) {
                result = ranked(query, matched.documents)
                return
            }
        }
        if query.isEmpty {
            examined = 0
            // Keeps the text (blanks, say), which is what the filter line shows as applied.
            result = query.text.isEmpty ? everything : FilterResult(query: query, documents: everything.documents, kindStarts: index.kindStarts)
            return
        }
        let base = recent.filter { query.implies($0.query) }.min { $0.count < $1.count }
        if let limit = backgroundAbove, (base?.documents.count ?? index.count) > limit {
            waiting = query
            return
        }
        let documents = CompiledQuery(query, values: index.values).filter(index, candidates: base?.documents)
        examined = base?.documents.count ?? index.count
        // The engine narrows from what the query matches; what it shows is ranked.
        remember(FilterResult(query: query, documents: documents, kindStarts: index.kindStarts))
        result = ranked(query, documents)
    }

    /// The ranked result of `query`, whose matches are `documents`.
    private func ranked(_ query: Query, _ documents: [Int32]) -> FilterResult {
        let ranked = Ranking.rank(documents, query: query, index: index) { positive in
            CompiledQuery(positive, values: index.values).filter(
                index, candidates: recent.filter { positive.implies($0.query) }.min { $0.count < $1.count }?.documents)
        }
        return FilterResult(query: query, documents: ranked.documents, kindStarts: index.kindStarts, mentions: ranked.mentions)
    }

    /// Whether the two queries match the same records, judged from their text.
    private static func equivalent(_ a: Query, _ b: Query) -> Bool {
        a.implies(b) && b.implies(a)
    }

    /// Whether the two queries have the same terms in the same clauses, wherever they stand in the text: then they
    /// match and rank alike.
    private static func sameTerms(_ a: Query, _ b: Query) -> Bool {
        func terms(_ query: Query) -> [[[UInt8]]] {
            query.clauses.map { $0.alternatives.map { [$0.negated ? 1 : 0, $0.isPhrase ? 1 : 0, UInt8($0.field?.ordinal ?? 255)] + $0.folded } }
        }
        return terms(a) == terms(b)
    }

    private mutating func remember(_ result: FilterResult) {
        recent.removeAll { $0.query.implies(result.query) && result.query.implies($0.query) }
        recent.append(result)
        if recent.count > FilterEngine.remembered { recent.removeFirst() }
    }

    /// The engine once the waiting query has run: the work `backgroundAbove` leaves to another thread.
    public func searchingWaiting() -> FilterEngine {
        guard let waiting, index.isBuilt else { return self }
        var engine = self
        engine.backgroundAbove = nil
        engine.search(waiting)
        engine.backgroundAbove = backgroundAbove
        return engine
    }

    /// Takes the outcome of `searchingWaiting`. When the query typed since is still the one that ran, its results
    /// are shown; otherwise they are kept to narrow from, and the newer query still waits. Returns whether the
    /// results shown changed.
    public mutating func adoptSearch(_ finished: FilterEngine) -> Bool {
        let ran = finished.result
        if let waiting, waiting.implies(ran.query) && ran.query.implies(waiting) {
            // A line typed since that does not parse is still the line's state.
            let error = self.error
            self = finished
            self.error = error
            return true
        }
        remember(ran)
        return false
    }

    /// Takes the real index in place of a placeholder for the same catalog, and runs the query that waited for it.
    public mutating func adopt(_ built: SearchIndex) {
        index = built
        recent = []
        if let waiting { search(waiting) }
    }

    /// The results of `text` searched from scratch, without touching the engine (for one-off filters such as
    /// `aiwatch list --filter`).
    public func results(for text: String) -> Result<FilterResult, QueryError> {
        QueryParser.parse(text).map { query in
            var fresh = FilterEngine(index: index, everything: everything)
            fresh.search(query)
            return fresh.result
        }
    }
}
