import TerminalKit

/// The whole knowledge base. The loader hands out only catalogs whose ids are unique and resolvable
/// (`hasConsistentReferences`).
public struct Catalog: Sendable {
    /// The articles every record's evidence cites (`sources.json`).
    public let sources: [Source]
    /// Companies, institutes and bodies, each with its products (`companies.json`).
    public let organisations: [Organisation]
    /// Rules, policies, scrutiny and access statuses (`regulations.json`).
    public let regulations: [Regulation]
    /// Numbers the sources state (`statistics.json`).
    public let statistics: [Statistic]
    /// The people the sources quote, each with their quotes (`people.json`).
    public let people: [Person]
    /// The timeline, by date, ties in file order (`events.json`).
    public let events: [Event]
    /// Toneless pinyin of Chinese names, where known: computed at build time for the bundled data, and by
    /// `completingPinyin` for a data folder.
    public private(set) var pinyin: [String: String]
    private(set) var index: IDIndex
    /// For each record, the records that refer to it (nil only until `init` has made them).
    private var backlinks: Backlinks?
    /// Whether every id is unique and every reference points at a record of the right kind (see
    /// `Catalog+References.swift`): worked out as the catalog is made, since a loaded folder is refused without it.
    private(set) var hasConsistentReferences = false

    /// A catalog of these records, indexed and cross-referenced (the loader's, or one made in code).
    public init(
        sources: [Source], organisations: [Organisation], regulations: [Regulation], statistics: [Statistic],
        people: [Person], events: [Event], pinyin: [String: String]
    ) {
        self.sources = sources
        self.organisations = organisations
        self.regulations = regulations
        self.statistics = statistics
        self.people = people
        // The timeline's order is the catalog's: by date, ties in file order. Events already in order (as written
        // by `CatalogEncoder`) are kept as they are rather than copied.
        let inOrder = events.indices.dropFirst().allSatisfy { events[$0 - 1].date <= events[$0].date }
        self.events = inOrder ? events : events.indices.sorted { (events[$0].date, $0) < (events[$1].date, $1) }.map { events[$0] }
        self.pinyin = pinyin
        index = IDIndex()  // every property set, so that the index can be made from the records
        index = makeIndex()
        // Every reference is looked up once, for the backlinks and the check; a large catalog in two halves side by side.
        let slots = RecordSlots(self)
        let (first, second) = sideBySide(
            isLarge, resolveReferences(firstHalf: true, slots: slots), resolveReferences(firstHalf: false, slots: slots)
        )
        backlinks = Backlinks(slots: slots, links: [first.links, second.links])
        // A repeated id takes one place in the index for two records.
        hasConsistentReferences = index.count == idCount && first.consistent && second.consistent
    }

    /// Where each record is, by id. Records are read in place, by index: copying one out of its array would
    /// retain every one of its strings.
    private func makeIndex() -> IDIndex {
        var index = IDIndex(capacity: idCount)
        for i in sources.indices { index[sources[i].id] = .source(i) }
        for i in organisations.indices {
            index[organisations[i].id] = .organisation(i)
            for j in organisations[i].products.indices { index[organisations[i].products[j].id] = .product(organisation: i, index: j) }
        }
        for i in regulations.indices { index[regulations[i].id] = .regulation(i) }
        for i in statistics.indices { index[statistics[i].id] = .statistic(i) }
        for i in people.indices {
            index[people[i].id] = .person(i)
            for j in people[i].quotes.indices { index[people[i].quotes[j].id] = .quote(person: i, index: j) }
        }
        for i in events.indices { index[events[i].id] = .event(i) }
        return index
    }

    /// Whether the catalog is large enough for its work to be worth sharing between threads.
    var isLarge: Bool { organisations.count + regulations.count + statistics.count + people.count + events.count > 4096 }

    /// How many records have an id: all of them, products and quotes included.
    var idCount: Int {
        sources.count + organisations.reduce(organisations.count) { $0 + $1.products.count } + regulations.count
            + statistics.count + people.reduce(people.count) { $0 + $1.quotes.count } + events.count
    }


    /// The catalog with the pinyin of every Chinese name. Transliterating is slow to start (ICU loads its rules
    /// first), so a data folder's pinyin is made here, off the first-frame path, not when it is loaded.
    public func completingPinyin(progress: ((Double) -> Void)? = nil) -> Catalog {
        var complete = self
        for (i, organisation) in organisations.enumerated() {
            if let chinese = organisation.nameZh, complete.pinyin[chinese] == nil { complete.pinyin[chinese] = Pinyin.latin(chinese) }
            if let progress, i % 1024 == 0 { progress(Double(i) / Double(organisations.count)) }
        }
        return complete
    }

    /// The records that refer to `ref`, in catalog order.
    func referrers(of ref: RecordRef) -> [RecordRef] { backlinks?[ref] ?? [] }

    /// Where the record with `id` is, if there is one.
    public func locate(_ id: String) -> RecordRef? { index[id] }

    /// The organisation with `id`.
    public func organisation(_ id: String) -> Organisation? {
        if case .organisation(let i) = index[id] { return organisations[i] }
        return nil
    }

    /// The source with `id`.
    public func source(_ id: String) -> Source? {
        if case .source(let i) = index[id] { return sources[i] }
        return nil
    }

    /// A record's display name, for links and related lists.
    public func name(of id: String) -> String {
        switch index[id] {
        case .source(let i): return sources[i].publisher
        case .organisation(let i): return organisations[i].name
        case .product(let i, let j): return organisations[i].products[j].name
        case .regulation(let i): return regulations[i].title.string
        case .statistic(let i): return statistics[i].label
        case .person(let i): return people[i].name
        case .quote(let i, let j): return people[i].name + ": “" + TextFit.truncate(people[i].quotes[j].text.string, to: 48) + "”"
        case .event(let i): return events[i].title.string
        case nil: return id
        }
    }

    /// The month of the newest source ("2023-02"): the date the data speaks for.
    public var dataDate: String { sources.map(\.published).max() ?? "" }

    /// How many records of each kind, in display order.
    public var counts: [(kind: String, count: Int)] {
        [
            ("sources", sources.count), ("organisations", organisations.count),
            ("products", organisations.reduce(0) { $0 + $1.products.count }), ("regulations", regulations.count),
            ("statistics", statistics.count), ("people", people.count),
            ("quotes", people.reduce(0) { $0 + $1.quotes.count }), ("events", events.count),
        ]
    }
}
