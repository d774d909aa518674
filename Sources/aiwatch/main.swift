import AIWatchApp
import AIWatchData
import TerminalKit
import AIWatchRuntime
import Foundation

/// Prints an outcome and exits with its status.
func finish(_ outcome: Commands.Outcome) -> Never {
    FileHandle.standardOutput.write(Data(outcome.output.utf8))
    FileHandle.standardError.write(Data(outcome.error.utf8))
    exit(outcome.status)
}

// Only the variables aiwatch reads: `ProcessInfo.environment` would parse them all, a noticeable part of start-up.
let environment = ["XDG_CONFIG_HOME", "HOME", "NO_COLOR"].reduce(into: [String: String]()) { found, name in
    if let value = getenv(name) { found[name] = String(cString: value) }
}
let (invocation, dataDirectory): (Invocation, String?)
do {
    (invocation, dataDirectory) = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    finish(.failure(error.message, status: 2))
}

switch invocation {
case .help: finish(.ok(HelpText.usage + "\n"))
case .version: finish(.ok(HelpText.version + "\n"))
case .validate(let directory): finish(Commands.validate(directory ?? dataDirectory))
case .initData(let directory): finish(Commands.initData(directory))
default: break
}

let (settings, settingsWarning) = Settings.load(path: Settings.path(environment: environment))

if case .interactive(let view, let exportDirectory, let mouse) = invocation {
    let theme = Theme.named(Settings.theme(flag: view.theme, settings: settings, environment: environment))
    let status = MainActor.assumeIsolated {
        AppRunner.run(
            startup: { report in Startup.make(view, directory: dataDirectory, message: settingsWarning, progress: report) },
            folder: dataDirectory ?? "bundled data", theme: theme, mouse: mouse
        ) { choice, state, catalog in
            Commands.exportFile(choice, state: state, theme: theme, catalog: catalog, directory: exportDirectory)
        }
    }
    exit(status)
}

let catalog: Catalog
do {
    catalog = try Commands.loadCatalog(dataDirectory)
} catch {
    finish(Commands.Outcome(output: "", error: Commands.describe(error, in: dataDirectory), status: 1))
}

switch invocation {
case .list(let pane, let filter, let format):
    finish(Commands.list(pane, filter: filter, format: format, env: .standard(catalog)))
case .snapshot(let view, let size, let format, let output, let force, let frame):
    if let settingsWarning { FileHandle.standardError.write(Data("aiwatch: \(settingsWarning)\n".utf8)) }
    let theme = Theme.named(Settings.theme(flag: view.theme, settings: settings, environment: environment))
    finish(Commands.snapshot(
        view, columns: size.columns, rows: size.rows, format: ExportFormat(rawValue: format) ?? .txt, output: output,
        force: force, theme: theme, frame: frame, env: .standard(catalog)
    ))
default:
    finish(.failure("unhandled command"))
}
