import AIWatchCore

/// Keystroke-to-frame latency in the app's own loop, without the terminal: `Update.handle` for the key, then the
/// full render of the next frame (the terminal backend then writes only the cells that changed).
enum Typing {
    /// Types each query into the filter line one character at a time, `repetitions` times. A keystroke's figure is
    /// its median over the repetitions, which discounts noise from other processes; the result holds one per key.
    static func filter(_ queries: [String], env: Environment, repetitions: Int) -> Samples {
        var samples = Samples()
        for query in queries {
            var perKey = Array(repeating: Samples(), count: query.count + 1)
            for _ in 0..<repetitions {
                var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
                let keys = [Key.character("/")] + query.map { Key.character($0) }
                for (position, key) in keys.enumerated() {
                    perKey[position].time { frame(after: key, state: &state, env: env) }
                }
            }
            for key in perKey { samples.add(key.median) }
        }
        return samples
    }

    /// Moves through the companies pane: a hundred `j`, then ten `PgDn`; one figure per key.
    static func scroll(env: Environment) -> Samples {
        var state = Update.initialState(columns: 120, rows: 40, query: "", env: env)
        _ = Update.handle(.character("2"), state: &state, env: env)
        var samples = Samples()
        for key in Array(repeating: Key.character("j"), count: 100) + Array(repeating: Key.pageDown, count: 10) {
            samples.time { frame(after: key, state: &state, env: env) }
        }
        return samples
    }

    private static func frame(after key: Key, state: inout AppState, env: Environment) {
        _ = Update.handle(key, state: &state, env: env)
        _ = Renderer.render(state, catalog: env.catalog)
    }
}
