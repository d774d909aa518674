import AIWatchData

/// What `update` and `render` read besides the state: the catalog and its search index.
public struct Environment: Sendable {
    /// The records `update` and `render` read.
    public let catalog: Catalog
    /// The search index queries run against; a placeholder until `standard` has built it (`isComplete`).
    public let index: SearchIndex

    /// An environment of `catalog` searched with `index`, which must have been built from it.
    public init(catalog: Catalog, index: SearchIndex) {
        self.catalog = catalog
        self.index = index
    }

    /// The environment the commands run with: `catalog` with its pinyin, and a search index built from it.
    /// `progress` hears the fraction done: transliterating is counted as the first half, indexing as the second.
    public static func standard(_ catalog: Catalog, progress: ((Double) -> Void)? = nil) -> Environment {
        let complete = catalog.completingPinyin { progress?($0 / 2) }
        return Environment(catalog: complete, index: SearchIndex(complete) { progress?(0.5 + $0 / 2) })
    }

    /// What the app shows its first frame with: every row, and a placeholder index, so that the first frame does not
    /// wait for the folding and transliterating that searching needs. `standard` then builds the rest in the
    /// background, and a filter typed meanwhile runs when it is ready.
    public static func provisional(_ catalog: Catalog) -> Environment {
        Environment(catalog: catalog, index: .placeholder(catalog))
    }

    /// Whether searching works yet.
    public var isComplete: Bool { index.isBuilt }
}
