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
    private var byFacet: [[UInt32]] = Array(repeating: [], count: Facet.allCases.count)
    /// Value ids by facet and value as written (`blank` for values that fold to nothing). Two spellings that
    /// fold alike get two ids, which costs a few bytes and changes no result.
    private var interned: [[String: UInt32]] = Array(repeating: [:], count: Facet.allCases.count)
    /// Value ids by facet and referenced record id, for references whose values are always the same.
    private var referenced: [[String: [UInt32]]] = Array(repeating: [:], count: Facet.allCases.count)
    private static let blank = UInt32.max

    init(expectedDocuments: Int) {
        textStarts.reserveCapacity(expectedDocuments + 1)
        refStarts.reserveCapacity(expectedDocuments + 1)
        text.reserveCapacity(expectedDocuments * 256)
        refs.reserveCapacity(expectedDocuments * 12)
    }

    /// Adds a searchable text field to the current document.
    mutating func text(_ value: String) {
        let before = text.count
        if before > Int(textStarts[textStarts.count - 1]) { text.append(0) }
        let mark = text.count
        TextFolding.append(value, to: &text)
        if text.count == mark { text.removeLast(text.count - before) }
    }

    /// Adds searchable text fields.
    mutating func text(_ values: [String]) {
        for value in values { text(value) }
    }

    /// Adds a value of `facet` to the current document.
    mutating func facet(_ facet: Facet, _ value: String) {
        add(intern(facet.ordinal, value))
    }

    /// Adds the values of `facet` that stand for the record `reference`, made by `values` the first time.
    mutating func facet(_ facet: Facet, reference: String, values: () -> [String]) {
        let ordinal = facet.ordinal
        if let known = referenced[ordinal][reference] {
            for id in known { add(id) }
            return
        }
        let ids = values().map { intern(ordinal, $0) }
        referenced[ordinal][reference] = ids
        for id in ids { add(id) }
    }

    private mutating func intern(_ ordinal: Int, _ value: String) -> UInt32 {
        let distinct = DocumentWriter.mostlyDistinct[ordinal]
        if !distinct, let known = interned[ordinal][value] { return known }
        let start = valueBytes.count
        TextFolding.append(value, to: &valueBytes)
        let id: UInt32
        if valueBytes.count == start {
            id = DocumentWriter.blank
        } else {
            id = UInt32(valueStarts.count - 1)
            valueStarts.append(UInt32(valueBytes.count))
            byFacet[ordinal].append(id)
        }
        if !distinct { interned[ordinal][value] = id }
        return id
    }

    /// Facets whose values seldom repeat (ids, names), by ordinal: looking them up would cost more than storing
    /// the odd repeat twice.
    private static let mostlyDistinct: [Bool] = Facet.allCases.map { [.id, .name, .product].contains($0) }

    private mutating func add(_ id: UInt32) {
        guard id != DocumentWriter.blank else { return }
        var i = Int(refStarts[refStarts.count - 1])
        while i < refs.count {
            if refs[i] == id { return }
            i += 1
        }
        refs.append(id)
    }

    /// Adds values of `facet`.
    mutating func facet(_ facet: Facet, _ values: [String]) {
        for value in values { self.facet(facet, value) }
    }

    /// Ends the current document.
    mutating func finishDocument() {
        precondition(text.count < Int(UInt32.max), "search text over 4 GB")
        textStarts.append(UInt32(text.count))
        refStarts.append(UInt32(refs.count))
    }

    /// The facet value table.
    func values() -> FacetValues {
        FacetValues(bytes: valueBytes, starts: valueStarts, byFacet: byFacet)
    }

    /// Appends the padding that the vector search may read past the last document; call once, after the last.
    mutating func padText() {
        text.append(contentsOf: repeatElement(0, count: ByteSearch.padding))
    }
}
