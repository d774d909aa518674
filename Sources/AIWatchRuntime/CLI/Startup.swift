import AIWatchApp
import AIWatchData
import TerminalKit

/// What the interactive app needs before its first frame: the catalog loaded, the view built. Made on a
/// background thread while the loading screen shows, so a large data folder never leaves the terminal blank.
public struct Startup: Sendable {
    /// The loaded catalog with its search index (built now, or after the first frame).
    public let env: Environment
    /// The view the command line asked for, built on the catalog.
    public let state: AppState

    /// Why the app cannot start: the lines to print once the terminal is given back.
    public struct Failure: Error, Sendable {
        /// Whole lines, each starting "aiwatch: ".
        public let message: String
    }

    /// Loads the bundled data or `directory`, reporting the fraction read, and opens `view` on it.
    public static func make(
        _ view: ViewOptions, directory: String?, message: String?, progress: @escaping (Double) -> Void = { _ in }
    ) -> Result<Startup, Failure> {
        let catalog: Catalog
        do {
            catalog = try Commands.loadCatalog(directory, progress: progress)
        } catch {
            return .failure(Failure(message: Commands.describe(error, in: directory)))
        }
        // A view that starts filtered needs the index at once; otherwise it is built after the first frame.
        let env = view.filter.isEmpty ? Environment.provisional(catalog) : Environment.standard(catalog)
        do {
            var state = try ViewBuilder.state(view, columns: 80, rows: 24, env: env)
            state.message = message
            return .success(Startup(env: env, state: state))
        } catch {
            return .failure(Failure(message: "aiwatch: " + Sanitizer.clean(error.description) + "\n"))
        }
    }
}
