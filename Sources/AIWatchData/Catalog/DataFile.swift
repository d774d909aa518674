/// The files a data folder holds, one per kind of record, each a JSON array.
public enum DataFileName: String, CaseIterable, Sendable {
    case sources, companies, regulations, statistics, people, events

    /// The file's name in a data folder: `companies.json`.
    public var fileName: String { rawValue + ".json" }
}

/// One data file's name and bytes.
public struct DataFile: Sendable {
    /// The file's name within its folder, as problems name it.
    public let name: String
    /// The file's whole content, undecoded.
    public let bytes: [UInt8]

    /// A file called `name` holding `bytes`, read from a folder or made in code.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
