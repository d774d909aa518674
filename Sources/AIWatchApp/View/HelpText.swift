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

    /// What aiwatch is, in one sentence: the first lines of `--help` and the manual page's description.
    public static let summary = "China's generative-AI race in the terminal: companies, regulations and statistics from two news"
        + " articles, every record with its verbatim evidence."

    /// What the usage lines leave unsaid, a sentence each, for `--help` and the manual page.
    public static var notes: [String] {
        [
            "--data DIR works with every command: use a data folder instead of the bundled data.",
            "aiwatch COMMAND --help lists its options, one a line, with an example.",
            "--size is at least \(Layout.minColumns)x\(Layout.minRows) (the smallest screen aiwatch draws); the default is 120x40.",
            "--no-frame leaves the window frame and title off an SVG.",
            "VIEW is the string the status bar shows, e.g. \(exampleView): it reopens that view.",
            "Panes, in key order 1…7: \(Pane.tabs.map(\.rawValue).joined(separator: ", ")); quotes is the People's quotes.",
        ]
    }

    /// The files aiwatch reads and writes, each with what it holds.
    public static let files: [(name: String, meaning: String)] = [
        ("$XDG_CONFIG_HOME/aiwatch/config.json",
         "the settings file, else ~/.config/aiwatch/config.json: {\"theme\": \"light\"} sets the theme (\(Theme.Name.alternatives)),"
            + " {\"clipboard\": false} keeps citations in a file. A broken file is reported and the defaults used."),
        ("aiwatch-PANE-YYYYMMDD-HHMMSS.EXT",
         "an export from the x menu, in the export folder (--export-dir, default the current folder); -2, -3… if taken."),
        ("citations.md", "in the export folder: the citations c copies, when --no-clipboard or the settings keep them out of the clipboard."),
    ]

    /// The environment variables aiwatch reads, each with what it does.
    public static let environment: [(name: String, meaning: String)] = [
        ("NO_COLOR", "any value: the mono theme (reverse and bold only)"),
        ("XDG_CONFIG_HOME",
         "where the settings file is: $XDG_CONFIG_HOME/aiwatch/config.json, else ~/.config/aiwatch/config.json;"
            + " {\"theme\": \"light\"} there sets the theme (\(Theme.Name.alternatives)). --theme and NO_COLOR win over it;"
            + " a broken file is reported and the defaults used."),
        ("HOME", "the settings file is under it when XDG_CONFIG_HOME is not set."),
        ("TERM", "the terminal type, looked up in terminfo; the app refuses to start without one, or on a dumb or unknown one."
            + " On the Linux console (linux) lines, bars and big digits are drawn with its line-drawing characters."),
        ("COLORTERM", "truecolor or 24bit: the themes' exact colours, through the -direct terminfo type of TERM"
            + " (xterm-direct) where it is installed; else 256 colours (TERM=xterm-256color) give their nearest."),
        ("LC_ALL, LC_CTYPE, LANG",
         "the locale: without UTF-8 lines, bars and big digits are drawn with the terminal's line-drawing characters"
            + " (terminfo acsc), or in ASCII when it has none; --ascii draws them in ASCII anywhere."),
    ]

    /// What each exit status means.
    public static let exitStatuses: [(status: Int, meaning: String)] = [
        (0, "success"), (1, "failure (the reason on one line)"), (2, "usage error (an unknown option or pane, a filter that does not parse, an id that is not a row of the pane)"),
    ]

    /// Entries as the help lists them: the name, then what it means wrapped beside it, or below when the name is long.
    private static func entries(_ entries: [(name: String, meaning: String)]) -> String {
        entries.map { entry in
            let lines = TextFit.wrap(entry.meaning, to: 86).map { String(repeating: " ", count: 14) + $0 }
            guard entry.name.count < 12, let first = lines.first else { return (["  " + entry.name] + lines).joined(separator: "\n") }
            return (["  " + TextFit.pad(entry.name, to: 12) + first.dropFirst(14)] + lines.dropFirst()).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The whole text of `aiwatch --help`, without a final newline.
    public static var usage: String {
        let keys = KeyMap.bindings.filter { if case .jump = $0.action { return false }; return true }
            .map { "  " + TextFit.pad($0.label, to: 12) + $0.help }.joined(separator: "\n")
        let statuses = exitStatuses.map { "\($0.status) \($0.meaning)" }.joined(separator: ", ")
        return """
        \(TextFit.wrap("aiwatch — " + summary, to: 110).joined(separator: "\n"))

        USAGE
        \(usageLines)

        \(notes.map { "  " + $0 }.joined(separator: "\n"))

        KEYS
          1 … 7       go to a pane
        \(keys)

        FILTER (press / in the app, or --filter QUERY)
        \(QueryHelp.lines.map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"))

        FILES
        \(entries(files))

        ENVIRONMENT
        \(entries(environment))

        EXIT STATUS
        \(TextFit.wrap(statuses, to: 98).map { "  " + $0 }.joined(separator: "\n"))

        The manual page: aiwatch man | man -l -
        """
    }
}
