import AIWatchCore
import Foundation

/// The interactive loop: draw the state, read a key, update, perform the effect; until quit or hangup.
public enum AppRunner {
    /// Runs the app; returns the exit status. `export` performs an export and returns the status-bar message.
    @MainActor
    public static func run(
        env: Environment, state initial: AppState, theme: Theme, mouse: Bool,
        export: (ExportFormat, AppState) -> String
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
        var state = initial
        (state.columns, state.rows) = terminal.size()
        // The state was built before the terminal's size was known: lay it out again for the real one.
        Update.fit(&state, env: env)
        var needsDraw = true
        // Hidden crash trigger for the end-to-end tests: proves a crash after the first frame gives the terminal back.
        let trapAfterFirstFrame = ProcessInfo.processInfo.environment["AIWATCH_DEBUG_TRAP"] == "1"
        while true {
            if needsDraw {
                terminal.draw(Renderer.render(state, catalog: env.catalog), theme: theme)
                needsDraw = false
                if trapAfterFirstFrame { fatalError("AIWATCH_DEBUG_TRAP is set: trapping after the first frame") }
            }
            // Wait for a key, then take every key already typed before drawing again, so a paste or fast typing
            // costs one frame, not one per key.
            var timeout: Int32 = -1
            while true {
                switch terminal.readKey(timeoutMilliseconds: timeout) {
                case .hangup:
                    return 0
                case .timeout:
                    break
                case .key(let key):
                    if key == .resize { (state.columns, state.rows) = terminal.size() }
                    switch Update.handle(key, state: &state, env: env) {
                    case .quit: return 0
                    case .export(let choice): state.message = export(choice, state)
                    case .none: break
                    }
                    needsDraw = true
                    timeout = 0
                    continue
                }
                break
            }
        }
    }
}
