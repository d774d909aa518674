@testable import AIWatchCore

/// The environment the app runs with, on the bundled data.
enum TestEnvironment {
    static func bundled() throws -> Environment {
        Environment.standard(try CatalogLoader.bundled())
    }
}
