/// Appends search documents to the compact buffers of a `SearchIndex`: folded text segments separated by a zero
/// byte (so a phrase never spans two fields), and the ids of the record's facet values, each distinct value
/// folded and stored once.
struct DocumentWriter {
    private(set) var text: [UInt8] = []
    private(set) var textStarts: [UInt32] = [0]
    private(set) var refs: [UInt32] = []
    private(set) var refStarts: [UInt32] = [0]
    private var valueBytes: [UInt8] = []
    private var valueStarts: [UInt32] = [0]
    /// The facet of each value, by id (as `Facet.ordinal`).
    private var valueFacets: [UInt8] = []
    /// Value ids by facet and folded value.
    private var interned: [FoldedValue: UInt32] = [:]
    /// Where the value ids of a referenced record are in `referencedIDs`, by facet and record: references whose
    /// values are always the same. Flat, since tens of thousands of records are referenced: an array each would
    /// cost a heap block each. Empty until the first reference: making the dictionaries looks up a conformance at
    /// run time, a search of all the binary's conformances that a placeholder index need not make before the first
    /// frame.
    private var referenced: [[Int: Range<UInt32>]] = []
    private var referencedIDs: [UInt32] = []
    private var scratch: [UInt8] = []

    /// A facet and a folded value, hashed as raw bytes (a `String` key would be hashed Unicode-normalised).
    private struct FoldedValue: Hashable {
        let facet: Int
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(facet)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// A writer for about `expectedDocuments` documents; `folding` when they will have text. The text, facet and
    /// value buffers are reserved generously: reserved memory costs nothing until written, while growing a buffer
    /// of megabytes copies it, with the old and the new both held meanwhile, at the peak of memory use.
    init(expectedDocuments: Int, folding: Bool) {
        textStarts.reserveCapacity(expectedDocuments + 1)
        refStarts.reserveCapacity(expectedDocuments + 1)
        guard folding else { return }
        text.reserveCapacity(expectedDocuments * 768)
        refs.reserveCapacity(expectedDocuments * 32)
        valueBytes.reserveCapacity(expectedDocuments * 192)
        valueStarts.reserveCapacity(expectedDocuments * 16)
        valueFacets.reserveCapacity(expectedDocuments * 16)
    }

    /// Adds a searchable text field to the current document.
    mutating func text(_ value: String) {
        // Read in place: a copy to call the mutating `withUTF8` would change the string's reference count, which
        // threads that share its storage then fight over.
        if value.utf8.withContiguousStorageIfAvailable({ text(utf8: $0) }) != nil { return }
        var value = value
        value.withUTF8 { text(utf8: $0) }
    }

    /// Adds a record's stored text, folded straight from its bytes.
    mutating func text(_ value: StoredText) {
        value.withBytes { text(utf8: $0) }
    }

    private mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        let before = text.count
        if before > Int(textStarts[textStarts.count - 1]) { text.append(0) }
        let mark = text.count
        TextFolding.append(utf8: utf8, to: &text)
        if text.count == mark { text.removeLast(text.count - before) }
    }

    /// Adds searchable text fields.
    mutating func text(_ values: [String]) {
        for value in values { text(value) }
    }

    /// Adds a value of `facet` to the current document.
    mutating func facet(_ facet: Facet, _ value: String) {
        let distinct = facet == .id || facet == .name || facet == .product
        if let id = intern(facet.ordinal, value, distinct: distinct) { add(id) }
    }

    /// Adds values of `facet`.
    mutating func facet(_ facet: Facet, _ values: [String]) {
        for value in values { self.facet(facet, value) }
    }

    /// Adds the values of `facet` stored for the record `reference` identifies; false, adding nothing, when there
    /// are none yet: then the caller makes them, once, for the next method.
    mutating func facet(_ facet: Facet, knownReference reference: Int) -> Bool {
        guard !referenced.isEmpty, let known = referenced[facet.ordinal][reference] else { return false }
        for i in known { add(referencedIDs[Int(i)]) }
        return true
    }

    /// Adds `values` of `facet`, standing for the record `reference` identifies, and keeps them for it.
    mutating func facet(_ facet: Facet, reference: Int, values: [String]) {
        let ordinal = facet.ordinal
        if referenced.isEmpty { referenced = Array(repeating: [:], count: Facet.allCases.count) }
        let start = UInt32(referencedIDs.count)
        for value in values {
            guard let id = intern(ordinal, value, distinct: true) else { continue }
            referencedIDs.append(id)
            add(id)
        }
        referenced[ordinal][reference] = start..<UInt32(referencedIDs.count)
    }

    /// The id of a value, stored if new; `nil` when it folds to nothing. A `distinct` value (an id or a name,
    /// which seldom repeat, or a reference, which is cached) is stored without looking for an earlier copy: that
    /// would cost more than the odd repeat.
    private mutating func intern(_ ordinal: Int, _ value: String, distinct: Bool) -> UInt32? {
        scratch.removeAll(keepingCapacity: true)
        TextFolding.append(value, to: &scratch)
        guard !scratch.isEmpty else { return nil }
        if !distinct {
            let key = FoldedValue(facet: ordinal, bytes: scratch)
            if let known = interned[key] { return known }
            interned[key] = UInt32(valueStarts.count - 1)
        }
        let id = UInt32(valueStarts.count - 1)
        valueBytes.append(contentsOf: scratch)
        valueStarts.append(UInt32(valueBytes.count))
        valueFacets.append(UInt8(ordinal))
        return id
    }

    private mutating func add(_ id: UInt32) {
        var i = Int(refStarts[refStarts.count - 1])
        while i < refs.count {
            if refs[i] == id { return }
            i += 1
        }
        refs.append(id)
    }

    /// Ends the current document.
    mutating func finishDocument() {
        precondition(text.count < Int(UInt32.max), "search text over 4 GB")
        textStarts.append(UInt32(text.count))
        refStarts.append(UInt32(refs.count))
    }

    /// Appends the documents `later` wrote, those right after this writer's, as if this writer had written them
    /// itself: the same text, the same value ids in the same order, and each repeated or referenced value stored
    /// once. This is how an index built in parts on several threads comes out byte for byte as one built serially.
    mutating func append(_ later: DocumentWriter) {
        // This writer's id for each of `later`'s values: the one it already has for the same value, or a new one.
        let none = UInt32.max
        var ids = [UInt32](repeating: none, count: later.valueFacets.count)
        for (key, id) in later.interned { if let known = interned[key] { ids[Int(id)] = known } }
        if referenced.isEmpty && !later.referenced.isEmpty { referenced = Array(repeating: [:], count: Facet.allCases.count) }
        for ordinal in later.referenced.indices {
            for (reference, range) in later.referenced[ordinal] {
                guard let known = referenced[ordinal][reference] else { continue }
                for (mine, theirs) in zip(known, range) { ids[Int(later.referencedIDs[Int(theirs)])] = referencedIDs[Int(mine)] }
            }
        }
        for id in ids.indices where ids[id] == none {
            ids[id] = UInt32(valueStarts.count - 1)
            valueBytes.append(contentsOf: later.valueBytes[Int(later.valueStarts[id])..<Int(later.valueStarts[id + 1])])
            valueStarts.append(UInt32(valueBytes.count))
            valueFacets.append(later.valueFacets[id])
        }
        for (key, id) in later.interned where interned[key] == nil { interned[key] = ids[Int(id)] }
        for ordinal in later.referenced.indices {
            for (reference, range) in later.referenced[ordinal] where referenced[ordinal][reference] == nil {
                let start = UInt32(referencedIDs.count)
                for theirs in range { referencedIDs.append(ids[Int(later.referencedIDs[Int(theirs)])]) }
                referenced[ordinal][reference] = start..<UInt32(referencedIDs.count)
            }
        }
        precondition(text.count + later.text.count < Int(UInt32.max), "search text over 4 GB")
        let textBase = UInt32(text.count)
        text.append(contentsOf: later.text)
        textStarts.append(contentsOf: later.textStarts.dropFirst().lazy.map { $0 + textBase })
        let refBase = UInt32(refs.count)
        refs.append(contentsOf: later.refs.lazy.map { ids[Int($0)] })
        refStarts.append(contentsOf: later.refStarts.dropFirst().lazy.map { $0 + refBase })
    }

    /// The facet value table, once the last document is written. Its bytes are handed over, not copied: a copy
    /// would be the largest buffer made while the index is built.
    mutating func takeValues() -> FacetValues {
        var bytes: [UInt8] = []
        swap(&bytes, &valueBytes)
        bytes.append(contentsOf: repeatElement(0, count: ByteSearch.padding))
        // Each facet's ids, gathered only now that their number is known: growing sixteen lists as values come
        // would leave a copy of each behind at every doubling.
        var counts = [Int](repeating: 0, count: Facet.allCases.count)
        for facet in valueFacets { counts[Int(facet)] += 1 }
        var byFacet = counts.map { count in
            var ids: [UInt32] = []
            ids.reserveCapacity(count)
            return ids
        }
        for (id, facet) in valueFacets.enumerated() { byFacet[Int(facet)].append(UInt32(id)) }
        return FacetValues(paddedBytes: bytes, starts: valueStarts, byFacet: byFacet)
    }

    /// Appends the padding that the vector search may read past the last document; call once, after the last.
    mutating func padText() {
        text.append(contentsOf: repeatElement(0, count: ByteSearch.padding))
    }
}
