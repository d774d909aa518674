import Foundation
import TerminalKit

/// Reads a data file's records straight from its bytes, with no parse tree: the way a valid file is loaded. It
/// accepts exactly what `JSONParser` and `ObjectReader` accept, or less, and only notes that something is wrong;
/// the loader then reads the files that way to say what and where.
///
/// A record is read in two steps. It is scanned once, whole: for each of its objects the members, for each of its
/// arrays the elements, for each value where it starts and ends (and for a string whether it is plain ASCII). Then
/// each value is read strictly when a decoder asks for it. A value no decoder asks for is an unknown field, which
/// is a problem in itself, so a value that was only scanned is never trusted.
final class ByteReading {
    /// A value of the record being read, as scanning found it.
    struct Value: BitwiseCopyable {
        enum Kind: BitwiseCopyable { case plainString, string, object, array, scalar }
        /// From its first character to just past its last.
        let start: Int, end: Int
        let kind: Kind
        /// An object's members (indices in `members`) or an array's elements (in `elements`).
        var parts: Range<Int> { partsStart..<partsEnd }
        private let partsStart: Int, partsEnd: Int
        /// An object's index in `used`.
        let slot: Int

        init(start: Int, end: Int, kind: Kind, parts: Range<Int> = 0..<0, slot: Int = 0) {
            (self.start, self.end, self.kind) = (start, end, kind)
            (partsStart, partsEnd, self.slot) = (parts.lowerBound, parts.upperBound, slot)
        }
    }

    /// One member of an object: its key's characters (between the quotes) and its value.
    struct Member: BitwiseCopyable {
        let keyStart: Int, keyEnd: Int
        let value: Value
    }

    /// The records of the top-level array of a file's `bytes`, each decoded by `decode`, or nil when anything is
    /// wrong. `progress` hears how many bytes are read, every 256 records.
    static func records<Record>(
        in bytes: UnsafeBufferPointer<UInt8>, progress: ((Int) -> Void)?, decode: (ByteObjectReader) -> Record
    ) -> [Record]? {
        ByteReading(bytes: bytes).records(progress: progress, decode: decode)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    // The scratch space is only ever touched by the one thread reading the file, so its accesses go unchecked.
    /// The members of every object of the record being read, each object's together.
    @exclusivity(unchecked) private var members = Scratch<Member>(capacity: 256)
    /// The elements of every array of the record being read, each array's together.
    @exclusivity(unchecked) private var elements = Scratch<Value>(capacity: 256)
    /// The members and elements of the objects and arrays being scanned, innermost last: each container's go to
    /// `members` or `elements` when it closes, so that they lie together there.
    @exclusivity(unchecked) private var openMembers = Scratch<Member>(capacity: 64)
    @exclusivity(unchecked) private var openElements = Scratch<Value>(capacity: 64)
    /// For each object of the record being read, which of its members were asked for, a bit each.
    @exclusivity(unchecked) private(set) var used = Scratch<UInt64>(capacity: 64)
    /// The file's strings that repeat, each stored once.
    @exclusivity(unchecked) private var shared: SharedStrings<String>
    /// The file's string lists that repeat (sectors, regulators, requirements), each stored once.
    @exclusivity(unchecked) private var sharedLists: SharedStrings<[String]>
    /// The file's long texts (see `StoredText`), in one buffer, and those that repeat, each stored once.
    private let texts: TextStorage
    @exclusivity(unchecked) private var sharedTexts: SharedStrings<StoredText>
    /// Set at the first problem; the reading then stops at the end of the record.
    @exclusivity(unchecked) var failed = false

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        shared = SharedStrings(fileSize: bytes.count)
        sharedLists = SharedStrings(fileSize: bytes.count)
        texts = TextStorage(capacity: bytes.count)
        sharedTexts = SharedStrings(fileSize: bytes.count)
    }

    deinit {
        members.deallocate()
        elements.deallocate()
        openMembers.deallocate()
        openElements.deallocate()
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
                elements.removeAll()
                used.removeAll()
                guard let record = object(at: position, depth: 1) else { return nil }
                records.append(decode(reader(of: record)))
                if failed { return nil }
                if let progress, records.count % 256 == 0 { progress(record.end) }
                position = skipWhitespace(from: record.end)
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

    private func reader(of object: Value) -> ByteObjectReader {
        ByteObjectReader(reading: self, members: object.parts, slot: object.slot, end: object.end)
    }

    // MARK: Scanning

    /// The value that starts at `start`, `depth` containers deep; nil if it is not well formed, or is a container
    /// deeper than `JSONParser` allows.
    private func value(at start: Int, depth: Int) -> Value? {
        switch byte(at: start) {
        case UInt8(ascii: "\""):
            guard let (end, plain) = stringEnd(at: start) else { return nil }
            return Value(start: start, end: end, kind: plain ? .plainString : .string)
        case UInt8(ascii: "{"):
            return object(at: start, depth: depth + 1)
        case UInt8(ascii: "["):
            return array(at: start, depth: depth + 1)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            // Only its extent: a number is read strictly when it is asked for.
            var position = start + 1
            while true {
                switch byte(at: position) {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                    position += 1
                default:
                    return Value(start: start, end: position, kind: .scalar)
                }
            }
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            var position = start + 1
            while (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte(at: position)) { position += 1 }
            return Value(start: start, end: position, kind: .scalar)
        default:
            return nil
        }
    }

    /// The object that starts at `start`, its members scanned; nil if it is no well-formed object, has an escaped
    /// key, or more members than a record's schema could know. A repeated key is refused later, at no cost here:
    /// a decoder asking for a key gets its first member, so the second is an unknown field.
    private func object(at start: Int, depth: Int) -> Value? {
        guard depth <= JSONParser.maxDepth, byte(at: start) == UInt8(ascii: "{") else { return nil }
        let first = openMembers.count
        defer { openMembers.removeLast(openMembers.count - first) }
        var position = skipWhitespace(from: start + 1)
        if byte(at: position) != UInt8(ascii: "}") {
            while true {
                guard byte(at: position) == UInt8(ascii: "\""), openMembers.count - first < 64 else { return nil }
                let keyStart = position + 1
                var keyEnd = keyStart
                while byte(at: keyEnd) != UInt8(ascii: "\"") {
                    // An escaped key is rare enough to leave to the located reading.
                    guard byte(at: keyEnd) >= 0x20, byte(at: keyEnd) != UInt8(ascii: "\\") else { return nil }
                    keyEnd += 1
                }
                position = skipWhitespace(from: keyEnd + 1)
                guard byte(at: position) == UInt8(ascii: ":"),
                    let value = value(at: skipWhitespace(from: position + 1), depth: depth)
                else { return nil }
                openMembers.append(Member(keyStart: keyStart, keyEnd: keyEnd, value: value))
                position = skipWhitespace(from: value.end)
                if byte(at: position) == UInt8(ascii: "}") { break }
                guard byte(at: position) == UInt8(ascii: ",") else { return nil }
                position = skipWhitespace(from: position + 1)
            }
        }
        let placed = members.count
        for i in first..<openMembers.count { members.append(openMembers[i]) }
        used.append(0)
        return Value(start: start, end: position + 1, kind: .object, parts: placed..<members.count, slot: used.count - 1)
    }

    /// The array that starts at `start`, its elements scanned; nil if it is not well formed.
    private func array(at start: Int, depth: Int) -> Value? {
        guard depth <= JSONParser.maxDepth, byte(at: start) == UInt8(ascii: "[") else { return nil }
        let first = openElements.count
        defer { openElements.removeLast(openElements.count - first) }
        var position = skipWhitespace(from: start + 1)
        if byte(at: position) != UInt8(ascii: "]") {
            while true {
                guard let element = value(at: position, depth: depth) else { return nil }
                openElements.append(element)
                position = skipWhitespace(from: element.end)
                if byte(at: position) == UInt8(ascii: "]") { break }
                guard byte(at: position) == UInt8(ascii: ",") else { return nil }
                position = skipWhitespace(from: position + 1)
            }
        }
        let placed = elements.count
        for i in first..<openElements.count { elements.append(openElements[i]) }
        return Value(start: start, end: position + 1, kind: .array, parts: placed..<elements.count)
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

    /// Whether a string of the array `member` holds more than `limit` allows.
    func anyElement(of member: Member, exceeds limit: FieldLimit) -> Bool {
        member.value.kind == .array && member.value.parts.contains { exceeds(limit, elements[$0]) }
    }

    /// Whether the string `value` holds more than `limit` allows. Its bytes between the quotes are never fewer than
    /// its characters, so only a string longer than the limit in bytes is unescaped and counted.
    func exceeds(_ limit: FieldLimit, _ value: Value) -> Bool {
        guard value.kind == .plainString || value.kind == .string, value.end - value.start - 2 > limit.amount else { return false }
        if value.kind == .plainString { return true }
        guard let read = JSONParser.value(in: bytes, at: value.start), case .string(let text) = read.node.value else { return false }
        return limit.excess(text) != nil
    }

    /// Notes that member `index` (of `reader`'s object) was asked for.
    func markUsed(_ index: Int, of reader: ByteObjectReader) {
        used[reader.slot] |= 1 << (index - reader.members.lowerBound)
    }

    /// Where the string starting at `start` ends, just past its closing quote, and whether all of it is plain
    /// ASCII (printable, no backslash); nil at a control byte or the end of the file. Eight bytes at a time: each
    /// word is tested at once for the bytes that stop a run (a quote, a backslash or a control byte), and the first
    /// of them is found from the test's bits.
    private func stringEnd(at start: Int) -> (end: Int, plain: Bool)? {
        var position = start + 1
        var plain = true
        while true {
            var stop = position
            if position + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
                let stops = Self.stops(in: word)
                // A byte at or above 0x7F has its high bit set here (a carry out of 0xFF lands past one that does).
                let high = (word | (word &+ Self.ones)) & Self.highBits
                guard stops != 0 else {
                    if high != 0 { plain = false }
                    position += 8
                    continue
                }
                // The lowest bit of `stops` is exact: only bytes after a stopping byte can be flagged wrongly.
                let before = stops.trailingZeroBitCount / 8
                if high & (1 << (8 * UInt64(before)) &- 1) != 0 { plain = false }
                stop = position + before
            } else {
                while stop < bytes.count, bytes[stop] >= 0x20, bytes[stop] != UInt8(ascii: "\""), bytes[stop] != UInt8(ascii: "\\") {
                    if bytes[stop] >= 0x7F { plain = false }
                    stop += 1
                }
                guard stop < bytes.count else { return nil }
            }
            switch bytes[stop] {
            case UInt8(ascii: "\""): return (stop + 1, plain)
            case UInt8(ascii: "\\"):
                plain = false
                position = stop + 2
            default: return nil
            }
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is a quote, a backslash or below 0x20, the lowest exactly; bytes
    /// after the first such byte may be flagged too.
    private static func stops(in word: UInt64) -> UInt64 {
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        return zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C)) | (word &- ones &* 0x20) & ~word & highBits
    }

    // MARK: Reading values

    func isNull(_ member: Member) -> Bool {
        isWord("null", member.value)
    }

    func bool(_ member: Member) -> Bool? {
        if isWord("true", member.value) { return true }
        if isWord("false", member.value) { return false }
        return nil
    }

    private func isWord(_ word: StaticString, _ value: Value) -> Bool {
        value.kind == .scalar && value.end - value.start == word.utf8CodeUnitCount
            && memcmp(bytes.baseAddress! + value.start, word.utf8Start, word.utf8CodeUnitCount) == 0
    }

    /// Whether the string `member` starts with a printable ASCII character other than a space: one that is not
    /// blank, as its first byte shows without reading it.
    func startsVisibly(_ member: Member) -> Bool {
        let first = byte(at: member.value.start + 1)
        return first > 0x20 && first < 0x7F && first != UInt8(ascii: "\"") && first != UInt8(ascii: "\\")
    }

    func string(_ member: Member) -> String? {
        string(member.value)
    }

    /// The text of the string `value`, unescaped and sanitized; nil when `value` is no string or not UTF-8.
    private func string(_ value: Value) -> String? {
        guard let characters = characters(of: value) else { return nil }
        guard Self.sharedLengths.contains(characters.count) else { return text(of: value, characters) }
        return shared.value(characters) { text(of: value, characters) }
    }

    /// The string `member` as a record keeps its long text; nil when it is no string or not UTF-8.
    func storedText(_ member: Member) -> StoredText? {
        guard let characters = characters(of: member.value) else { return nil }
        guard Self.sharedLengths.contains(characters.count) else { return storedText(of: member.value, characters) }
        return sharedTexts.value(characters) { storedText(of: member.value, characters) }
    }

    /// The lengths of string worth looking up in `shared`: a shorter one is stored inside the `String` itself, and
    /// a longer one seldom repeats, while looking each up would cost more than the repeats save.
    private static let sharedLengths = 16...64
    /// The lengths of list (from bracket to bracket) worth looking up in `sharedLists`: a list is a heap block of
    /// its own, and lists of a few names repeat.
    private static let sharedListLengths = 4...256

    /// The bytes between the quotes of the string `value`; nil when it is no string.
    private func characters(of value: Value) -> UnsafeBufferPointer<UInt8>? {
        switch value.kind {
        case .plainString, .string: return UnsafeBufferPointer(rebasing: bytes[(value.start + 1)..<(value.end - 1)])
        default: return nil
        }
    }

    /// The text of the string `value` in the file's text buffer, or in one of its own if that is full.
    private func storedText(of value: Value, _ characters: UnsafeBufferPointer<UInt8>) -> StoredText? {
        // Plain characters are their text: they go straight from the file to the buffer.
        if value.kind == .plainString { return texts.append(characters) ?? StoredText(String(decoding: characters, as: UTF8.self)) }
        guard let text = text(of: value, characters) else { return nil }
        return texts.append(text.utf8) ?? StoredText(text)
    }

    /// The text of the string `value`, whose `characters` lie between its quotes.
    private func text(of value: Value, _ characters: UnsafeBufferPointer<UInt8>) -> String? {
        // Printable ASCII other than the backslash needs no validating, unescaping or sanitizing.
        if value.kind == .plainString { return String(decoding: characters, as: UTF8.self) }
        guard let text = String(validating: characters, as: UTF8.self) else { return nil }
        guard characters.contains(UInt8(ascii: "\\")) else { return Sanitizer.clean(text) }
        guard let read = JSONParser.value(in: bytes, at: value.start), read.end == value.end,
            case .string(let unescaped) = read.node.value
        else { return nil }
        return Sanitizer.clean(unescaped)
    }

    func number(_ member: Member) -> Double? {
        guard member.value.kind == .scalar, let read = JSONParser.value(in: bytes, at: member.value.start),
            read.end == member.value.end, case .number(let value) = read.node.value
        else { return nil }
        return value
    }

    /// The strings of the array `member`; nil when it is not an array of strings.
    func strings(_ member: Member) -> [String]? {
        let raw = UnsafeBufferPointer(rebasing: bytes[member.value.start..<member.value.end])
        guard member.value.kind == .array, Self.sharedListLengths.contains(raw.count) else { return elements(of: member, string) }
        return sharedLists.value(raw) { elements(of: member, string) }
    }

    /// The objects of the array `member`, each made into a value by `read`; nil when it is not an array of objects.
    func objects<T>(_ member: Member, _ read: (ByteObjectReader) -> T) -> [T]? {
        elements(of: member) { $0.kind == .object ? read(reader(of: $0)) : nil }
    }

    /// Each element of the array `member` as `read` makes it; nil when `member` is no array or `read` refuses one.
    private func elements<Element>(of member: Member, _ read: (Value) -> Element?) -> [Element]? {
        guard member.value.kind == .array else { return nil }
        var made: [Element] = []
        made.reserveCapacity(member.value.parts.count)
        for i in member.value.parts {
            guard let element = read(elements[i]) else { return nil }
            made.append(element)
        }
        return made
    }

    /// A reader of the object `member`; nil when it is no object.
    func object(_ member: Member) -> ByteObjectReader? {
        member.value.kind == .object ? reader(of: member.value) : nil
    }
}
