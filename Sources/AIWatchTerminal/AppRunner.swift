import AIWatchCore
import Foundation

/// The interactive loop: draw the state, read a key, update, perform the effect; until quit or hangup.
public enum AppRunner {
    /// Runs the app; returns the exit status. `export` performs an export of a state with a catalog and returns the
    /// status-bar message. With a provisional environment the search index is built in the background meanwhile.
    @MainActor
    public static func run(
        env provisional: Environment, state initial: AppState, theme: Theme, mouse: Bool,
        export: (ExportFormat, AppState, Catalog) -> String
    ) -> Int32 {
        if let reason = Terminal.check() {
            FileHandle.standardError.write(Data("aiwatch: \(reason)\n".utf8))
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
        var env = provisional
        var builder = env.isComplete ? nil : EnvironmentBuilder(env.catalog)
        var state = initial
        (state.columns, state.rows) = terminal.size()
        var needsDraw = true
        // Hidden crash trigger for the end-to-end tests: proves a crash after the first frame gives the terminal back.
        let trapAfterFirstFrame = ProcessInfo.processInfo.environment["AIWATCH_DEBUG_TRAP"] == "1"
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
        while true {
            if needsDraw {
                terminal.draw(Renderer.render(state, catalog: env.catalog), theme: theme)
                needsDraw = false
                if trapAfterFirstFrame { fatalError("AIWATCH_DEBUG_TRAP is set: trapping after the first frame") }
            }
            // Wait for a key, then take every key already typed before drawing again, so a paste or fast typing
            // costs one frame, not one per key.
            // While the index is built, wake up now and then to take it or to show how far it is.
            var timeout: Int32 = builder == nil ? -1 : 100
            while true {
                let event = terminal.readKey(timeoutMilliseconds: timeout)
                takeBuiltEnvironment()
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
