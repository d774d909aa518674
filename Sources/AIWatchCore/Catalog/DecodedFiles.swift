import Foundation

/// The records of each data file, filled in by the loader's parallel decoding, one slot per file.
final class DecodedFiles: @unchecked Sendable {
    enum Records {
        case sources([Source]), organisations([Organisation]), regulations([Regulation])
        case statistics([Statistic]), people([Person]), events([Event])

        /// The records of the file `name`, decoded from its readers (which log each record's problems).
        init(_ readers: [ObjectReader], of name: DataFileName) {
            switch name {
            case .sources: self = .sources(readers.map { $0.source() })
            case .companies: self = .organisations(readers.map { $0.organisation() })
            case .regulations: self = .regulations(readers.map { $0.regulation() })
            case .statistics: self = .statistics(readers.map { $0.statistic() })
            case .people: self = .people(readers.map { $0.person() })
            case .events: self = .events(readers.map { $0.event() })
            }
        }
    }

    private let lock = NSLock()
    private var slots: [Records?]
    private let totalBytes: Int
    /// Bytes read of each file; a decoded file counts whole.
    private var bytesRead: [Int]
    /// Hears the fraction of all the files' bytes read so far.
    private let progress: ((Double) -> Void)?

    init(count: Int, totalBytes: Int, progress: ((Double) -> Void)?) {
        slots = Array(repeating: nil, count: count)
        bytesRead = Array(repeating: 0, count: count)
        self.totalBytes = max(1, totalBytes)
        self.progress = progress
    }

    /// Notes that `bytes` of the file in `slot` are parsed.
    func read(_ bytes: Int, of slot: Int) {
        guard let progress else { return }
        let fraction = lock.withLock {
            bytesRead[slot] = bytes
            return Double(bytesRead.reduce(0, +)) / Double(totalBytes)
        }
        progress(fraction)
    }

    /// The problems of the files that could not be parsed, by file name.
    private(set) var unparsable: [String: [DataProblem]] = [:]

    /// Notes a file that could not be parsed, with why.
    func refuse(_ file: String, problems: [DataProblem]) {
        lock.withLock { unparsable[file] = problems }
    }

    /// Keeps a file's records; `bytes` is the file's size.
    func store(_ records: Records, at slot: Int, bytes: Int) {
        let fraction = lock.withLock {
            slots[slot] = records
            bytesRead[slot] = bytes
            return Double(bytesRead.reduce(0, +)) / Double(totalBytes)
        }
        progress?(fraction)
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
