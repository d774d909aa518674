import TerminalKit

/// What the record decoders (`RecordDecoding.swift`) need of one JSON object: its fields by name, each checked for
/// type. Two readers implement it: `ObjectReader` on a parse tree, which says where every problem is, and
/// `ByteObjectReader` straight on a file's bytes, which only notices that there is one. Both apply the same rules:
/// a missing required field, a field of the wrong type, a blank required string and an unknown field are problems;
/// null stands for an absent optional field; a string longer than its `FieldLimit` is a problem; every string
/// returned has been through the `Sanitizer`.
protocol FieldReading {
    /// The string field `key`, which may hold no more than `limit` allows.
    func optionalString(_ key: String, required: Bool, limit: FieldLimit) -> String?
    /// The required string field `key`, as a record keeps its long text.
    func text(_ key: String, limit: FieldLimit) -> StoredText
    func optionalNumber(_ key: String, required: Bool) -> Double?
    func bool(_ key: String) -> Bool
    func strings(_ key: String, required: Bool, limit: FieldLimit) -> [String]
    /// The string field `key` as one of `E`'s cases; a problem when it is none of them.
    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) -> E? where E.RawValue == String
    /// Each object of the array field `key`, made into a value by `read`.
    func objects<T>(_ key: String, required: Bool, _ read: (Self) -> T) -> [T]
    func object(_ key: String, required: Bool) -> Self?
    /// Whether the object has a member `key`, whatever its value.
    func contains(_ key: String) -> Bool
    func problem(_ message: @autoclosure () -> String, field: String?)
    /// A problem for each field that was never asked for: usually a typo in a hand-edited file.
    func rejectUnknownFields()
}

extension FieldReading {
    func string(_ key: String, _ limit: FieldLimit) -> String { optionalString(key, required: true, limit: limit) ?? "" }
    func text(_ key: String, _ limit: FieldLimit) -> StoredText { text(key, limit: limit) }
    func optionalString(_ key: String, _ limit: FieldLimit) -> String? { optionalString(key, required: false, limit: limit) }
    func number(_ key: String) -> Double { optionalNumber(key, required: true) ?? 0 }
    func optionalNumber(_ key: String) -> Double? { optionalNumber(key, required: false) }
    func strings(_ key: String, _ limit: FieldLimit) -> [String] { strings(key, required: true, limit: limit) }
    func objects<T>(_ key: String, _ read: (Self) -> T) -> [T] { objects(key, required: true, read) }
    func object(_ key: String) -> Self? { object(key, required: false) }

    /// Whether `text` holds nothing but spaces and tabs (Unicode space separators included). Stops at the first
    /// other character, so it costs next to nothing on real text.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
        }
    }
}
