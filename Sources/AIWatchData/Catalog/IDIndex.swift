/// Where each record is, by id: an open-addressing table of the ids, hashed straight from their UTF-8 bytes.
///
/// Loading looks up every reference of a catalog besides indexing every id, and at a million records each lookup
/// is a cache miss. So each slot holds the id and its record together, packed in 24 bytes: one miss per lookup
/// (ids up to 15 bytes are stored inside the string itself). The hash is `KeyedHash`, so a data file cannot be
/// written to make its ids collide.
struct IDIndex: Sendable {
    private struct Slot {
        var id = ""
        /// `RecordRef` packed by `pack`; `empty` when the slot is free.
        var record = Slot.empty
        static let empty = UInt64.max
    }

    /// At most three quarters full: linear probing stays short, and any size will do (the hash is mapped onto
    /// the slots by multiplication, not by a mask), so the table need not be rounded up to a power of two.
    private var slots: [Slot]
    private(set) var count = 0

    /// A table for about `capacity` ids: two thirds full when that is all.
    init(capacity: Int = 0) {
        slots = [Slot](repeating: Slot(), count: capacity * 3 / 2 + 16)
    }

    /// The record with `id`. Setting an id again moves it to the new record.
    subscript(id: String) -> RecordRef? {
        get {
            let slot = slots[position(of: id)]
            return slot.record == Slot.empty ? nil : Self.unpack(slot.record)
        }
        set {
            guard let ref = newValue else { preconditionFailure("ids are never removed") }
            let position = position(of: id)
            if slots[position].record == Slot.empty {
                slots[position].id = id
                count += 1
            }
            slots[position].record = Self.pack(ref)
            if count * 4 > slots.count * 3 { grow() }
        }
    }

    /// The slot that holds `id`, or the free one where it would go.
    private func position(of id: String) -> Int {
        var position = Int(Self.hash(id).multipliedFullWidth(by: UInt64(slots.count)).high)
        while slots[position].record != Slot.empty && slots[position].id != id {
            position += 1
            if position == slots.count { position = 0 }
        }
        return position
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.record != Slot.empty { slots[position(of: slot.id)] = slot }
    }

    // A record in 64 bits: its kind in the top four, then its index (32 bits) and a product's or quote's within its
    // owner (28). A data file holds at most 1 GiB and a record takes more than 4 bytes, so neither can overflow.
    private static func pack(_ ref: RecordRef) -> UInt64 {
        func packed(_ kind: UInt64, _ i: Int, _ j: Int = 0) -> UInt64 {
            precondition(i >= 0 && i < 1 << 32 && j >= 0 && j < 1 << 28, "more records than an id table holds")
            return kind << 60 | UInt64(i) << 28 | UInt64(j)
        }
        switch ref {
        case .source(let i): return packed(0, i)
        case .organisation(let i): return packed(1, i)
        case .product(let i, let j): return packed(2, i, j)
        case .regulation(let i): return packed(3, i)
        case .statistic(let i): return packed(4, i)
        case .person(let i): return packed(5, i)
        case .quote(let i, let j): return packed(6, i, j)
        case .event(let i): return packed(7, i)
        }
    }

    private static func unpack(_ record: UInt64) -> RecordRef {
        let i = Int(record >> 28 & (1 << 32 - 1)), j = Int(record & (1 << 28 - 1))
        switch record >> 60 {
        case 0: return .source(i)
        case 1: return .organisation(i)
        case 2: return .product(organisation: i, index: j)
        case 3: return .regulation(i)
        case 4: return .statistic(i)
        case 5: return .person(i)
        case 6: return .quote(person: i, index: j)
        default: return .event(i)
        }
    }

    static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8(KeyedHash.hash)
    }
}
