@testable import AIWatchCore

/// The environment the app runs with, on the bundled data.
enum TestEnvironment {
    static func bundled() throws -> Environment { shared }

    private static let shared = Environment.standard(try! CatalogLoader.bundled())
}
