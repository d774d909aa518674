import AIWatchApp
import AIWatchData
import TerminalKit

/// What the interactive app needs before its first frame: the catalog loaded, the view built. Made on a
/// background thread while the loading screen shows, so a large data folder never leaves the terminal blank.
public struct Startup: Sendable {
    /// The catalog and search index to show; provisional (not yet searchable) unless the view starts filtered.
    public let env: Environment
    /// The view the command line asks for.
    public let state: AppState
    /// Why the settings file could not be used, if it could not: the app's first message.
    public let settingsProblem: String?

    /// Why the app cannot start: the lines to print once the terminal is given back, and the exit status.
    public struct Failure: Error, Sendable {
        /// The lines to print.
        public let message: String
        /// 2 when the command line asks for a view that cannot be (as for `snapshot`), 1 when the data is at fault.
        public var status: Int32 = 1
    }

    /// Loads the bundled data or `directory`, reporting the fraction read, and opens `view` on it; `message` is a
    /// settings problem to show first.
    public static func make(
        _ view: ViewOptions, directory: String?, message: String?, progress: @escaping (Double) -> Void = { _ in }
    ) -> Result<Startup, Failure> {
        let catalog: Catalog
        do {
            catalog = try Commands.loadCatalog(directory, progress: progress)
        } catch {
            // The count last, where the terminal leaves it in view: a long report may have scrolled past.
            let folder = directory.map { " in " + Sanitizer.clean($0) } ?? ""
            return .failure(Failure(message: Commands.describe(error, in: directory) + "aiwatch: " + Commands.found(error) + folder + "; nothing was loaded\n"))
        }
        // A view that starts filtered needs the index at once; otherwise it is built after the first frame.
        let env = view.filter.isEmpty ? Environment.provisional(catalog) : Environment.standard(catalog)
        do {
            let state = try ViewBuilder.state(view, columns: 80, rows: 24, env: env)
            return .success(Startup(env: env, state: state, settingsProblem: message))
        } catch {
            return .failure(Failure(message: "aiwatch: " + Sanitizer.clean(error.description) + "\n", status: 2))
        }
    }
}
