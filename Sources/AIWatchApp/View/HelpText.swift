import AIWatchData
import TerminalKit

/// The text of `aiwatch --help`.
public enum HelpText {
    /// The line `aiwatch --version` prints.
    public static let version = "aiwatch 0.1.0"

    /// The view string the help shows as an example of `--view`: it names a real record, so it reopens a view.
    public static let exampleView = "companies?q=sector:finance#jd-com"

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
          aiwatch [--data DIR] [--filter QUERY] [--pane NAME] [--theme \(themes)]
                  [--select ID] [--open] [--view VIEW] [--export-dir DIR] [--no-mouse]
          aiwatch snapshot [--pane NAME] [--filter QUERY] [--select ID] [--open] [--view VIEW] [--size COLSxROWS]
                           [--format \(ExportFormat.alternatives)] [--theme \(themes)] [--no-frame] [-o FILE [--force]]
          aiwatch list PANE [--filter QUERY] [--format \(ListFormat.alternatives)]
          aiwatch validate [DIR]
          aiwatch init-data DIR
          aiwatch --help | --version

          --data DIR works with every command: use a data folder instead of the bundled data.
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
