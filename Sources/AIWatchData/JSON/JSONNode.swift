/// A parsed JSON value together with where it starts in its file, so every later complaint about it can name a
/// line and column.
public struct JSONNode: Sendable {
    /// A JSON value; an array's and an object's elements are nodes, each with its own position.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in file order; keys are unique (the parser rejects duplicates).
        case object([(key: String, value: JSONNode)])
    }

    /// The value itself.
    public let value: Value
    // Positions are kept in 32 bits (files are at most 1 GiB): a data file is millions of nodes.
    private let storedLine: UInt32
    private let storedColumn: UInt32

    /// The line the value starts on, from 1.
    public var line: Int { Int(storedLine) }
    /// The column the value starts at, from 1, counted in Unicode scalars.
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
    /// What is wrong, e.g. `duplicate key "id"`.
    public let message: String
    /// The line of the error, from 1.
    public let line: Int
    /// The column of the error, from 1, counted in Unicode scalars.
    public let column: Int
}
