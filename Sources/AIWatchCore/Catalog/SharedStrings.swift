import Foundation

/// The strings one file's reading has made, found again by the bytes they were read from, so that text repeated
/// across records (a sector, a regulator, a status, a sentence of evidence cited by several records) is stored
/// once and shared rather than once per record. Only strings of `lengths` bytes are shared: a shorter one is stored
/// inside the `String` itself, and a longer one seldom repeats, while looking each up would cost more than the
/// repeats save.
///
/// The bytes are compared where they lie in the file, so the file must outlive the table.
struct SharedStrings {
    static let lengths = 16...64

    private struct Slot {
        var hash: UInt64 = 0
        /// Where the string was first read; nil when the slot is free.
        var raw: UnsafePointer<UInt8>?
        var count = 0
        var text = ""
    }

    private var slots: [Slot]
    private var count = 0

    /// A table for a file of `fileSize` bytes: room for a distinct string per kilobyte, about what data has.
    init(fileSize: Int) {
        slots = [Slot](repeating: Slot(), count: 16 + fileSize / 1024)
    }

    /// The string read from `raw` (`lengths` bytes of the file), made by `make` the first time those
    /// bytes are met; nil, and nothing kept, when `make` finds them no string.
    mutating func string(_ raw: UnsafeBufferPointer<UInt8>, make: () -> String?) -> String? {
        let hash = KeyedHash.hash(raw)
        var position = place(of: hash)
        while let stored = slots[position].raw {
            if slots[position].hash == hash, slots[position].count == raw.count, memcmp(stored, raw.baseAddress!, raw.count) == 0 {
                return slots[position].text
            }
            position = next(position)
        }
        guard let text = make() else { return nil }
        slots[position] = Slot(hash: hash, raw: raw.baseAddress, count: raw.count, text: text)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return text
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
