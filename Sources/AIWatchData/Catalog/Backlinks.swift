/// For each record, the records that refer to it, in the order they appear in the catalog. Stored flat, by record
/// number (slot): the records referring to slot `s` are the slots `referrers[starts[s]..<starts[s + 1]]`.
struct Backlinks: Sendable {
    private let slots: RecordSlots
    private let starts: [Int32]
    private let referrers: [Int32]

    /// The backlinks of `links` (see `ResolvedReferences`), taken in turn.
    init(slots: RecordSlots, links: [[(target: Int32, from: Int32)]]) {
        // A counting sort by target keeps each target's links in catalog order.
        var firsts = [Int32](repeating: 0, count: slots.count + 1)
        for part in links { for link in part { firsts[Int(link.target) + 1] += 1 } }
        for s in 0..<slots.count { firsts[s + 1] += firsts[s] }
        var next = firsts
        var sorted = [Int32](repeating: 0, count: Int(firsts[slots.count]))
        for part in links {
            for link in part {
                sorted[Int(next[Int(link.target)])] = link.from
                next[Int(link.target)] += 1
            }
        }
        self.slots = slots
        starts = firsts
        referrers = sorted
    }

    /// The records that refer to `ref`.
    subscript(ref: RecordRef) -> [RecordRef] {
        let slot = slots.slot(of: ref)
        return referrers[Int(starts[slot])..<Int(starts[slot + 1])].map { slots.record(at: Int($0)) }
    }
}

/// Numbers every record of a catalog, products and quotes included, from 0.
struct RecordSlots: Sendable {
    /// Where each kind's slots begin, in the order of `RecordRef`'s cases, then the total.
    private let kindStarts: [Int]
    /// The first product slot of each organisation, relative to the products' start; the first quote slot of each person.
    private let productStarts: [Int], quoteStarts: [Int]

    init(_ catalog: Catalog) {
        func prefixSums(_ counts: [Int]) -> [Int] { counts.reduce(into: [0]) { $0.append($0.last! + $1) } }
        productStarts = prefixSums(catalog.organisations.indices.map { catalog.organisations[$0].products.count })
        quoteStarts = prefixSums(catalog.people.indices.map { catalog.people[$0].quotes.count })
        kindStarts = prefixSums([
            catalog.sources.count, catalog.organisations.count, productStarts.last!, catalog.regulations.count,
            catalog.statistics.count, catalog.people.count, quoteStarts.last!, catalog.events.count,
        ])
    }

    var count: Int { kindStarts.last! }

    /// The record numbered `slot`.
    func record(at slot: Int) -> RecordRef {
        var kind = 0
        while slot >= kindStarts[kind + 1] { kind += 1 }
        let i = slot - kindStarts[kind]
        /// The owner (organisation or person) of the `i`th product or quote, and its index there.
        func owned(_ starts: [Int]) -> (owner: Int, index: Int) {
            // The last owner whose first slot is at or before `i` (owners with none share their successor's start),
            // found by bisection: `starts` ascends.
            var low = 0, high = starts.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if starts[middle] <= i { low = middle } else { high = middle }
            }
            return (low, i - starts[low])
        }
        switch kind {
        case 0: return .source(i)
        case 1: return .organisation(i)
        case 2: let (owner, j) = owned(productStarts); return .product(organisation: owner, index: j)
        case 3: return .regulation(i)
        case 4: return .statistic(i)
        case 5: return .person(i)
        case 6: let (owner, j) = owned(quoteStarts); return .quote(person: owner, index: j)
        default: return .event(i)
        }
    }

    func slot(of ref: RecordRef) -> Int {
        switch ref {
        case .source(let i): return kindStarts[0] + i
        case .organisation(let i): return kindStarts[1] + i
        case .product(let i, let j): return kindStarts[2] + productStarts[i] + j
        case .regulation(let i): return kindStarts[3] + i
        case .statistic(let i): return kindStarts[4] + i
        case .person(let i): return kindStarts[5] + i
        case .quote(let i, let j): return kindStarts[6] + quoteStarts[i] + j
        case .event(let i): return kindStarts[7] + i
        }
    }
}
