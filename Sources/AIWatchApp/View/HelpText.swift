import AIWatchData
import TerminalKit

/// The text of `aiwatch --help`.
public enum HelpText {
    /// The line `aiwatch --version` prints.
    public static let version = "aiwatch 0.1.0"

    /// The view string the help shows as an example of `--view`: it names a real record, so it reopens a view.
    public static let exampleView = "companies?q=sector:finance#jd-com"

    /// The usage lines of the app and every subcommand, indented as the help shows them.
    static var usageLines: String {
        CommandSpec.all.flatMap(\.usage).map { "  " + $0 }.joined(separator: "\n")
    }

    /// The help of one subcommand (`aiwatch snapshot --help`): what it does, its usage, every argument and option
    /// on a line of its own, and an example; without a final newline.
    public static func usage(of command: Subcommand) -> String {
        let spec = command.spec
        let entries = spec.arguments + spec.options
        let width = min(24, (entries.map { $0.spelled.count }.max() ?? 0) + 2)
        func row(_ entry: CommandOption) -> String {
            entry.spelled.count + 2 > width
                ? "  " + entry.spelled + "\n  " + String(repeating: " ", count: width) + entry.line
                : "  " + TextFit.pad(entry.spelled, to: width) + entry.line
        }
        var sections = [spec.name + " — " + spec.summary, "USAGE\n" + spec.usage.map { "  " + $0 }.joined(separator: "\n")]
        if !spec.arguments.isEmpty { sections.append("ARGUMENTS\n" + spec.arguments.map(row).joined(separator: "\n")) }
        sections.append("OPTIONS\n" + spec.options.map(row).joined(separator: "\n"))
        sections.append((spec.examples.count == 1 ? "EXAMPLE\n" : "EXAMPLES\n") + spec.examples.map { "  " + $0 }.joined(separator: "\n"))
        return sections.joined(separator: "\n\n")
    }

    /// The whole text of `aiwatch --help`, without a final newline.
    public static var usage: String {
        let panes = Pane.allCases.map(\.rawValue).joined(separator: ", ")
        let themes = Theme.Name.alternatives
        let keys = KeyMap.bindings.filter { if case .jump = $0.action { return false }; return true }
            .map { "  " + TextFit.pad($0.label, to: 12) + $0.help }.joined(separator: "\n")
        return """
        aiwatch — China's generative-AI race in the terminal: companies, regulations and statistics from two news
        articles, every record with its verbatim evidence.

        USAGE
        \(usageLines)

          --data DIR works with every command: use a data folder instead of the bundled data.
          aiwatch COMMAND --help lists its options, one a line, with an example.
          --size is at least \(Layout.minColumns)x\(Layout.minRows) (the smallest screen aiwatch draws); the default is 120x40.
          --no-frame leaves the window frame and title off an SVG.
          VIEW is the string the status bar shows, e.g. \(exampleView): it reopens that view.
          Panes, in key order 1…7: \(panes).

        KEYS
          1 … 7       go to a pane
        \(keys)

        FILTER (press / in the app, or --filter QUERY)
        \(QueryHelp.lines.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"))

        ENVIRONMENT
          NO_COLOR    any value: the mono theme (reverse and bold only)
          XDG_CONFIG_HOME
                      where the settings file is: $XDG_CONFIG_HOME/aiwatch/config.json, else
                      ~/.config/aiwatch/config.json; {"theme": "light"} there sets the theme (\(themes)).
                      --theme and NO_COLOR win over it; a broken file is reported and the defaults used.

        EXIT STATUS
          0 success, 1 failure (reason on one line), 2 usage error
        """
    }
}
