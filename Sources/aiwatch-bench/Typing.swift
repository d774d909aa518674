import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import TerminalKit

/// Keystroke-to-frame latency in the app's own loop, without the terminal: `Update.update` with the key, then the
/// full render of the next frame (the terminal backend then writes only the cells that changed).
enum Typing {
    /// Types each query into the filter line one character at a time, `repetitions` times, with large searches
    /// left to the background as the app leaves them. A keystroke's figure is its median over the repetitions,
    /// which discounts noise from other processes; `keys` holds one per key, `searches` one per background search
    /// (the search, then the frame showing its results).
    static func filter(_ queries: [String], env: Environment, repetitions: Int) -> (keys: Samples, searches: Samples) {
        var keys = Samples()
        var searches = Samples()
        for query in queries {
            var perKey = Array(repeating: Samples(), count: query.count + 1)
            for _ in 0..<repetitions {
                var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
                Update.update(.started(columns: 120, rows: 40), state: &state, env: env)
                let typed = [Key.character("/")] + query.map { Key.character($0) }
                for (position, key) in typed.enumerated() {
                    perKey[position].time { frame(after: key, state: &state, env: env) }
                    guard state.engine.waiting != nil else { continue }
                    searches.time {
                        Update.update(.searchFinished(state.engine.searchingWaiting()), state: &state, env: env)
                        _ = Renderer.render(state, catalog: env.catalog)
                    }
                }
            }
            for key in perKey { keys.add(key.median) }
        }
        return (keys, searches)
    }

    /// Moves through the companies pane: a hundred `j`, then ten `PgDn`; one figure per key.
    static func scroll(env: Environment) -> Samples {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        Update.update(.key(.character("2")), state: &state, env: env)
        var samples = Samples()
        for key in Array(repeating: Key.character("j"), count: 100) + Array(repeating: Key.pageDown, count: 10) {
            samples.time { frame(after: key, state: &state, env: env) }
        }
        return samples
    }

    private static func frame(after key: Key, state: inout AppState, env: Environment) {
        Update.update(.key(key), state: &state, env: env)
        _ = Renderer.render(state, catalog: env.catalog)
    }
}
