import Foundation

/// The one text normalisation that search uses, so that matching is case-, accent- and width-insensitive: the
/// index, the query and the highlighter all fold with it, and so always agree.
///
/// Folding lowercases, strips accents and other combining marks (`É` → `e`), maps compatibility forms to their
/// plain ones (fullwidth `ｃｌｏｕｄ` → `cloud`, `ﬁ` → `fi`, NFKD-style), turns typographic quotes and dashes into
/// ASCII ones (`King’s` → `king's`, `–` → `-`), drops invisible format characters, and collapses every run of
/// whitespace or control characters into one space, trimmed at both ends. Chinese characters are kept as they are.
/// ASCII text takes a fast path that never leaves the byte loop.
public enum TextFolding {
    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        String(decoding: foldedBytes(text), as: UTF8.self)
    }

    /// The folded form of `text` as UTF-8 bytes.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    /// Appends the folded form of `text` to `bytes` (trimmed: nothing is appended for blank text).
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &bytes) }
    }

    /// Appends the folded form of the valid UTF-8 `utf8` to `bytes`, as `append(_:to:)` does.
    static func append(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let start = bytes.count
        // Fast path: copy the text in and fold its ASCII prefix (usually all of it) in place; folding ASCII
        // never lengthens it, so the write position never passes the read position.
        bytes.append(contentsOf: utf8)
        var written = start
        var lastWasSpace = true
        var i = 0
        let count = utf8.count
        asciiTable.withUnsafeBufferPointer { table in
            bytes.withUnsafeMutableBufferPointer { output in
                while i < count {
                    let byte = output[start &+ i]
                    if byte >= 0x80 { break }
                    let folded = table[Int(byte)]
                    let isSpace = folded == 0x20
                    output[written] = folded
                    written &+= isSpace && lastWasSpace ? 0 : 1
                    lastWasSpace = isSpace
                    i &+= 1
                }
            }
        }
        bytes.removeLast(bytes.count - written)
        var sink = FoldSink(start: start, lastWasSpace: lastWasSpace)
        defer { sink.finish(&bytes) }
        while i < count {
            let lead = utf8[i]
            if lead < 0x80 {
                sink.ascii(lead, into: &bytes)
                i += 1
                continue
            }
            let (scalar, length) = decode(utf8, at: i)
            sink.scalar(scalar, into: &bytes)
            i += length
        }
    }

    /// `text` folded with a map from each folded byte back to the `Character` it came from, for highlighting.
    public static func mapped(_ text: String) -> FoldedText {
        var bytes: [UInt8] = []
        var owners: [Int32] = []
        var starts: [String.Index] = []
        var sink = FoldSink(start: 0)
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let owner = Int32(starts.count)
            starts.append(index)
            for scalar in text.unicodeScalars[index..<next] {
                if scalar.isASCII { sink.ascii(UInt8(scalar.value), into: &bytes) } else { sink.scalar(scalar.value, into: &bytes) }
                while owners.count < bytes.count { owners.append(owner) }
            }
            index = next
        }
        starts.append(text.endIndex)
        sink.finish(&bytes)
        owners.removeLast(owners.count - bytes.count)
        return FoldedText(bytes: bytes, owners: owners, characterStarts: starts)
    }

    /// Decodes the (valid, since it came from a `String`) UTF-8 sequence at `i`.
    @inline(__always)
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(utf8[i])
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F), 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
        return (value | UInt32(utf8[i + 3] & 0x3F), 4)
    }

    /// The folded form of one non-ASCII scalar, before whitespace collapsing.
    static func fold(scalar value: UInt32) -> FoldedScalar {
        if let byte = asciiStandIn(value) { return .ascii(byte) }
        switch value {
        case 0x80..<0x250, 0x1E00..<0x1F00: return .bytes(latinTable.entry(value))
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE00...0xFE0F, 0xFEFF: return .bytes([])
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x20000...0x3FFFF: return .same
        case 0xFF01...0xFF5E: return .ascii(lower(UInt8(value - 0xFEE0)))
        default: return .bytes(computeFold(value)[...])
        }
    }

    /// The ASCII form of typographic quotes, dashes and spaces.
    private static func asciiStandIn(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035: return UInt8(ascii: "'")
        case 0x201C...0x201F, 0x2033, 0x2036: return UInt8(ascii: "\"")
        case 0x2010...0x2015, 0x2212: return UInt8(ascii: "-")
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return 0x20
        default: return nil
        }
    }

    /// Compatibility decomposition, minus marks, lowercased, with typographic punctuation made ASCII.
    static func computeFold(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        var result: [UInt8] = []
        for part in String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator: result.append(0x20); continue
            default: break
            }
            if part.isASCII {
                result.append(lower(UInt8(part.value)))
            } else if let byte = asciiStandIn(part.value) {
                result.append(byte)
            } else {
                result.append(contentsOf: part.properties.lowercaseMapping.utf8)
            }
        }
        return result
    }

    /// `lower` of every ASCII byte.
    private static let asciiTable: [UInt8] = (0..<128).map { lower(UInt8($0)) }

    /// An ASCII byte lowercased, controls and DEL as spaces.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        if byte &- 0x41 < 26 { return byte | 0x20 }
        if byte < 0x20 || byte == 0x7F { return 0x20 }
        return byte
    }

    /// Latin-1 Supplement, Latin Extended A/B and Latin Extended Additional, folded once on first use (about a
    /// millisecond).
    static let latinTable = LatinFoldTable()
}

/// The folds of U+0080…U+024F and U+1E00…U+1EFF, stored flat.
struct LatinFoldTable: Sendable {
    private let bytes: [UInt8]
    private let offsets: [UInt16]

    init() {
        var bytes: [UInt8] = []
        var offsets: [UInt16] = [0]
        for value in Array(UInt32(0x80)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
            bytes.append(contentsOf: TextFolding.computeFold(value))
            offsets.append(UInt16(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    func entry(_ value: UInt32) -> ArraySlice<UInt8> {
        let i = value < 0x250 ? Int(value - 0x80) : Int(value - 0x1E00) + 0x1D0
        return bytes[Int(offsets[i])..<Int(offsets[i + 1])]
    }
}
