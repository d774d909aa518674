/// Where each record is, by id: an open-addressing table of the ids, hashed straight from their UTF-8 bytes.
///
/// Loading looks up every reference of a catalog twice (backlinks, reference check) besides indexing every id, and
/// a `Dictionary`'s general-purpose hashing was the larger part of that. The hash is keyed with a random seed per
/// process, as `Dictionary`'s is, so a data file cannot be written to make its ids collide.
struct IDIndex: Sendable {
    private var ids: [String] = []
    private var refs: [RecordRef] = []
    /// Entry numbers plus one (0: empty) at their ids' hash positions; a power of two, at least twice the entries.
    private var table: [Int32]
    private static let seed = UInt64.random(in: .min ... .max)

    init(capacity: Int = 0) {
        ids.reserveCapacity(capacity)
        refs.reserveCapacity(capacity)
        table = [Int32](repeating: 0, count: Self.tableSize(for: capacity))
    }

    /// How many distinct ids there are.
    var count: Int { ids.count }

    /// The record with `id`. Setting an id again moves it to the new record.
    subscript(id: String) -> RecordRef? {
        get { find(id).entry.map { refs[$0] } }
        set {
            guard let ref = newValue else { preconditionFailure("ids are never removed") }
            let (position, entry) = find(id)
            if let entry {
                refs[entry] = ref
                return
            }
            ids.append(id)
            refs.append(ref)
            table[position] = Int32(ids.count)
            if ids.count * 2 > table.count { grow() }
        }
    }

    /// Where `id` is in the table, or the empty position where it would go; and its entry, if it is there.
    private func find(_ id: String) -> (position: Int, entry: Int?) {
        let mask = table.count - 1
        var position = Int(truncatingIfNeeded: Self.hash(id)) & mask
        while true {
            let slot = Int(table[position])
            if slot == 0 { return (position, nil) }
            if ids[slot - 1] == id { return (position, slot - 1) }
            position = (position + 1) & mask
        }
    }

    private mutating func grow() {
        table = [Int32](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for (entry, id) in ids.enumerated() {
            var position = Int(truncatingIfNeeded: Self.hash(id)) & mask
            while table[position] != 0 { position = (position + 1) & mask }
            table[position] = Int32(entry + 1)
        }
    }

    private static func tableSize(for capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        return size
    }

    /// A keyed multiply-and-fold hash of the id's bytes, eight at a time (the construction of wyhash).
    static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { bytes in
            func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
                let product = a.multipliedFullWidth(by: b)
                return product.high ^ product.low
            }
            var state = mix(seed ^ 0xA076_1D64_78BD_642F, UInt64(bytes.count) ^ 0xE703_7ED1_A0B4_28DB)
            var offset = 0
            while offset < bytes.count {
                var word: UInt64 = 0
                if offset + 8 <= bytes.count {
                    word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                } else {
                    for i in offset..<bytes.count { word |= UInt64(bytes[i]) << (8 * UInt64(i - offset)) }
                }
                state = mix(state ^ word ^ 0x8EBC_6AF0_9C88_C6E3, state ^ 0x5899_65CC_7537_4CC3)
                offset += 8
            }
            return mix(state, seed ^ 0x1D8E_4E27_C47D_124F)
        }
    }
}
