import Foundation

/// The strings one file's reading has made, found again by their bytes, so that text repeated across records (a
/// sector, a regulator, a status, a stock phrase of the evidence) is stored once and shared rather than once per
/// record. Only plain ASCII of `lengths` is shared: a shorter string is stored inside the `String` itself, and a
/// longer one seldom repeats.
struct SharedStrings {
    static let lengths = 16...64

    private struct Slot {
        var hash: UInt64 = 0
        var text = ""  // empty when the slot is free: no shared string is
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var count = 0

    /// The string of `bytes` (plain ASCII of `lengths`), made the first time it is asked for.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = KeyedHash.hash(bytes)
        var position = Int(hash.multipliedFullWidth(by: UInt64(slots.count)).high)
        while !slots[position].text.isEmpty {
            if slots[position].hash == hash, Self.matches(slots[position].text, bytes) { return slots[position].text }
            position += 1
            if position == slots.count { position = 0 }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        slots[position] = Slot(hash: hash, text: text)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return text
    }

    private static func matches(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where !slot.text.isEmpty {
            var position = Int(slot.hash.multipliedFullWidth(by: UInt64(slots.count)).high)
            while !slots[position].text.isEmpty {
                position += 1
                if position == slots.count { position = 0 }
            }
            slots[position] = slot
        }
    }
}
