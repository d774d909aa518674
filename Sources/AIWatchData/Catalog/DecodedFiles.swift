import Foundation

/// The records of each data file, filled in by the loader's parallel decoding, one slot per file.
final class DecodedFiles: @unchecked Sendable {
    enum Records {
        case sources([Source]), organisations([Organisation]), regulations([Regulation])
        case statistics([Statistic]), people([Person]), events([Event])

        /// The records of the file `name`, decoded from `readers`; nil when they cannot all be read.
        init?<Readers: RecordReaders>(of name: DataFileName, from readers: Readers) {
            func decode<Record>(_ decode: (Readers.Reader) -> Record, as wrap: ([Record]) -> Records) -> Records? {
                readers.decodeEach(decode).map(wrap)
            }
            let records: Records?
            switch name {
            case .sources: records = decode({ $0.source() }, as: Records.sources)
            case .companies: records = decode({ $0.organisation() }, as: Records.organisations)
            case .regulations: records = decode({ $0.regulation() }, as: Records.regulations)
            case .statistics: records = decode({ $0.statistic() }, as: Records.statistics)
            case .people: records = decode({ $0.person() }, as: Records.people)
            case .events: records = decode({ $0.event() }, as: Records.events)
            }
            guard let records else { return nil }
            self = records
        }
    }

    private let lock = NSLock()
    private var slots: [Records?]
    private let totalBytes: Int
    /// Bytes read of each file; a decoded file counts whole.
    private var bytesRead: [Int]
    /// Hears the fraction of all the files' bytes read so far.
    private let progress: ((Double) -> Void)?

    init(count: Int = DataFileName.allCases.count, totalBytes: Int = 0, progress: ((Double) -> Void)? = nil) {
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

/// The readers of a file's records, one per record, each handed to a decoder in turn.
protocol RecordReaders {
    associatedtype Reader: FieldReading
    /// The records `decode` makes of each reader; nil when a record cannot be read.
    func decodeEach<Record>(_ decode: (Reader) -> Record) -> [Record]?
}

/// Readers straight on a file's bytes, made one record at a time.
struct ByteRecordReaders: RecordReaders {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Hears how many bytes are read.
    let progress: ((Int) -> Void)?

    func decodeEach<Record>(_ decode: (ByteObjectReader) -> Record) -> [Record]? {
        ByteReading.records(in: bytes, progress: progress, decode: decode)
    }
}
