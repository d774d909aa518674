/// The most a string field of the schema may hold (`Data/README.md` lists each field's): a hand-edited or hostile
/// file cannot put a megabyte name on the screen, and every bundled record passes with room to spare.
public enum FieldLimit: String, CaseIterable, Sendable {
    /// An id, and every reference to one.
    case identifier
    /// A name, a title, a label, a short phrase.
    case shortText
    /// A summary, a requirement, a note.
    case longText
    /// A verbatim quote of a source.
    case quote
    /// An address.
    case url

    /// How many bytes (for an id) or characters (`Character`s, as they are seen) it allows.
    public var amount: Int {
        switch self {
        case .identifier: return 64
        case .shortText: return 200
        case .longText: return 4_000
        case .quote, .url: return 2_000
        }
    }

    /// Whether it counts UTF-8 bytes rather than characters: an id is matched byte for byte.
    public var countsBytes: Bool { self == .identifier }

    /// The limit as the field reference writes it: "64 bytes", "200 characters".
    public var description: String { "\(amount) " + (countsBytes ? "bytes" : "characters") }

    /// What is wrong with `text` (unescaped, before sanitizing) for this limit, or nil when it fits:
    /// "1000000 characters, at most 200". A text of at most `amount` bytes fits without counting its characters.
    func excess(_ text: String) -> String? {
        let bytes = text.utf8.count
        guard bytes > amount else { return nil }
        let count = countsBytes ? bytes : text.count
        guard count > amount else { return nil }
        return "\(count) \(countsBytes ? "bytes" : "characters"), at most \(amount)"
    }
}
