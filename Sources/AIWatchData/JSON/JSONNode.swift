/// A parsed JSON value together with where it starts in its file, so every later complaint about it can name a
/// line and column.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in file order; keys are unique (the parser rejects duplicates).
        case object([(key: String, value: JSONNode)])
    }

    public let value: Value
    // Positions are kept in 32 bits (files are at most 1 GiB): a data file is millions of nodes.
    private let storedLine: UInt32
    private let storedColumn: UInt32

    public var line: Int { Int(storedLine) }
    public var column: Int { Int(storedColumn) }

    init(value: Value, line: Int, column: Int) {
        self.value = value
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// What kind of value this is, for error messages.
    public var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON document that is not well formed.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public let message: String
    public let line: Int
    public let column: Int
}
