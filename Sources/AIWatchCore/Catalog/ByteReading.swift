import Foundation

/// Reads a data file's records straight from its bytes, with no parse tree: the way a valid file is loaded. It
/// accepts exactly what `JSONParser` and `ObjectReader` accept, but only notes that something is wrong; the loader
/// then reads the files that way to say what and where.
///
/// An object is read in two steps: its members are found first (each value only skipped over, to learn where it
/// ends), then each value is read strictly when a decoder asks for it and must end where it was found to end. A
/// value no decoder asks for is an unknown field, which is a problem in itself, so a skipped value is never trusted.
final class ByteReading {
    /// Where one member of an object is: its key's characters (between the quotes) and its value.
    struct Member {
        let keyStart: Int, keyEnd: Int
        let valueStart: Int, valueEnd: Int
    }

    /// The records of the top-level array of `file`, each decoded by `decode`, or nil when anything is wrong.
    /// `progress` hears how many bytes are read, every 256 records.
    static func records<Record>(
        in file: [UInt8], progress: ((Int) -> Void)?, decode: (ByteObjectReader) -> Record
    ) -> [Record]? {
        file.withUnsafeBufferPointer { bytes in
            let reading = ByteReading(bytes: bytes, file: file)
            return reading.records(progress: progress, decode: decode)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The same bytes, for `JSONParser` to read the values it is handed.
    private let file: [UInt8]
    // The scratch space is only ever touched by the one thread reading the file, so its accesses go unchecked.
    /// The members of every object of the record being read; a reader holds a range of them.
    @exclusivity(unchecked) private var members = Scratch<Member>(capacity: 256)
    /// For each object of the record being read, which of its members were asked for, a bit each.
    @exclusivity(unchecked) private(set) var used = Scratch<UInt64>(capacity: 64)
    /// Set at the first problem; the reading then stops at the end of the record.
    @exclusivity(unchecked) var failed = false

    private init(bytes: UnsafeBufferPointer<UInt8>, file: [UInt8]) {
        self.bytes = bytes
        self.file = file
    }

    deinit {
        members.deallocate()
        used.deallocate()
    }

    private func records<Record>(progress: ((Int) -> Void)?, decode: (ByteObjectReader) -> Record) -> [Record]? {
        var records: [Record] = []
        // Room for records of half a kilobyte, which data usually exceeds: growing the array copies it each time.
        records.reserveCapacity(bytes.count / 512)
        var position = skipWhitespace(from: 0)
        guard byte(at: position) == UInt8(ascii: "[") else { return nil }
        position = skipWhitespace(from: position + 1)
        if byte(at: position) == UInt8(ascii: "]") {
            position += 1
        } else {
            while true {
                members.removeAll()
                used.removeAll()
                guard let reader = object(at: position) else { return nil }
                records.append(decode(reader))
                if failed { return nil }
                if let progress, records.count % 256 == 0 { progress(reader.end) }
                position = skipWhitespace(from: reader.end)
                if byte(at: position) == UInt8(ascii: ",") {
                    position = skipWhitespace(from: position + 1)
                } else if byte(at: position) == UInt8(ascii: "]") {
                    position += 1
                    break
                } else {
                    return nil
                }
            }
        }
        return skipWhitespace(from: position) == bytes.count ? records : nil
    }

    /// The byte at `position`, or 0 past the end: 0 is wrong wherever a token is expected, and inside a string.
    private func byte(at position: Int) -> UInt8 {
        position < bytes.count ? bytes[position] : 0
    }

    private func skipWhitespace(from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x09, 0x0D: position += 1
            default: return position
            }
        }
        return position
    }

    // MARK: Finding members

    /// A reader of the object that starts at `start`, its members found; nil if it is no well-formed object, has a
    /// repeated or escaped key, or more members than a record's schema could know.
    func object(at start: Int) -> ByteObjectReader? {
        guard byte(at: start) == UInt8(ascii: "{") else { return nil }
        let first = members.count
        var position = skipWhitespace(from: start + 1)
        if byte(at: position) != UInt8(ascii: "}") {
            while true {
                guard byte(at: position) == UInt8(ascii: "\""), members.count - first < 64 else { return nil }
                let keyStart = position + 1
                var keyEnd = keyStart
                while byte(at: keyEnd) != UInt8(ascii: "\"") {
                    // An escaped key is rare enough to leave to the located reading.
                    guard byte(at: keyEnd) >= 0x20, byte(at: keyEnd) != UInt8(ascii: "\\") else { return nil }
                    keyEnd += 1
                }
                if (first..<members.count).contains(where: { isKey(at: members[$0], keyStart..<keyEnd) }) { return nil }
                position = skipWhitespace(from: keyEnd + 1)
                guard byte(at: position) == UInt8(ascii: ":") else { return nil }
                let valueStart = skipWhitespace(from: position + 1)
                guard let valueEnd = skipValue(at: valueStart) else { return nil }
                members.append(Member(keyStart: keyStart, keyEnd: keyEnd, valueStart: valueStart, valueEnd: valueEnd))
                position = skipWhitespace(from: valueEnd)
                if byte(at: position) == UInt8(ascii: "}") { break }
                guard byte(at: position) == UInt8(ascii: ",") else { return nil }
                position = skipWhitespace(from: position + 1)
            }
        }
        used.append(0)
        return ByteObjectReader(reading: self, members: first..<members.count, slot: used.count - 1, end: position + 1)
    }

    private func isKey(at member: Member, _ key: Range<Int>) -> Bool {
        member.keyEnd - member.keyStart == key.count
            && memcmp(bytes.baseAddress! + member.keyStart, bytes.baseAddress! + key.lowerBound, key.count) == 0
    }

    /// The position of the member named `key` among `range`.
    func position(of key: String, in range: Range<Int>) -> Int? {
        var key = key
        return key.withUTF8 { key in
            range.first { index in
                let member = members[index]
                return member.keyEnd - member.keyStart == key.count
                    && memcmp(bytes.baseAddress! + member.keyStart, key.baseAddress ?? bytes.baseAddress!, key.count) == 0
            }
        }
    }

    func member(_ index: Int) -> Member { members[index] }

    /// Notes that member `index` (of `reader`'s object) was asked for.
    func markUsed(_ index: Int, of reader: ByteObjectReader) {
        used[reader.slot] |= 1 << (index - reader.members.lowerBound)
    }

    /// Where the value starting at `start` ends, found without reading it: strings to their closing quote,
    /// containers to their matching bracket, numbers and words to their last character.
    private func skipValue(at start: Int) -> Int? {
        switch byte(at: start) {
        case UInt8(ascii: "\""):
            return skipString(at: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var position = start
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    guard let end = skipString(at: position) else { return nil }
                    position = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    if depth > JSONParser.maxDepth { return nil }
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                default: break
                }
                position += 1
            }
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            var position = start + 1
            while true {
                switch byte(at: position) {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                    position += 1
                default:
                    return position
                }
            }
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            var position = start + 1
            while (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte(at: position)) { position += 1 }
            return position
        default:
            return nil
        }
    }

    /// Where the string starting at `start` ends, just past its closing quote; nil at a control byte. Eight bytes
    /// at a time while none of them is a quote, a backslash or a control byte.
    private func skipString(at start: Int) -> Int? {
        guard byte(at: start) == UInt8(ascii: "\"") else { return nil }
        var position = start + 1
        while position + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
            if Self.mayEndRun(word) { break }
            position += 8
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { return position + 1 }
            if byte < 0x20 { return nil }
            position += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        return nil
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is a quote, a backslash or below 0x20 (exact for the test, as a word goes).
    private static func mayEndRun(_ word: UInt64) -> Bool {
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        return hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || (word &- ones &* 0x20) & ~word & highBits != 0
    }

    /// Whether every byte of `characters` is printable ASCII other than the backslash: text that needs no
    /// validating, unescaping or sanitizing.
    private static func isPlainASCII(_ characters: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position + 8 <= characters.count {
            let word = UnsafeRawPointer(characters.baseAddress! + position).loadUnaligned(as: UInt64.self)
            // A byte at or above 0x7F, below 0x20, or a backslash.
            if word & highBits != 0 || (word &+ ones &* 0x01) & highBits != 0 || (word &- ones &* 0x20) & ~word & highBits != 0
                || (word ^ (ones &* 0x5C) &- ones) & ~(word ^ (ones &* 0x5C)) & highBits != 0 {
                return false
            }
            position += 8
        }
        while position < characters.count {
            let byte = characters[position]
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\\") { return false }
            position += 1
        }
        return true
    }

    // MARK: Reading values

    func isNull(_ member: Member) -> Bool {
        isWord("null", member)
    }

    func bool(_ member: Member) -> Bool? {
        if isWord("true", member) { return true }
        if isWord("false", member) { return false }
        return nil
    }

    private func isWord(_ word: StaticString, _ member: Member) -> Bool {
        member.valueEnd - member.valueStart == word.utf8CodeUnitCount
            && memcmp(bytes.baseAddress! + member.valueStart, word.utf8Start, word.utf8CodeUnitCount) == 0
    }

    /// Whether the string `member` starts with a printable ASCII character other than a space: one that is not
    /// blank, as its first byte shows without reading it.
    func startsVisibly(_ member: Member) -> Bool {
        let first = byte(at: member.valueStart + 1)
        return first > 0x20 && first < 0x7F && first != UInt8(ascii: "\"") && first != UInt8(ascii: "\\")
    }

    func string(_ member: Member) -> String? {
        string(from: member.valueStart, to: member.valueEnd)
    }

    /// The string that spans `start..<end`, quotes included, sanitized.
    private func string(from start: Int, to end: Int) -> String? {
        guard byte(at: start) == UInt8(ascii: "\""), end - start >= 2 else { return nil }
        let characters = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
        if Self.isPlainASCII(characters) { return String(decoding: characters, as: UTF8.self) }
        guard let text = String(validating: characters, as: UTF8.self) else { return nil }
        guard characters.contains(UInt8(ascii: "\\")) else { return Sanitizer.clean(text) }
        guard let read = JSONParser.value(in: file, at: start), read.end == end, case .string(let unescaped) = read.node.value else { return nil }
        return Sanitizer.clean(unescaped)
    }

    func number(_ member: Member) -> Double? {
        guard let read = JSONParser.value(in: file, at: member.valueStart), read.end == member.valueEnd,
            case .number(let value) = read.node.value
        else { return nil }
        return value
    }

    /// Calls `body` with where each element of the array `member` starts; `body` answers where the element ends,
    /// or nil when it is not what was wanted. False when the array is not well formed or `body` answered nil.
    func forEachElement(of member: Member, _ body: (_ start: Int) -> Int?) -> Bool {
        guard byte(at: member.valueStart) == UInt8(ascii: "[") else { return false }
        var position = skipWhitespace(from: member.valueStart + 1)
        if byte(at: position) == UInt8(ascii: "]") { return position + 1 == member.valueEnd }
        while true {
            guard let end = body(position) else { return false }
            position = skipWhitespace(from: end)
            if byte(at: position) == UInt8(ascii: "]") { return position + 1 == member.valueEnd }
            guard byte(at: position) == UInt8(ascii: ",") else { return false }
            position = skipWhitespace(from: position + 1)
        }
    }

    /// The strings of the array `member`; nil when it is not an array of strings.
    func strings(_ member: Member) -> [String]? {
        var strings: [String] = []
        let wellFormed = forEachElement(of: member) { start in
            guard let end = skipString(at: start), let text = string(from: start, to: end) else { return nil }
            strings.append(text)
            return end
        }
        return wellFormed ? strings : nil
    }
}
