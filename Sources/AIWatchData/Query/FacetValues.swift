/// Every distinct folded value of every facet in an index, stored once: a document lists the ids of its values,
/// so `sector:finance` tests the few distinct sectors once and then each record by number.
struct FacetValues: Sendable, Equatable {
    /// The folded values back to back, then the padding the vector search may read past the last.
    private let bytes: [UInt8]
    /// Where value `i` is: `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [UInt32]
    /// The ids of each facet's values, indexed by the facet's position in `Facet.allCases`.
    private let byFacet: [[UInt32]]

    /// Bytes held.
    var byteCount: Int { bytes.count + 4 * starts.count + 4 * byFacet.reduce(0) { $0 + $1.count } }

    /// How many distinct values there are.
    var count: Int { starts.count - 1 }

    /// `paddedBytes` end with `ByteSearch.padding` zero bytes.
    init(paddedBytes: [UInt8], starts: [UInt32], byFacet: [[UInt32]]) {
        self.bytes = paddedBytes
        self.starts = starts
        self.byFacet = byFacet
    }

    /// The ids of `facet`'s values that contain the folded `needle`.
    func matching(_ facet: Facet, _ needle: [UInt8]) -> BitSet {
        var set = BitSet(count: count)
        let prepared = Needle(needle)
        bytes.withUnsafeBufferPointer { values in
            needle.withUnsafeBufferPointer { pattern in
                for id in byFacet[facet.ordinal] {
                    let from = Int(starts[Int(id)])
                    let to = Int(starts[Int(id) + 1])
                    if ByteSearch.contains(prepared, pattern.baseAddress!, in: values.baseAddress!, from: from, to: to) {
                        set.insert(Int(id))
                    }
                }
            }
        }
        return set
    }

    /// `facet`'s values that start with the folded `prefix`, sorted and without repeats.
    func values(of facet: Facet, startingWith prefix: [UInt8]) -> [String] {
        var found: Set<String> = []
        for id in byFacet[facet.ordinal] {
            let value = bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
            if value.starts(with: prefix) { found.insert(String(decoding: value, as: UTF8.self)) }
        }
        return found.sorted()
    }
}

extension Facet {
    /// The position in `Facet.allCases`.
    var ordinal: Int {
        switch self {
        case .id: return 0
        case .name: return 1
        case .kind: return 2
        case .sector: return 3
        case .product: return 4
        case .status: return 5
        case .regulator: return 6
        case .affects: return 7
        case .source: return 8
        case .year: return 9
        case .subject: return 10
        case .unit: return 11
        case .about: return 12
        case .person: return 13
        case .affiliation: return 14
        case .role: return 15
        }
    }
}
