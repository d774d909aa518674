/// The kinds of top-level record, in catalog order: each a list of its own in the catalog and in the search index
/// (products and quotes live inside their organisation and person).
public enum RecordKind: Int, CaseIterable, Comparable, Sendable {
    case organisation, regulation, statistic, person, event, source

    /// Catalog order: organisations first, sources last.
    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
