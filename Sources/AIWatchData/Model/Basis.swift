/// Whether an article states a link (or a date) itself, or the compilers of the data inferred it from what the
/// article does say; an inference carries its reason, so a reader can judge it.
public enum Basis: Equatable, Hashable, Sendable {
    /// The article says it in so many words.
    case stated
    /// The compilers worked it out; `reason` says from what, in a sentence.
    case inferred(reason: String)

    /// The word a data file spells it with, and the word the screens and exports show: "stated" or "inferred".
    public var word: String { isInferred ? "inferred" : "stated" }

    /// Whether the compilers inferred it.
    public var isInferred: Bool {
        if case .inferred = self { return true }
        return false
    }

    /// Why it was inferred; nil when it is stated.
    public var reason: String? {
        if case .inferred(let reason) = self { return reason }
        return nil
    }

    /// The mark screens show beside it: a filled dot for stated, a hollow one for inferred, always next to the
    /// word, so the difference never rests on colour or shape alone.
    public var marker: Character { isInferred ? "○" : "●" }
}

/// A reference to an organisation together with whether stated in the article: an `affects` of a regulation, or
/// a product's organisation.
public struct Link: Equatable, Hashable, Sendable {
    /// The id of the organisation linked to.
    public let id: String
    /// Whether the article states the link, or why the compilers inferred it.
    public let basis: Basis

    /// A link to `id`, on `basis` (stated unless told otherwise).
    public init(id: String, basis: Basis = .stated) {
        self.id = id
        self.basis = basis
    }
}
