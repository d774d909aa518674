import AIWatchApp
import AIWatchData
import Foundation
import TerminalKit

/// The interactive loop: it turns what happens (keys, the terminal's size, background work finishing) into messages
/// for `Update.update`, draws the state, and carries out the commands update returns. It never changes the state
/// itself.
public enum AppRunner {
    /// Makes what the app starts with, on a background thread, reporting the fraction done.
    public typealias StartupWork = @Sendable (_ report: @escaping @Sendable (Double) -> Void) -> Result<Startup, Startup.Failure>

    /// Writes an export or a brief of a state in a theme, and returns the file's path.
    public typealias ExportWork = (ExportDocument, AppState, Catalog, Theme) -> Result<String, ExportWriteError>
    /// Appends a citation to the citations file, and returns its path.
    public typealias CitationFiling = (String) -> Result<String, ExportWriteError>

    /// Runs the app; returns the exit status. `startup` loads the data while a loading screen names `folder` and
    /// shows its progress; with `startupFirst` the terminal is taken only once it is done or a second has passed,
    /// so a view the data refuses is told on the normal screen. `export` writes exports; a citation goes to the clipboard when
    /// `clipboard` allows, else `fileCitation` keeps it in a file.
    @MainActor
    public static func run(
        startup: @escaping StartupWork, startupFirst: Bool = false, folder: String, theme: Theme, terminal options: TerminalOptions, clipboard: Bool,
        export: @escaping ExportWork, fileCitation: @escaping CitationFiling
    ) -> Int32 {
        // Loading starts first, so the data is read while curses starts.
        let loading = BackgroundWork(startup)
        if let reason = Terminal.check() {
            // A broken data folder is the first thing to hear about, terminal or not.
            if case .failure(let failure)? = loading.wait(milliseconds: 2000) {
                try? ConsoleWriter.write(failure.message, to: ConsoleWriter.error)
                return failure.status
            } else {
                try? ConsoleWriter.write("aiwatch: \(reason)\n", to: ConsoleWriter.error)
            }
            return 1
        }
        // Data that loads in a moment (the bundled data, a small folder) is checked before the terminal is taken;
        // a large folder still gets its loading screen, and a refused view then ends it with the same message.
        if startupFirst, case .failure(let failure)? = loading.wait(milliseconds: 1000) {
            try? ConsoleWriter.write(failure.message, to: ConsoleWriter.error)
            return failure.status
        }
        let terminal = Terminal(options: options)
        do {
            try terminal.start(theme: theme)
        } catch {
            try? ConsoleWriter.write("aiwatch: \(error)\n", to: ConsoleWriter.error)
            return 1
        }
        defer { terminal.stop() }
        guard let (outcome, typed) = waitForStartup(loading, terminal: terminal, folder: folder, theme: theme) else { return 0 }
        switch outcome {
        case .failure(let failure):
            terminal.stop()
            try? ConsoleWriter.write(failure.message, to: ConsoleWriter.error)
            return failure.status
        case .success(let started):
            let cite: (String, String) -> Message = { text, record in
                if clipboard && terminal.copyToClipboard(text) { return .citationCopied(record: record) }
                switch fileCitation(text) {
                case .success(let path): return .citationFiled(record: record, path: path)
                case .failure(let error): return .exportFailed(error.reasonFirst)
                }
            }
            var session = Session(env: started.env, state: started.state, theme: theme, export: export, cite: cite)
            let (columns, rows) = terminal.size()
            session.send(.started(columns: columns, rows: rows))
            if let problem = started.settingsProblem { session.send(.configProblem(problem)) }
            // What was typed on the loading screen applies to the first frame, as a terminal user expects.
            for key in typed { session.send(message(for: key, terminal: terminal)) }
            return loop(terminal: terminal, session: &session)
        }
    }

    /// The startup's outcome, and the keys typed meanwhile; the loading screen after a first moment. Nil when the
    /// user quits: Ctrl-C, or `q` before anything else was typed.
    @MainActor
    private static func waitForStartup(
        _ loading: BackgroundWork<Result<Startup, Startup.Failure>>, terminal: Terminal, folder: String, theme: Theme
    ) -> (Result<Startup, Startup.Failure>, typed: [Key])? {
        // Data that loads at once (the bundled data does) goes straight to its first frame.
        if let done = loading.wait(milliseconds: 30) { return (done, []) }
        var typed: [Key] = []
        let start = Date()
        while true {
            let (columns, rows) = terminal.size()
            let seconds = Date().timeIntervalSince(start)
            terminal.draw(LoadingScreen.render(columns: columns, rows: rows, folder: folder, progress: loading.progress, seconds: seconds), theme: theme)
            // Keys are taken as they come; the wait for the data is short, so the first frame follows it at once.
            reading: while true {
                switch terminal.readKey(timeoutMilliseconds: 0) {
                case .hangup: return nil
                case .key(.control("c")): return nil
                case .key(.character("q")) where typed.isEmpty: return nil
                case .key(.resize): continue
                case .key(let key): typed.append(key)
                case .timeout: break reading
                }
            }
            if let done = loading.wait(milliseconds: 50) { return (done, typed) }
        }
    }

    /// The app proper: draw, wait for something to happen, tell update, repeat until a command quits.
    @MainActor
    private static func loop(
        terminal: Terminal, session: inout Session
    ) -> Int32 {
        while !session.quit {
            if session.repaint {
                terminal.invalidate()
                session.repaint = false
            }
            if session.changed {
                terminal.draw(Renderer.render(session.state, catalog: session.env.catalog), theme: session.theme)
                session.changed = false
            }
            session.startDeferredWork()
            // Wait for a key, then take every key already typed before drawing again, so a paste or fast typing
            // costs one frame, not one per key. While background work runs, wake up every 10 ms to collect it: the
            // frame with its results follows it at once, and progress is redrawn only when it moves.
            var timeout: Int32 = session.searcher != nil || session.builder != nil ? 10 : -1
            while !session.quit {
                let event = terminal.readKey(timeoutMilliseconds: timeout)
                session.collect()
                guard case .key(let key) = event else {
                    if event == .hangup { return 0 }
                    break
                }
                session.send(message(for: key, terminal: terminal))
                timeout = 0
            }
        }
        return 0
    }

    /// The message a key from the terminal makes: a resize carries the new size, a mouse event is its own message.
    @MainActor
    private static func message(for key: Key, terminal: Terminal) -> Message {
        switch key {
        case .resize:
            let (columns, rows) = terminal.size()
            return .resized(columns: columns, rows: rows)
        case .mouse(let event): return .mouse(event)
        default: return .key(key)
        }
    }
}

/// What the loop keeps between messages: the state (changed only by `Update.update`), the environment it shows, and
/// the background work its commands started.
private struct Session {
    private(set) var env: Environment
    private(set) var state: AppState
    private(set) var builder: BackgroundWork<Environment>?
    /// Whether an index build waits for the frame being made to be drawn.
    private var buildPending = false
    private(set) var searcher: BackgroundWork<FilterEngine>?
    /// The index progress last reported, so that only a visible change is sent.
    private var reportedProgress = -1.0
    private(set) var quit = false
    /// The theme frames and exports are drawn in (`Command.theme` changes it).
    private(set) var theme: Theme
    /// Whether a message arrived since the last frame.
    var changed = true
    /// Whether the next frame repaints every cell, not only those that changed (`Command.redraw`).
    var repaint = false

    /// Writes an export (`Command.export`).
    private let export: AppRunner.ExportWork
    /// Puts a citation where it can be pasted, and says where (`Command.cite`).
    private let cite: (String, String) -> Message

    init(env: Environment, state: AppState, theme: Theme, export: @escaping AppRunner.ExportWork, cite: @escaping (String, String) -> Message) {
        self.env = env
        self.state = state
        self.theme = theme
        self.export = export
        self.cite = cite
    }

    /// Gives `message` to update and carries out the commands it returns.
    mutating func send(_ message: Message) {
        changed = true
        for command in Update.update(message, state: &state, env: env) {
            switch command {
            case .quit:
                quit = true
            case .redraw:
                repaint = true
            case .theme(let name):
                theme = Theme.named(name)
            case .buildIndex:
                // Started once the frame is drawn (`startDeferredWork`): starting a thread and building while the
                // first frame is made would slow the frame down.
                buildPending = true
            case .search:
                searcher = BackgroundWork { [engine = state.engine] _ in engine.searchingWaiting() }
            case .export(let format):
                write(.view(format))
            case .brief(let format):
                write(.brief(format))
            case .cite(let text, let record):
                send(cite(text, record))
            }
        }
    }

    /// Writes an export (`Command.export`, `Command.brief`) and says how it went.
    private mutating func write(_ document: ExportDocument) {
        switch export(document, state, env.catalog, theme) {
        case .success(let path): send(.exported(path: path))
        case .failure(let error): send(.exportFailed(error.reasonFirst))
        }
    }

    /// Starts the index build a command asked for, now that the frame is drawn.
    mutating func startDeferredWork() {
        guard buildPending else { return }
        buildPending = false
        builder = BackgroundWork { [catalog = env.catalog] report in Environment.standard(catalog, progress: report) }
    }

    /// Turns background work that finished, or got visibly further, into messages.
    mutating func collect() {
        if let pending = builder {
            if let built = pending.result {
                builder = nil
                env = built
                send(.indexBuilt(built))
            } else if pending.progress - reportedProgress >= 0.01 {
                reportedProgress = pending.progress
                send(.indexProgress(pending.progress))
            }
        }
        if let running = searcher, let finished = running.result {
            searcher = nil
            send(.searchFinished(finished))
        }
    }
}
