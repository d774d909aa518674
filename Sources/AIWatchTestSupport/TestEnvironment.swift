import AIWatchApp
import AIWatchData
import TerminalKit

/// The environment the app runs with, on the bundled data.
public enum TestEnvironment {
    public static func bundled() throws -> Environment { shared }

    private static let shared = Environment.standard(try! CatalogLoader.bundled())
}
