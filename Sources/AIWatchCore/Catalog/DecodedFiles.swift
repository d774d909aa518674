import Foundation

/// The records of each data file, filled in by the loader's parallel decoding, one slot per file.
final class DecodedFiles: @unchecked Sendable {
    enum Records {
        case sources([Source]), organisations([Organisation]), regulations([Regulation])
        case statistics([Statistic]), people([Person]), events([Event])
    }

    private let lock = NSLock()
    private var slots: [Records?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ records: Records, at slot: Int) {
        lock.withLock { slots[slot] = records }
    }

    /// The catalog of every file's records, or nil when a file could not be decoded.
    func catalog(pinyin: [String: String]) -> Catalog? {
        var sources: [Source] = [], organisations: [Organisation] = [], regulations: [Regulation] = []
        var statistics: [Statistic] = [], people: [Person] = [], events: [Event] = []
        for slot in lock.withLock({ slots }) {
            switch slot {
            case .sources(let records): sources = records
            case .organisations(let records): organisations = records
            case .regulations(let records): regulations = records
            case .statistics(let records): statistics = records
            case .people(let records): people = records
            case .events(let records): events = records
            case nil: return nil
            }
        }
        return Catalog(
            sources: sources, organisations: organisations, regulations: regulations, statistics: statistics,
            people: people, events: events, pinyin: pinyin
        )
    }
}
