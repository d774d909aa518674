/// Reads the fields of one object found by `ByteReading`. A problem is only noted (`ByteReading.failed`), never
/// described: the loader reads a file with a problem again with `ObjectReader`, which says what and where.
struct ByteObjectReader: FieldReading {
    // The reading outlives its readers: they exist only while `ByteReading.records` decodes one record.
    unowned(unsafe) let reading: ByteReading
    /// Its members' indices in `reading.members`.
    let members: Range<Int>
    /// Its index in `reading.used`.
    let slot: Int
    /// Just past its closing brace.
    let end: Int

    private func fail() { reading.failed = true }

    /// The member `key`, marked as asked for; nil when it is absent (a problem if `required`) or an optional null.
    private func member(_ key: String, required: Bool) -> ByteReading.Member? {
        guard let index = reading.position(of: key, in: members) else {
            if required { fail() }
            return nil
        }
        reading.markUsed(index, of: self)
        let member = reading.member(index)
        if !required && reading.isNull(member) { return nil }
        return member
    }

    func optionalString(_ key: String, required: Bool) -> String? {
        guard let member = member(key, required: required) else { return nil }
        // Blank after sanitizing is blank before (a tab becomes a space), so this is no laxer than `ObjectReader`.
        guard let text = reading.string(member), !(required && Self.isBlank(text)) else {
            fail()
            return nil
        }
        return text
    }

    func optionalNumber(_ key: String, required: Bool) -> Double? {
        guard let member = member(key, required: required) else { return nil }
        guard let value = reading.number(member) else { fail(); return nil }
        return value
    }

    func bool(_ key: String) -> Bool {
        guard let member = member(key, required: true) else { return false }
        guard let value = reading.bool(member) else { fail(); return false }
        return value
    }

    func strings(_ key: String, required: Bool) -> [String] {
        guard let member = member(key, required: required) else { return [] }
        guard let strings = reading.strings(member) else { fail(); return [] }
        return strings
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) -> E? where E.RawValue == String {
        guard let member = member(key, required: true) else { return nil }
        guard let text = reading.string(member), let value = E(rawValue: text) else { fail(); return nil }
        return value
    }

    func objects(_ key: String, required: Bool) -> [ByteObjectReader] {
        guard let member = member(key, required: required) else { return [] }
        var readers: [ByteObjectReader] = []
        let wellFormed = reading.forEachElement(of: member) { start in
            guard let reader = reading.object(at: start) else { return nil }
            readers.append(reader)
            return reader.end
        }
        if !wellFormed { fail() }
        return readers
    }

    func object(_ key: String, required: Bool) -> ByteObjectReader? {
        guard let member = member(key, required: required) else { return nil }
        guard let reader = reading.object(at: member.valueStart), reader.end == member.valueEnd else { fail(); return nil }
        return reader
    }

    func contains(_ key: String) -> Bool { reading.position(of: key, in: members) != nil }

    func problem(_ message: String, field: String?) { fail() }

    func rejectUnknownFields() {
        let all: UInt64 = members.count == 64 ? ~0 : (1 << members.count) - 1
        if reading.used[slot] != all { fail() }
    }
}
