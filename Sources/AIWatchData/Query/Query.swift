/// A parsed filter: clauses that must all match (AND), each a list of alternatives of which one must match (OR).
/// An empty query matches everything. Make one with `QueryParser.parse`.
public struct Query: Equatable, Sendable {
    /// The text it was parsed from.
    public let text: String
    /// ANDed clauses, in the order typed.
    public let clauses: [Clause]

    /// The query that matches every record.
    public static let all = Query(text: "", clauses: [])

    /// Whether it matches every record.
    public var isEmpty: Bool { clauses.isEmpty }

    /// Every term, in the order typed.
    public var terms: [Term] { clauses.flatMap(\.alternatives) }

    /// Whether every record this query matches is also matched by `other`, judged from the text alone (so a
    /// search for this query may start from `other`'s results). True when each clause of `other` is implied by a
    /// clause of this one: `jingdong` implies `jing`, `a b` implies `a`, `-clou` implies `-cloud`.
    public func implies(_ other: Query) -> Bool {
        other.clauses.allSatisfy { wanted in clauses.contains { $0.implies(wanted) } }
    }
}

/// Alternatives of which at least one must match: `baidu | alibaba`. A single term is a clause of one.
public struct Clause: Equatable, Sendable {
    /// The ORed terms.
    public let alternatives: [Term]

    /// Whether every record matching this clause matches `other`.
    func implies(_ other: Clause) -> Bool {
        alternatives.allSatisfy { term in other.alternatives.contains { term.implies($0) } }
    }
}

/// One searched word, phrase or `field:value`, possibly excluded with `-`.
public struct Term: Equatable, Sendable {
    /// The facet for `field:value`, `nil` for a bare word or phrase (which search the record's text).
    public let field: Facet?
    /// The value as typed, without quotes.
    public let value: String
    /// `value` folded by `TextFolding`: what is matched.
    public let folded: [UInt8]
    /// `-word`: records containing it are left out.
    public let negated: Bool
    /// Whether it was written in quotes.
    public let isPhrase: Bool
    /// Where it is in the query text, in `Character` offsets (including `-`, the field name and quotes).
    public let range: Range<Int>

    /// Whether every record this term matches is matched by `other`.
    func implies(_ other: Term) -> Bool {
        guard field == other.field, negated == other.negated else { return false }
        return negated ? Term.bytes(other.folded, contain: folded) : Term.bytes(folded, contain: other.folded)
    }

    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: hay) != nil }
        }
    }
}
