import AIWatchApp
import AIWatchData
import TerminalKit

/// The environment the app runs with, on the bundled data.
public enum TestEnvironment {
    /// The bundled catalog with its pinyin and a built index, made once per test process and shared.
    public static func bundled() throws -> Environment { shared }

    private static let shared = Environment.standard(try! CatalogLoader.bundled())
}
