import AIWatchCore
import AIWatchTerminal
import Foundation

/// Prints an outcome and exits with its status.
func finish(_ outcome: Commands.Outcome) -> Never {
    FileHandle.standardOutput.write(Data(outcome.output.utf8))
    FileHandle.standardError.write(Data(outcome.error.utf8))
    exit(outcome.status)
}

let environment = ProcessInfo.processInfo.environment
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

let catalog: Catalog
do {
    catalog = try Commands.loadCatalog(dataDirectory)
} catch {
    finish(Commands.Outcome(output: "", error: Commands.describe(error, in: dataDirectory), status: 1))
}
let (settings, settingsWarning) = Settings.load(path: Settings.path(environment: environment))

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
case .interactive(let view, let exportDirectory, let mouse):
    let theme = Theme.named(Settings.theme(flag: view.theme, settings: settings, environment: environment))
    // A view that starts filtered needs the index at once; otherwise the app builds it after the first frame.
    let env = view.filter.isEmpty ? Environment.provisional(catalog) : Environment.standard(catalog)
    var state: AppState
    do {
        state = try ViewBuilder.state(view, columns: 80, rows: 24, env: env)
    } catch {
        finish(.failure(error.description))
    }
    state.message = settingsWarning
    let status = MainActor.assumeIsolated {
        AppRunner.run(env: env, state: state, theme: theme, mouse: mouse) { choice, state, catalog in
            Commands.exportFile(choice, state: state, theme: theme, catalog: catalog, directory: exportDirectory)
        }
    }
    exit(status)
default:
    finish(.failure("unhandled command"))
}
