/// The files a data folder holds, one per kind of record, each a JSON array.
public enum DataFileName: String, CaseIterable, Sendable {
    case sources, companies, regulations, statistics, people, events

    public var fileName: String { rawValue + ".json" }
}

/// One data file's name and bytes.
public struct DataFile: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
