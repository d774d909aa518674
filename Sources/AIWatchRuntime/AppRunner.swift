import AIWatchApp
import AIWatchData
import Foundation
import TerminalKit

/// The interactive loop: draw the state, read a key, update, perform the effect; until quit or hangup.
public enum AppRunner {
    /// Makes what the app starts with, on a background thread, reporting the fraction done.
    public typealias StartupWork = @Sendable (_ report: @escaping @Sendable (Double) -> Void) -> Result<Startup, Startup.Failure>

    /// Runs the app; returns the exit status. `startup` loads the data while a loading screen names `folder` and
    /// shows its progress; `export` performs an export of a state with a catalog and returns the status-bar message.
    @MainActor
    public static func run(
        startup: @escaping StartupWork, folder: String, theme: Theme, mouse: Bool,
        export: (ExportFormat, AppState, Catalog) -> String
    ) -> Int32 {
        // Loading starts first, so the data is read while curses starts.
        let loading = BackgroundWork(startup)
        if let reason = Terminal.check() {
            // A broken data folder is the first thing to hear about, terminal or not.
            if case .failure(let failure)? = loading.wait(milliseconds: 2000) {
                FileHandle.standardError.write(Data(failure.message.utf8))
            } else {
                FileHandle.standardError.write(Data("aiwatch: \(reason)\n".utf8))
            }
            return 1
        }
        let terminal = Terminal(options: TerminalOptions(mouse: mouse))
        do {
            try terminal.start(theme: theme)
        } catch {
            FileHandle.standardError.write(Data("aiwatch: \(error)\n".utf8))
            return 1
        }
        defer { terminal.stop() }
        switch waitForStartup(loading, terminal: terminal, folder: folder, theme: theme) {
        case nil:
            return 0
        case .failure(let failure)?:
            terminal.stop()
            FileHandle.standardError.write(Data(failure.message.utf8))
            return 1
        case .success(let started)?:
            return loop(terminal: terminal, env: started.env, state: started.state, theme: theme, export: export)
        }
    }

    /// The startup's outcome; meanwhile, after a first moment, the loading screen. Nil when the user quits.
    @MainActor
    private static func waitForStartup(
        _ loading: BackgroundWork<Result<Startup, Startup.Failure>>, terminal: Terminal, folder: String, theme: Theme
    ) -> Result<Startup, Startup.Failure>? {
        // Data that loads at once (the bundled data does) goes straight to its first frame.
        if let done = loading.wait(milliseconds: 30) { return done }
        let start = Date()
        while true {
            let (columns, rows) = terminal.size()
            let seconds = Date().timeIntervalSince(start)
            terminal.draw(LoadingScreen.render(columns: columns, rows: rows, folder: folder, progress: loading.progress, seconds: seconds), theme: theme)
            // Keys are taken as they come; the wait for the data is short, so the first frame follows it at once.
            while true {
                switch terminal.readKey(timeoutMilliseconds: 0) {
                case .hangup: return nil
                case .key(.character("q")), .key(.control("c")): return nil
                case .key: continue
                case .timeout: break
                }
                break
            }
            if let done = loading.wait(milliseconds: 50) { return done }
        }
    }

    /// The app proper. With a provisional environment the search index is built in the background meanwhile.
    @MainActor
    private static func loop(
        terminal: Terminal, env provisional: Environment, state initial: AppState, theme: Theme,
        export: (ExportFormat, AppState, Catalog) -> String
    ) -> Int32 {
        var env = provisional
        var builder = env.isComplete ? nil : BackgroundWork { [catalog = provisional.catalog] report in Environment.standard(catalog, progress: report) }
        var state = initial
        state.engine.backgroundAbove = FilterEngine.documentsPerFrame
        var searcher: BackgroundWork<FilterEngine>?
        (state.columns, state.rows) = terminal.size()
        // The state was built before the terminal's size was known: lay it out again for the real one.
        Update.fit(&state, env: env)
        var needsDraw = true
        // Hidden crash trigger for the end-to-end tests: proves a crash after the first frame gives the terminal back.
        let trapAfterFirstFrame = getenv("AIWATCH_DEBUG_TRAP").map { String(cString: $0) } == "1"
        /// Swaps in the complete environment once it is built (running a filter that waited for it), or notes how
        /// far it is while a filter waits.
        func takeBuiltEnvironment() {
            guard let pending = builder else { return }
            guard let built = pending.result else {
                guard state.engine.waiting != nil else {
                    state.indexing = nil
                    return
                }
                let progress = (pending.progress * 100).rounded(.down) / 100
                needsDraw = needsDraw || progress != state.indexing
                state.indexing = progress
                return
            }
            env = built
            builder = nil
            Update.adopt(built, state: &state)
            needsDraw = true
        }
        /// Shows a background search's results once it is done, and starts the search a filter waits for.
        func takeSearch() {
            if let running = searcher {
                guard let finished = running.result else { return }
                searcher = nil
                Update.adoptSearch(finished, state: &state)
                needsDraw = true
            }
            if state.engine.waiting != nil && state.engine.index.isBuilt {
                searcher = BackgroundWork { [engine = state.engine] _ in engine.searchingWaiting() }
            }
        }
        while true {
            if needsDraw {
                terminal.draw(Renderer.render(state, catalog: env.catalog), theme: theme)
                needsDraw = false
                if trapAfterFirstFrame { fatalError("AIWATCH_DEBUG_TRAP is set: trapping after the first frame") }
            }
            // Wait for a key, then take every key already typed before drawing again, so a paste or fast typing
            // costs one frame, not one per key. While the index is built, wake up now and then to take it.
            var timeout: Int32 = searcher != nil ? 10 : builder == nil ? -1 : 100
            while true {
                let event = terminal.readKey(timeoutMilliseconds: timeout)
                takeBuiltEnvironment()
                takeSearch()
                switch event {
                case .hangup:
                    return 0
                case .timeout:
                    break
                case .key(let key):
                    if key == .resize { (state.columns, state.rows) = terminal.size() }
                    switch Update.handle(key, state: &state, env: env) {
                    case .quit: return 0
                    case .export(let choice): state.message = export(choice, state, env.catalog)
                    case .none: break
                    }
                    takeBuiltEnvironment()
                    needsDraw = true
                    timeout = 0
                    continue
                }
                break
            }
        }
    }
}
