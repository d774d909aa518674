import Foundation
import TerminalKit

/// A strict RFC 8259 parser that records positions. Unlike `JSONSerialization` it reports line and column for
/// every error, rejects duplicate keys, a byte order mark, numbers that do not fit a Double, and nesting deeper
/// than `maxDepth`, so hand-edited data gets a precise message instead of a surprise.
///
/// Work per byte is kept in C or the standard library (UTF-8 validation, `strcspn` over string runs, counting
/// columns from the last counted position), so reading costs little more than a pass over the bytes.
public struct JSONParser {
    /// How deep arrays and objects may nest; deeper is an error, so hostile input cannot exhaust the stack.
    public static let maxDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The column of `countedIndex` on the line starting at `countedLineStart`: positions only move forward, so each
    /// column is counted from the previous one instead of from the start of the line.
    private var countedIndex = 0
    private var countedLineStart = 0
    private var countedColumn = 1
    /// Whether arrays and objects keep what they hold; when not, a document is only checked (an object still keeps
    /// its keys, to find a repeated one).
    private var keepsValues = true

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { bytes throws(JSONSyntaxError) in
            var parser = JSONParser(bytes: bytes)
            try parser.checkEncoding()
            parser.skipWhitespace()
            let node = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index < bytes.count { throw parser.error("unexpected text after the end of the document") }
            return node
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// How a document's top level turned out when its elements were handed out one by one.
    public enum TopLevel: Sendable {
        /// An array, whose elements were all handed out.
        case array
        /// Something else, checked for syntax but not kept: its kind (`JSONNode.kindName`) and where it starts.
        case other(kind: String, line: Int, column: Int)
    }

    /// Parses a whole document whose top level should be an array, handing `element` each of its elements (and
    /// the element's index) as soon as it is parsed, so that only one element's tree is in memory at a time; a
    /// data file of a million records costs one record. Any other top level is parsed without keeping its values.
    public static func forEachElement(
        of bytes: UnsafeBufferPointer<UInt8>, _ element: (JSONNode, Int) -> Void
    ) throws(JSONSyntaxError) -> TopLevel {
        var parser = JSONParser(bytes: bytes)
        try parser.checkEncoding()
        parser.skipWhitespace()
        let topLevel: TopLevel
        if parser.index < bytes.count && bytes[parser.index] == UInt8(ascii: "[") {
            try parser.streamArray(element)
            topLevel = .array
        } else {
            parser.keepsValues = false
            let node = try parser.parseValue(depth: 0)
            topLevel = .other(kind: node.kindName, line: node.line, column: node.column)
        }
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("unexpected text after the end of the document") }
        return topLevel
    }

    /// The top-level array at `index`, each element handed to `element` and then let go.
    private mutating func streamArray(_ element: (JSONNode, Int) -> Void) throws(JSONSyntaxError) {
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return }
        var count = 0
        while true {
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before ]") }
            element(try parseValue(depth: 1), count)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return }
            throw error("expected , or ] in an array")
        }
    }

    /// The one value that starts at `start`, and where it ends; nil when it is not well formed. For a reader that
    /// has found a value's bounds by itself and has the bytes before them checked: positions are not kept.
    static func value(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (node: JSONNode, end: Int)? {
        var parser = JSONParser(bytes: bytes)
        (parser.index, parser.lineStart, parser.countedIndex, parser.countedLineStart) = (start, start, start, start)
        guard let node = try? parser.parseValue(depth: 0) else { return nil }
        return (node, parser.index)
    }

    /// The column of `index`, counting scalars, not bytes (the bytes before `index` are valid UTF-8).
    private mutating func column() -> Int {
        let end = min(index, bytes.count)
        if countedLineStart != lineStart || countedIndex > end {
            countedLineStart = lineStart
            countedIndex = lineStart
            countedColumn = 1
        }
        countedColumn += Self.scalarCount(bytes, from: countedIndex, to: end)
        countedIndex = end
        return countedColumn
    }

    /// How many scalars start in `bytes[from..<to]`: the bytes that are not UTF-8 continuation bytes (`10xxxxxx`),
    /// counted eight at a time.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var continuations = 0
        var position = from
        while position + 8 <= to {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            continuations &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            position &+= 8
        }
        while position < to {
            if raw[position] & 0xC0 == 0x80 { continuations += 1 }
            position += 1
        }
        return to - from - continuations
    }

    private mutating func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: column())
    }

    private mutating func checkEncoding() throws(JSONSyntaxError) {
        if bytes.isEmpty { throw error("the file is empty") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw error("the file starts with a byte order mark; save it as UTF-8 without BOM") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || (bytes.count > 1 && bytes[1] == 0) {
            throw error("the file is UTF-16; save it as UTF-8")
        }
        if String(validating: bytes, as: UTF8.self) != nil { return }
        // Invalid somewhere. Skip the valid chunks (never splitting a scalar), count their lines, then decode the
        // failing chunk scalar by scalar to find the exact position.
        var start = 0
        while start < bytes.count {
            var end = min(start + (1 << 16), bytes.count)
            while end < bytes.count && end > start + 4 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            let valid = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) != nil
            if !valid { break }
            start = end
        }
        var position = 0
        while let newline = memchr(bytes.baseAddress! + position, 0x0A, start - position) {
            position = bytes.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            line += 1
            lineStart = position
        }
        var validator = bytes[start...].makeIterator()
        var decoder = UTF8()
        var offset = start
        while true {
            let scalarStart = offset
            switch decoder.decode(&validator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; lineStart = offset }
            case .emptyInput, .error:
                index = scalarStart
                throw error("invalid UTF-8")
            }
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
                // A long run of blanks (a file padded with megabytes of spaces) is skipped at C speed.
                if index + 256 < bytes.count && bytes[index] == 0x20 && bytes[index + 255] == 0x20 {
                    index = Self.blankRunEnd(bytes, from: index)
                }
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw error("unexpected end of file") }
        let startLine = line
        let startColumn = column()
        func node(_ value: JSONNode.Value) -> JSONNode { JSONNode(value: value, line: startLine, column: startColumn) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return node(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["): return node(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""): return node(.string(try parseString()))
        case UInt8(ascii: "t"): try expectWord("true"); return node(.bool(true))
        case UInt8(ascii: "f"): try expectWord("false"); return node(.bool(false))
        case UInt8(ascii: "n"): try expectWord("null"); return node(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return node(.number(try parseNumber()))
        case UInt8(ascii: "/"): throw error("comments are not allowed in JSON")
        case UInt8(ascii: "]"), UInt8(ascii: "}"): throw error("expected a value (trailing comma?)")
        default:
            if bytes[index...].starts(with: Array("NaN".utf8)) || bytes[index...].starts(with: Array("Infinity".utf8)) {
                throw error("NaN and Infinity are not JSON numbers")
            }
            throw error("expected a value")
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard bytes[index...].starts(with: expected) else { throw error("expected a value") }
        index += expected.count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) levels deep") }
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        // Records have a handful of keys, best checked for repeats by a scan; a huge object gets a set.
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error(bytes[index] == UInt8(ascii: "}") ? "trailing comma before }" : "expected a quoted key")
            }
            let (keyIndex, keyLine) = (index, line)
            let key = try parseString()
            if members.count == 16 { seen = Set(members.map(\.key)) }
            let repeated = seen == nil ? members.contains { $0.key == key } : !seen!.insert(key).inserted
            if repeated {
                index = keyIndex
                throw JSONSyntaxError(message: "duplicate key \"\(DataProblem.quoted(key))\"", line: keyLine, column: column())
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected : after a key") }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append((key, keepsValues ? value : JSONNode(value: .null, line: 0, column: 0)))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error("expected , or } in an object")
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) levels deep") }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before ]") }
            let element = try parseValue(depth: depth)
            if keepsValues { elements.append(element) }
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error("expected , or ] in an array")
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        var text = ""
        var runStart = index
        func flushRun(_ end: Int) {
            // Appending whole runs as strings keeps long strings fast (the scalar view appends one by one).
            text += String(decoding: bytes[runStart..<end], as: UTF8.self)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun(index)
                index += 1
                return text
            }
            if byte < 0x20 { throw error(byte == 0x0A ? "unterminated string" : "control character in a string; escape it") }
            if byte != UInt8(ascii: "\\") {
                index = plainRunEnd(from: index)
                continue
            }
            flushRun(index)
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): text.unicodeScalars.append("\"")
            case UInt8(ascii: "\\"): text.unicodeScalars.append("\\")
            case UInt8(ascii: "/"): text.unicodeScalars.append("/")
            case UInt8(ascii: "b"): text.unicodeScalars.append("\u{08}")
            case UInt8(ascii: "f"): text.unicodeScalars.append("\u{0C}")
            case UInt8(ascii: "n"): text.unicodeScalars.append("\n")
            case UInt8(ascii: "r"): text.unicodeScalars.append("\r")
            case UInt8(ascii: "t"): text.unicodeScalars.append("\t")
            case UInt8(ascii: "u"): text.unicodeScalars.append(try parseUnicodeEscape())
            default: index -= 1; throw error("invalid escape in a string")
            }
            runStart = index
        }
        throw error("unterminated string")
    }

    /// The position of the first byte from `start` that is not a space, tab or carriage return. Indentation ends
    /// within a few bytes, so those are scanned directly; past 4 KiB, `strspn` takes over on NUL-terminated copies
    /// of 16 KiB chunks.
    private static func blankRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let directEnd = min(bytes.count, start + 4096)
        var direct = start
        while direct < directEnd && (bytes[direct] == 0x20 || bytes[direct] == 0x09 || bytes[direct] == 0x0D) { direct += 1 }
        if direct < directEnd || direct == bytes.count { return direct }
        let chunkSize = 1 << 14
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: chunkSize + 1) { chunk in
            var position = direct
            while position < bytes.count {
                let length = min(chunkSize, bytes.count - position)
                memcpy(chunk.baseAddress!, bytes.baseAddress! + position, length)
                chunk[length] = 0
                let span = strspn(chunk.baseAddress!, " \t\r")
                if span < length { return position + span }
                position += length
            }
            return bytes.count
        }
    }

    /// The bytes that end a plain run inside a string: control bytes, the quote and the backslash (NUL-terminated).
    private static let runStops: [CChar] = (1...0x1F).map { CChar($0) } + [0x22, 0x5C, 0]

    /// The position of the first byte from `start` that ends a plain run of a string, or the end of the input.
    /// Short runs (nearly all) are scanned here; a long one by `strcspn` on NUL-terminated copies of 16 KiB chunks
    /// (a NUL byte stops it too, and is a control byte anyway).
    private func plainRunEnd(from start: Int) -> Int {
        var position = start
        while position < min(bytes.count, start + 256) {
            let byte = bytes[position]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return position }
            position += 1
        }
        guard position < bytes.count else { return position }
        let chunkSize = 1 << 14
        let scanStart = position
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: chunkSize + 1) { chunk in
            var position = scanStart
            while position < bytes.count {
                let length = min(chunkSize, bytes.count - position)
                memcpy(chunk.baseAddress!, bytes.baseAddress! + position, length)
                chunk[length] = 0
                let found = strcspn(chunk.baseAddress!, Self.runStops)
                if found < length { return position + found }
                position += length
            }
            return bytes.count
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value * 16 + digit
        }
        index += 4
        return value
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try parseHex4()
                if (0xDC00...0xDFFF).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                    return scalar
                }
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        if integerDigits == 0 { throw error("invalid number") }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") { index = integerStart; throw error("numbers may not have leading zeros") }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            isInteger = false
            if digits() == 0 { throw error("invalid number: digits expected after .") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            isInteger = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw error("invalid number: digits expected in the exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger && Int64(text) == nil {
            index = start
            throw error("integer \(text.prefix(24)) is out of range")
        }
        guard let value = Double(text), value.isFinite else {
            index = start
            throw error("number \(text.prefix(24)) is out of range")
        }
        return value
    }
}
