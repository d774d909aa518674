/// Writes JSON with members in the order given, indented like the bundled data files (two spaces, one member a
/// line), so a written catalog reads like a hand-made one.
public struct JSONWriter {
    /// What is written so far.
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written already holds a value (a comma comes before the next one).
    private var hasValue: [Bool] = []

    /// An empty writer with room for `capacity` bytes.
    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes an array, calling `body` to write its elements.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Writes an object, calling `body` to write its members.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes a member's key; the member's value is written next.
    public mutating func key(_ name: String) {
        startValue()
        append(string: name)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
        keyPending = true
    }

    /// A string, escaped.
    public mutating func value(_ text: String) {
        startValue()
        append(string: text)
    }

    /// `true` or `false`.
    public mutating func value(_ flag: Bool) {
        startValue()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// A number, written without a fraction when it is whole (`1048`, not `1048.0`).
    public mutating func value(_ number: Double) {
        startValue()
        if number == number.rounded(), abs(number) < 1e15 {
            bytes.append(contentsOf: String(Int64(number)).utf8)
        } else {
            bytes.append(contentsOf: "\(number)".utf8)
        }
    }

    /// An array of strings.
    public mutating func value(_ texts: [String]) {
        array { writer in
            for text in texts { writer.value(text) }
        }
    }

    /// The member `name` with `text`, left out when `text` is nil.
    public mutating func member(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        value(text)
    }

    /// The member `name` with an array of `texts`, written even when empty.
    public mutating func member(_ name: String, _ texts: [String]) {
        key(name)
        value(texts)
    }

    /// The member `name` with `number`, left out when `number` is nil.
    public mutating func member(_ name: String, _ number: Double?) {
        guard let number else { return }
        key(name)
        value(number)
    }

    // MARK: - Layout

    /// Set between a key and its value, which then follows on the same line.
    private var keyPending = false

    private mutating func startValue() {
        if keyPending {
            keyPending = false
            return
        }
        if let last = hasValue.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            hasValue[hasValue.count - 1] = true
            newline()
        }
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        hasValue.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasValue.removeLast() { newline() }
        bytes.append(bracket)
        if depth == 0 { bytes.append(UInt8(ascii: "\n")) }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(string: String) {
        JSONWriter.appendQuoted(string, to: &bytes)
    }

    /// `text` as a JSON string literal, quotes included: the one JSON escaping, also for JSON written by hand.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
