/// What one scalar folds to.
enum FoldedScalar {
    case same
    case ascii(UInt8)
    case bytes(ArraySlice<UInt8>)
}

/// Appends folded bytes, collapsing whitespace runs and trimming both ends.
struct FoldSink {
    private let start: Int
    private var lastWasSpace: Bool

    /// A sink for text starting at `bytes[start]`, after a space or at the start when `lastWasSpace`.
    init(start: Int, lastWasSpace: Bool = true) {
        self.start = start
        self.lastWasSpace = lastWasSpace
    }

    @inline(__always)
    mutating func ascii(_ byte: UInt8, into bytes: inout [UInt8]) {
        let folded = TextFolding.lower(byte)
        if folded == 0x20 {
            if lastWasSpace { return }
            lastWasSpace = true
        } else {
            lastWasSpace = false
        }
        bytes.append(folded)
    }

    mutating func scalar(_ value: UInt32, into bytes: inout [UInt8]) {
        switch TextFolding.fold(scalar: value) {
        case .same:
            lastWasSpace = false
            if value < 0x10000 {
                bytes.append(UInt8(0xE0 | value >> 12))
            } else {
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            }
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case .ascii(let byte):
            ascii(byte, into: &bytes)
        case .bytes(let folded):
            for byte in folded {
                if byte < 0x80 { ascii(byte, into: &bytes) } else { bytes.append(byte); lastWasSpace = false }
            }
        }
    }

    mutating func finish(_ bytes: inout [UInt8]) {
        if lastWasSpace && bytes.count > start && bytes.last == 0x20 { bytes.removeLast() }
    }
}
