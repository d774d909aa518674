/// Reads the fields of one object found by `ByteReading`. A problem is only noted (`ByteReading.failed`), never
/// described: the loader reads a file with a problem again with `ObjectReader`, which says what and where.
struct ByteObjectReader: FieldReading {
    // The reading outlives its readers: they exist only while `ByteReading.records` decodes one record. It is held
    // unmanaged and borrowed for each field, and the fields are read by the reading itself (below): a stored
    // reference, even `unowned(unsafe)`, would be retained and released around every call into it.
    private let reading: Unmanaged<ByteReading>
    /// Its members' indices in the reading's members.
    let members: Range<Int>
    /// Its index in `ByteReading.used`.
    let slot: Int
    /// Just past its closing brace.
    let end: Int

    init(reading: ByteReading, members: Range<Int>, slot: Int, end: Int) {
        self.reading = .passUnretained(reading)
        self.members = members
        self.slot = slot
        self.end = end
    }

    @inline(__always)
    private func withReading<T>(_ body: (ByteReading) -> T) -> T { reading._withUnsafeGuaranteedRef(body) }

    func optionalString(_ key: String, required: Bool, limit: FieldLimit) -> String? {
        withReading { $0.optionalString(key, required: required, limit: limit, of: self) }
    }

    func text(_ key: String, limit: FieldLimit) -> StoredText { withReading { $0.text(key, limit: limit, of: self) } }

    func optionalNumber(_ key: String, required: Bool) -> Double? {
        withReading { $0.optionalNumber(key, required: required, of: self) }
    }

    func bool(_ key: String) -> Bool { withReading { $0.bool(key, of: self) } }

    func strings(_ key: String, required: Bool, limit: FieldLimit) -> [String] {
        withReading { $0.strings(key, required: required, limit: limit, of: self) }
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) -> E? where E.RawValue == String {
        // An enumeration's value is one of a few words, so no limit is needed: any other is a problem.
        withReading { $0.optionalString(key, required: true, limit: nil, of: self) }.flatMap { text in
            guard let value = E(rawValue: text) else { fail(); return nil }
            return value
        }
    }

    func objects<T>(_ key: String, required: Bool, _ read: (ByteObjectReader) -> T) -> [T] {
        withReading { $0.objects(key, required: required, of: self, read) }
    }

    func object(_ key: String, required: Bool) -> ByteObjectReader? {
        withReading { $0.object(key, required: required, of: self) }
    }

    func contains(_ key: String) -> Bool { withReading { $0.position(of: key, in: members) != nil } }

    func problem(_ message: @autoclosure () -> String, field: String?) { fail() }

    func rejectUnknownFields() {
        let all: UInt64 = members.count == 64 ? ~0 : (1 << members.count) - 1
        if withReading({ $0.used[slot] }) != all { fail() }
    }

    private func fail() { withReading { $0.failed = true } }
}

/// The fields of a `ByteObjectReader`'s object, read by the reading itself.
extension ByteReading {
    /// The member `key` of `reader`'s object, marked as asked for; nil when it is absent (a problem if `required`)
    /// or an optional null.
    private func member(_ key: String, required: Bool, of reader: ByteObjectReader) -> Member? {
        guard let index = position(of: key, in: reader.members) else {
            if required { failed = true }
            return nil
        }
        markUsed(index, of: reader)
        let member = member(index)
        if !required && isNull(member) { return nil }
        return member
    }

    func optionalString(_ key: String, required: Bool, limit: FieldLimit?, of reader: ByteObjectReader) -> String? {
        guard let member = member(key, required: required, of: reader) else { return nil }
        if let limit, exceeds(limit, member.value) { failed = true; return nil }
        // Blank after sanitizing is blank before (a tab becomes a space), so this is no laxer than `ObjectReader`.
        guard let text = string(member), !(required && !startsVisibly(member) && ByteObjectReader.isBlank(text)) else {
            failed = true
            return nil
        }
        return text
    }

    func text(_ key: String, limit: FieldLimit, of reader: ByteObjectReader) -> StoredText {
        guard let member = member(key, required: true, of: reader) else { return StoredText("") }
        if exceeds(limit, member.value) { failed = true; return StoredText("") }
        guard let text = storedText(member), startsVisibly(member) || !ByteObjectReader.isBlank(text.string) else {
            failed = true
            return StoredText("")
        }
        return text
    }

    func optionalNumber(_ key: String, required: Bool, of reader: ByteObjectReader) -> Double? {
        guard let member = member(key, required: required, of: reader) else { return nil }
        guard let value = number(member) else { failed = true; return nil }
        return value
    }

    func bool(_ key: String, of reader: ByteObjectReader) -> Bool {
        guard let member = member(key, required: true, of: reader) else { return false }
        guard let value = bool(member) else { failed = true; return false }
        return value
    }

    func strings(_ key: String, required: Bool, limit: FieldLimit, of reader: ByteObjectReader) -> [String] {
        guard let member = member(key, required: required, of: reader) else { return [] }
        if anyElement(of: member, exceeds: limit) { failed = true; return [] }
        guard let strings = strings(member) else { failed = true; return [] }
        return strings
    }

    func objects<T>(_ key: String, required: Bool, of reader: ByteObjectReader, _ read: (ByteObjectReader) -> T) -> [T] {
        guard let member = member(key, required: required, of: reader) else { return [] }
        guard let made = objects(member, read) else { failed = true; return [] }
        return made
    }

    func object(_ key: String, required: Bool, of reader: ByteObjectReader) -> ByteObjectReader? {
        guard let member = member(key, required: required, of: reader) else { return nil }
        guard let found = object(member) else { failed = true; return nil }
        return found
    }
}
