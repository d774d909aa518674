/// Puts a filter's matches in the order an analyst reads them. A bare word *names* a record when it is in the
/// record's name, Chinese name, pinyin or id (for a company also a product's name or id); a record it matches only
/// in other text (a summary, a quote, the evidence, whose quotes often list other firms) merely *mentions* it.
/// Within each kind the named records come first, then the mentions; a kind none of whose matches is named is
/// left in catalog order, unmarked (`chatbot` names nothing, so nothing is a mere mention of it).
///
/// An exclusion never keeps the mentions of a word while it drops every record the word names: in
/// `alibaba -cloud`, `-cloud` leaves out Alibaba and its cloud division, so Baidu, JD.com and NetEase, which match
/// only because their evidence lists Alibaba, go too. Such a word then matches names alone.
enum Ranking {
    /// `documents` (the query's matches, ascending) without the mentions of words whose named records the
    /// exclusions all left out, and the mentions among the rest, ascending. `positiveMatches` gives the matches
    /// of a query without exclusions (from narrower results where the engine has them).
    static func rank(
        _ documents: [Int32], query: Query, index: SearchIndex, positiveMatches: (Query) -> [Int32]
    ) -> (documents: [Int32], mentions: [Int32]) {
        let words = query.terms.filter { $0.field == nil && !$0.negated }
        guard !words.isEmpty, !documents.isEmpty else { return (documents, []) }
        var documents = documents
        if query.terms.contains(where: \.negated) {
            let positive = Query(text: "", clauses: query.clauses.filter { $0.alternatives.allSatisfy { !$0.negated } })
            lazy var everyPositive = positiveMatches(positive)
            let orphaned = words.filter { word in
                filter(namedBy(word), index, documents).isEmpty
                    && !filter(Query(text: "", clauses: positive.clauses + namedBy(word).clauses), index, everyPositive).isEmpty
            }
            if !orphaned.isEmpty {
                let held = query.clauses.map { clause in
                    Clause(alternatives: clause.alternatives.flatMap { term in orphaned.contains(term) ? nameTerms(term) : [term] })
                }
                documents = filter(Query(text: query.text, clauses: held), index, documents)
            }
        }
        let named = filter(Query(text: "", clauses: [Clause(alternatives: words.flatMap(nameTerms))]), index, documents)
        guard named.count < documents.count else { return (documents, []) }
        var mentions: [Int32] = []
        mentions.reserveCapacity(documents.count - named.count)
        var next = 0
        var kind = 0
        var kindStart = 0
        var kindNamed = false
        func closeKind() {
            if !kindNamed { mentions.removeSubrange(kindStart...) }
            kindStart = mentions.count
            kindNamed = false
        }
        for document in documents {
            while Int(document) >= index.kindStarts[kind + 1] {
                closeKind()
                kind += 1
            }
            if next < named.count && named[next] == document {
                next += 1
                kindNamed = true
            } else {
                mentions.append(document)
            }
        }
        closeKind()
        return (documents, mentions)
    }

    /// The query matching the records `word` names.
    private static func namedBy(_ word: Term) -> Query {
        Query(text: "", clauses: [Clause(alternatives: nameTerms(word))])
    }

    /// `name:word | id:word | product:word`.
    private static func nameTerms(_ word: Term) -> [Term] {
        [Facet.name, .id, .product].map {
            Term(field: $0, value: word.value, folded: word.folded, negated: false, isPhrase: word.isPhrase, range: word.range)
        }
    }

    private static func filter(_ query: Query, _ index: SearchIndex, _ candidates: [Int32]) -> [Int32] {
        candidates.isEmpty ? [] : CompiledQuery(query, values: index.values).filter(index, candidates: candidates)
    }
}
