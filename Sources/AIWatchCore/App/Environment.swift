/// What `update` and `render` read besides the state: the catalog and its search index.
public struct Environment: Sendable {
    public let catalog: Catalog
    public let index: SearchIndex

    public init(catalog: Catalog, index: SearchIndex) {
        self.catalog = catalog
        self.index = index
    }

    /// The environment the app runs with: `catalog` and a search index built from it.
    public static func standard(_ catalog: Catalog) -> Environment {
        Environment(catalog: catalog, index: SearchIndex(catalog))
    }
}
