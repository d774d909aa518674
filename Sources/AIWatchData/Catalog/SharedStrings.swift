import Foundation

/// The strings (or stored texts, or string lists) one file's reading has made, found again by the bytes they were
/// read from, so that text repeated across records (a sector, a regulator, a status, a sentence of evidence cited
/// by several records, a list of sectors) is stored once and shared rather than once per record. `ByteReading`
/// says which lengths are worth looking up.
///
/// The bytes are compared where they lie in the file, so the file must outlive the table.
struct SharedStrings<Shared> {
    private struct Slot {
        var hash: UInt64 = 0
        /// Where the value was first read; nil when the slot is free.
        var raw: UnsafePointer<UInt8>?
        var count = 0
        var value: Shared?
    }

    private var slots: [Slot]
    private var count = 0

    /// A table for a file of `fileSize` bytes: room for a distinct string per kilobyte, about what data has.
    init(fileSize: Int) {
        slots = [Slot](repeating: Slot(), count: 16 + fileSize / 1024)
    }

    /// The value read from `raw` (bytes of the file), made by `make` the first time those bytes are met; nil, and
    /// nothing kept, when `make` finds them no value.
    mutating func value(_ raw: UnsafeBufferPointer<UInt8>, make: () -> Shared?) -> Shared? {
        let hash = KeyedHash.hash(raw)
        var position = place(of: hash)
        while let stored = slots[position].raw {
            if slots[position].hash == hash, slots[position].count == raw.count, memcmp(stored, raw.baseAddress!, raw.count) == 0 {
                return slots[position].value
            }
            position = next(position)
        }
        guard let value = make() else { return nil }
        slots[position] = Slot(hash: hash, raw: raw.baseAddress, count: raw.count, value: value)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return value
    }

    private func place(of hash: UInt64) -> Int { Int(hash.multipliedFullWidth(by: UInt64(slots.count)).high) }

    private func next(_ position: Int) -> Int { position + 1 == slots.count ? 0 : position + 1 }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.raw != nil {
            var position = place(of: slot.hash)
            while slots[position].raw != nil { position = next(position) }
            slots[position] = slot
        }
    }
}
