import Foundation

/// Substring search on raw bytes: the inner loop of filtering.
///
/// `contains` tests 16 positions at a time: it compares the needle's first and last bytes, and a rare one between
/// them (by English letter frequency), against 16 positions each, and checks the whole needle only where all
/// agree, which skips ordinary text at several bytes per cycle. It reads up to `padding` bytes past the searched range, so the buffer must
/// have them (the index pads its text).
enum ByteSearch {
    /// Bytes that `contains` may read past the end of its range.
    static let padding = 16

    /// The offset of the first occurrence of `needle` in `haystack` at or after `from` (no padding needed).
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let base = haystack.baseAddress else { return needle.isEmpty ? 0 : nil }
        return firstIndex(of: needle, in: base, from: from, to: haystack.count)
    }

    /// The offset of the first occurrence of `needle` in `base[from..<to]` (no padding needed).
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Int? {
        let count = needle.count
        guard count > 0 else { return from }
        guard end - from >= count, let pattern = needle.baseAddress else { return nil }
        let first = pattern[0]
        var i = from
        while i + count <= end {
            if base[i] == first && memcmp(base + i, pattern, count) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `base[from..<to]`; `base[to..<to + padding]` must be readable.
    @inline(__always)
    static func contains(_ needle: Needle, _ pattern: UnsafePointer<UInt8>, in base: UnsafePointer<UInt8>, from: Int, to end: Int) -> Bool {
        let last = end &- needle.count
        guard last >= from else { return false }
        switch needle.count {
        case 1: return containsByte(needle.byteA, in: base, from: from, last: last)
        case 2: return containsPair(needle, in: base, from: from, last: last)
        default: return containsLonger(needle, pattern, in: base, from: from, last: last)
        }
    }

    /// One-byte needles, inline rather than a `memchr` call: most records have the byte near their start.
    @inline(__always)
    private static func containsByte(_ byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, last: Int) -> Bool {
        let probe = SIMD16<UInt8>(repeating: byte)
        let raw = UnsafeRawPointer(base)
        var i = from
        while i <= last {
            let hits = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) .== probe
            if any(hits) { return i &+ laneBits(hits).trailingZeroBitCount <= last }
            i &+= 16
        }
        return false
    }

    /// Two-byte needles: both bytes are probed, so every hit is a match.
    @inline(__always)
    private static func containsPair(_ needle: Needle, in base: UnsafePointer<UInt8>, from: Int, last: Int) -> Bool {
        let probeA = SIMD16<UInt8>(repeating: needle.byteA)
        let probeB = SIMD16<UInt8>(repeating: needle.byteB)
        let raw = UnsafeRawPointer(base)
        var i = from
        while i <= last {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i &+ 1, as: SIMD16<UInt8>.self)
            let hits = (a .== probeA) .& (b .== probeB)
            if any(hits) { return i &+ laneBits(hits).trailingZeroBitCount <= last }
            i &+= 16
        }
        return false
    }

    /// Needles of three bytes or more: first, last and a rare middle byte are probed, the rest checked on a hit.
    @inline(__always)
    private static func containsLonger(_ needle: Needle, _ pattern: UnsafePointer<UInt8>, in base: UnsafePointer<UInt8>, from: Int, last: Int) -> Bool {
        let probeA = SIMD16<UInt8>(repeating: needle.byteA)
        let probeB = SIMD16<UInt8>(repeating: needle.byteB)
        let probeC = SIMD16<UInt8>(repeating: needle.byteC)
        let raw = UnsafeRawPointer(base)
        var i = from
        while i <= last {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i &+ needle.offsetB, as: SIMD16<UInt8>.self)
            let c = raw.loadUnaligned(fromByteOffset: i &+ needle.offsetC, as: SIMD16<UInt8>.self)
            let hits = (a .== probeA) .& (b .== probeB) .& (c .== probeC)
            if any(hits) {
                var bits = laneBits(hits)
                while bits != 0 {
                    let at = i &+ bits.trailingZeroBitCount
                    if at > last { return false }
                    if needle.count == 3 { return true }
                    if needle.isShort {
                        let window = raw.loadUnaligned(fromByteOffset: at, as: SIMD16<UInt8>.self)
                        if all(window .== needle.head .| needle.ignored) { return true }
                    } else if memcmp(base + at, pattern, needle.count) == 0 {
                        return true
                    }
                    bits &= bits &- 1
                }
            }
            i &+= 16
        }
        return false
    }

    /// Bit `i` set when lane `i` of `mask` is.
    @inline(__always)
    private static func laneBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let weights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
        let weighted = SIMD16<UInt8>(truncatingIfNeeded: mask._storage) & weights
        return UInt32(weighted.lowHalf.wrappedSum()) | UInt32(weighted.highHalf.wrappedSum()) << 8
    }
}

/// A folded search string prepared for `ByteSearch.contains`: its length, three of its bytes (first, last and the
/// rarest between) that are compared 16 positions at a time, and for needles of up to 16 bytes the needle itself
/// as a vector, so a candidate is confirmed without a call.
struct Needle: Sendable {
    let count: Int
    let offsetB: Int
    let offsetC: Int
    let byteA: UInt8
    let byteB: UInt8
    let byteC: UInt8
    /// Whether the needle fits in `head`.
    let isShort: Bool
    /// The needle's bytes, zero after the end.
    let head: SIMD16<UInt8>
    /// Lanes past the needle's end (all ones there), so that comparing ignores them.
    let ignored: SIMDMask<SIMD16<Int8>>

    /// Prepares `bytes` (non-empty).
    init(_ bytes: [UInt8]) {
        count = bytes.count
        offsetB = count - 1
        offsetC = count < 3 ? 0 : (1..<(count - 1)).min { (Needle.commonness[Int(bytes[$0])], $0) < (Needle.commonness[Int(bytes[$1])], $1) }!
        byteA = bytes[0]
        byteB = bytes[offsetB]
        byteC = bytes[offsetC]
        isShort = count <= 16
        var head = SIMD16<UInt8>(repeating: 0)
        var ignored = SIMDMask<SIMD16<Int8>>(repeating: true)
        for i in 0..<min(count, 16) {
            head[i] = bytes[i]
            ignored[i] = false
        }
        self.head = head
        self.ignored = ignored
    }

    /// How common each byte is in folded English text with some Chinese (higher is more common).
    private static let commonness: [UInt8] = (0..<256).map { byte in
        let letters = Array("zqjxkvbpygfwmucldrhsnioate".utf8)
        if let rank = letters.firstIndex(of: UInt8(byte)) { return UInt8(10 + rank * 3) }
        switch byte {
        case 0x20: return 100
        case 0x30...0x39: return 8
        case 0x27, 0x2C, 0x2D, 0x2E: return 20
        case 0xE0...0xEF: return 30
        case 0x80...0xBF: return 6
        default: return 4
        }
    }
}
