import AIWatchApp
import AIWatchData
import Foundation
import TerminalKit

/// The `aiwatch` program: parses the arguments, carries out what they ask for, and prints through `ConsoleWriter`,
/// so the executable itself is only the call to `run`.
public enum CommandLineMain {
    /// The environment variables aiwatch reads. Only these: `ProcessInfo.environment` would parse them all, a
    /// noticeable part of start-up.
    public static let variables = ["XDG_CONFIG_HOME", "HOME", "NO_COLOR"]

    /// Runs `aiwatch` with `arguments` (without the program's name) on the main thread; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        // A write past the file-size limit then fails with EFBIG and is reported, instead of killing the process
        // with a temporary file left behind.
        signal(SIGXFSZ, SIG_IGN)
        let environment = variables.reduce(into: [String: String]()) { found, name in
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        let parsed: (invocation: Invocation, dataDirectory: String?)
        do {
            parsed = try CommandLineParser.parse(arguments)
        } catch {
            return emit(.failure(error.message, status: 2))
        }
        switch parsed.invocation {
        case .interactive(let view, let exportDirectory, let terminal):
            // A filter that cannot parse is a usage error, as for snapshot: said before anything touches the terminal.
            do {
                try ViewBuilder.check(view)
            } catch {
                return emit(.failure(error.description, status: 2))
            }
            return MainActor.assumeIsolated {
                interactive(view, exportDirectory: exportDirectory, terminal: terminal, dataDirectory: parsed.dataDirectory, environment: environment)
            }
        default:
            return emit(outcome(parsed.invocation, dataDirectory: parsed.dataDirectory, environment: environment))
        }
    }

    /// What a command other than the interactive app prints and exits with.
    static func outcome(_ invocation: Invocation, dataDirectory: String?, environment: [String: String]) -> Commands.Outcome {
        switch invocation {
        case .help(nil): return .ok(HelpText.usage + "\n")
        case .help(let command?): return .ok(HelpText.usage(of: command) + "\n")
        case .ids(let pane):
            return withCatalog(dataDirectory) { catalog in .ok(Commands.recordIDs(pane, catalog: catalog).map { $0 + "\n" }.joined()) }
        case .completions(let shell):
            return withCatalog(nil) { catalog in .ok(CompletionScript.text(for: shell, ids: Commands.recordIDs(nil, catalog: catalog))) }
        case .man: return .ok(ManPage.roff)
        case .version: return .ok(HelpText.version + "\n")
        case .validate(let directory): return Commands.validate(directory ?? dataDirectory)
        case .brief(let filter, let format, let output, let force):
            return withCatalog(dataDirectory) { catalog in
                Commands.brief(filter: filter, format: format, output: output, force: force, env: .standard(catalog))
            }
        case .cite(let id, let format):
            return withCatalog(dataDirectory) { catalog in Commands.cite(id, format: format, env: .standard(catalog)) }
        case .initData(let directory): return Commands.initData(directory)
        case .list(let pane, let filter, let sort, let format):
            return withCatalog(dataDirectory) { catalog in
                Commands.list(pane, filter: filter, sort: sort, format: format, env: .standard(catalog))
            }
        case .snapshot(let view, let size, let format, let output, let force, let frame):
            let (settings, warning) = Settings.load(path: Settings.path(environment: environment))
            let theme = Theme.named(Settings.theme(flag: view.theme, settings: settings, environment: environment))
            var loaded = true
            var outcome = withCatalog(dataDirectory) { catalog in
                Commands.snapshot(
                    view, columns: size.columns, rows: size.rows, format: format, output: output, force: force,
                    theme: theme, frame: frame, env: .standard(catalog)
                )
            } failed: { loaded = false }
            // A broken settings file is worth a line once there is a snapshot to make.
            if let warning, loaded { outcome.error = "aiwatch: \(warning)\n" + outcome.error }
            return outcome
        case .interactive:
            preconditionFailure("the interactive app prints nothing here: run(arguments:) starts it")
        }
    }

    /// `command` run on the bundled data or `directory`, or every problem that keeps the data from loading.
    private static func withCatalog(
        _ directory: String?, _ command: (Catalog) -> Commands.Outcome, failed: () -> Void = {}
    ) -> Commands.Outcome {
        do {
            return command(try Commands.loadCatalog(directory))
        } catch {
            failed()
            return Commands.Outcome(output: "", error: Commands.describe(error, in: directory), status: 1)
        }
    }

    /// The app in the terminal, its theme chosen from the command line, `NO_COLOR` and the settings file.
    @MainActor
    private static func interactive(
        _ view: ViewOptions, exportDirectory: String, terminal: TerminalOptions, dataDirectory: String?, environment: [String: String]
    ) -> Int32 {
        let (settings, warning) = Settings.load(path: Settings.path(environment: environment))
        let theme = Theme.named(Settings.theme(flag: view.theme, settings: settings, environment: environment))
        var shown = view
        shown.exportFolder = absolutePath(exportDirectory)
        return AppRunner.run(
            startup: { [shown] report in Startup.make(shown, directory: dataDirectory, message: warning, progress: report) },
            // A record or sort the command line names is checked against the data, before the terminal is taken when
            // the data loads in a moment.
            startupFirst: ViewBuilder.needsCatalog(view),
            folder: dataDirectory ?? "bundled data", theme: theme, terminal: terminal, clipboard: settings.clipboard && terminal.clipboard,
            export: { choice, state, catalog, theme in
                Commands.exportFile(choice, state: state, theme: theme, catalog: catalog, directory: exportDirectory)
            },
            fileCitation: { CitationFile.append($0, in: exportDirectory) }
        )
    }

    /// `path` made absolute, without `.` and `..` parts, as `URL.standardizedFileURL` makes it, but without
    /// Foundation's URL, whose first use takes a third of a millisecond before the first frame.
    static func absolutePath(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            guard getcwd(&buffer, buffer.count) != nil else { return path }
            full = String(cString: buffer) + "/" + path
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        // Appended one by one: `joined` over substrings is generic, and its first call looks up a conformance.
        var absolute = ""
        for part in parts {
            absolute += "/"
            absolute += part
        }
        return absolute.isEmpty ? "/" : absolute
    }

    /// Prints `outcome`'s error lines, then its output (a warning comes before what it is about), and returns its
    /// status. Output that cannot be written is a failure, as with coreutils: "aiwatch: write error: No space left on
    /// device" on standard error, status 1.
    static func emit(_ outcome: Commands.Outcome) -> Int32 {
        var status = outcome.status
        do {
            try ConsoleWriter.write(outcome.error, to: ConsoleWriter.error)
        } catch {
            // Nowhere is left to say so; the status at least tells a script.
            if status == 0 { status = 1 }
        }
        do {
            try ConsoleWriter.write(outcome.output, to: ConsoleWriter.output)
        } catch {
            try? ConsoleWriter.write("aiwatch: \(error)\n", to: ConsoleWriter.error)
            return 1
        }
        return status
    }
}
