import TerminalKit

/// What a command is and takes: its usage lines, positional arguments, options and examples. The help and the shell
/// completions are made from these, and the parser accepts exactly these options.
public struct CommandSpec: Sendable {
    /// How it is typed: `aiwatch` or `aiwatch snapshot`.
    public let name: String
    /// What it does, in one line.
    public let summary: String
    /// The usage lines, continuation lines indented under the first.
    public let usage: [String]
    /// The positional arguments, by placeholder (`PANE`), in order.
    public let arguments: [CommandOption]
    /// The options, `--data` and `--help` last.
    public let options: [CommandOption]
    /// Command lines to copy, each a working example.
    public let examples: [String]

    /// A command of these parts; `--data` and `--help` are added to `options` where `data` says.
    init(
        _ name: String, _ summary: String, usage: [String], arguments: [CommandOption] = [], options: [CommandOption] = [],
        data: Bool = true, examples: [String]
    ) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.arguments = arguments
        self.options = options + (data ? [.data] : []) + [.helpFlag]
        self.examples = examples
    }

    /// The option spelled `name`, if the command takes it.
    public func option(_ name: String) -> CommandOption? { options.first { $0.names.contains(name) } }
}

extension CommandSpec {
    private static let themes = Theme.Name.alternatives

    /// The app in the terminal.
    public static let app = CommandSpec(
        "aiwatch", "the dashboard in the terminal",
        usage: [
            "aiwatch [--data DIR] [--filter QUERY] [--pane NAME] [--theme \(themes)]",
            "        [--select ID] [--open] [--view VIEW] [--export-dir DIR] [--no-mouse] [--ascii]",
            "        [--no-clipboard]",
        ],
        options: [
            .pane, .filter, .select, .open, .view, .theme,
            CommandOption(["--export-dir"], "DIR", "where the export menu writes its files (default: here)", values: .directory),
            CommandOption(["--no-mouse"], "leave the mouse to the terminal (to select text)"),
            CommandOption(["--ascii"], "draw lines, bars and big digits in ASCII, for a terminal whose font lacks them"),
            CommandOption(["--no-clipboard"], "c adds citations to citations.md in the export folder instead of the terminal's clipboard"),
        ],
        examples: ["aiwatch --pane companies --filter sector:finance", "aiwatch --view '\(HelpText.exampleView)'"]
    )

    /// `aiwatch snapshot`.
    public static let snapshot = CommandSpec(
        "aiwatch snapshot", "the screen a view shows, without a terminal, to standard output or a file",
        usage: [
            "aiwatch snapshot [--pane NAME] [--filter QUERY] [--select ID] [--open] [--view VIEW] [--size COLSxROWS]",
            "                 [--format \(ExportFormat.alternatives)] [--theme \(themes)] [--no-frame] [-o FILE [--force]]",
        ],
        options: [
            .pane, .filter, .select, .open, .view,
            CommandOption(["--size"], "COLSxROWS", "the screen's size, at least \(Layout.minColumns)x\(Layout.minRows) (default 120x40)", values: .text),
            CommandOption(["--format"], "FORMAT", "the file format (default txt)", values: .words(ExportFormat.names)),
            .theme,
            CommandOption(["--no-frame"], "leave the window frame and title off an SVG"),
            CommandOption(["-o", "--output"], "FILE", "write to FILE instead of standard output", values: .file),
            CommandOption(["-f", "--force"], "let -o replace a file that exists"),
        ],
        examples: ["aiwatch snapshot --pane companies --size 100x30 --format svg -o companies.svg"]
    )

    /// `aiwatch list`.
    public static let list = CommandSpec(
        "aiwatch list", "a pane's records matching a filter, for scripts",
        usage: ["aiwatch list PANE [--filter QUERY] [--sort COLUMN[:desc]] [--format \(ListFormat.alternatives)]"],
        arguments: [CommandOption([], "PANE", "the pane of records to list", values: .words(Pane.recordPanes.map(\.rawValue)))],
        options: [
            .filter,
            CommandOption(
                ["--sort"], "COLUMN[:desc]", "sort by a column of the pane, as s and S do (the view string's sort=)",
                values: .words(CommandSpec.sortColumns)),
            CommandOption(["--format"], "FORMAT", "the output format (default table)", values: .words(ListFormat.names)),
        ],
        examples: ["aiwatch list companies --filter sector:finance --format json", "aiwatch list statistics --sort figure:desc"]
    )

    /// Every pane's sortable column names, each once, in pane order: what completion offers after `--sort`.
    static var sortColumns: [String] {
        var seen: Set<String> = []
        return Pane.recordPanes.flatMap { PaneSort.columnNames(in: $0) }.filter { seen.insert($0).inserted }
    }

    /// `aiwatch brief`.
    public static let brief = CommandSpec(
        "aiwatch brief", "a one-page briefing of what a filter selects: figures, companies, rules, people, timeline, evidence",
        usage: ["aiwatch brief [--filter QUERY] [--format \(BriefFormat.alternatives)] [-o FILE [--force]]"],
        options: [
            .filter,
            CommandOption(["--format"], "FORMAT", "Markdown with footnotes, or one printable web page (default md)", values: .words(BriefFormat.names)),
            CommandOption(["-o", "--output"], "FILE", "write to FILE instead of standard output", values: .file),
            CommandOption(["-f", "--force"], "let -o replace a file that exists"),
        ],
        examples: ["aiwatch brief --filter regulator:cac --format html -o cac-brief.html"]
    )

    /// `aiwatch cite`.
    public static let cite = CommandSpec(
        "aiwatch cite", "a record's citation: its words or summary, its sources with URLs, the view that reopens it",
        usage: ["aiwatch cite ID [--format \(CitationFormat.alternatives)]"],
        arguments: [CommandOption([], "ID", "the record (aiwatch ids lists them)", values: .records)],
        options: [CommandOption(["--format"], "FORMAT", "the citation's form (default txt)", values: .words(CitationFormat.names))],
        examples: ["aiwatch cite jd-com --format md"]
    )

    /// `aiwatch validate`.
    public static let validate = CommandSpec(
        "aiwatch validate", "checks the bundled data or a folder, printing each problem with its place (the first 100 of a file)",
        usage: ["aiwatch validate [DIR]"],
        arguments: [CommandOption([], "DIR", "the data folder to check (default: the bundled data)", values: .directory)],
        examples: ["aiwatch validate ./my-data"]
    )

    /// `aiwatch init-data`.
    public static let initData = CommandSpec(
        "aiwatch init-data", "writes the bundled data files and their field reference out to edit, overwriting none",
        usage: ["aiwatch init-data DIR"],
        arguments: [CommandOption([], "DIR", "the folder to write to", values: .directory)],
        data: false,
        examples: ["aiwatch init-data ./my-data && aiwatch --data ./my-data"]
    )

    /// `aiwatch ids`.
    public static let ids = CommandSpec(
        "aiwatch ids", "every record id --select takes, one a line (for scripts and shell completion)",
        usage: ["aiwatch ids [PANE]"],
        arguments: [CommandOption([], "PANE", "only the ids of this pane's rows", values: .words(Pane.recordPanes.map(\.rawValue)))],
        examples: ["aiwatch ids companies"]
    )

    /// `aiwatch completions`.
    public static let completions = CommandSpec(
        "aiwatch completions", "a completion script for a shell: commands, options, panes, formats, themes and ids",
        usage: ["aiwatch completions \(CompletionShell.alternatives)"],
        arguments: [CommandOption([], "SHELL", "the shell", values: .words(CompletionShell.names))],
        data: false,
        examples: ["aiwatch completions bash > ~/.local/share/bash-completion/completions/aiwatch"]
    )

    /// `aiwatch man`.
    public static let man = CommandSpec(
        "aiwatch man", "the manual page, as roff, made from this help",
        usage: ["aiwatch man"],
        data: false,
        examples: ["aiwatch man | man -l -", "aiwatch man > ~/.local/share/man/man1/aiwatch.1"]
    )

    /// `aiwatch help`.
    public static let help = CommandSpec(
        "aiwatch help", "the help of aiwatch, or of one of its commands",
        usage: ["aiwatch help [COMMAND] | aiwatch COMMAND --help", "aiwatch --help | --version"],
        arguments: [CommandOption([], "COMMAND", "the command", values: .words(Subcommand.names))],
        data: false,
        examples: ["aiwatch help snapshot"]
    )

    /// The app and every subcommand, in the order the help lists them.
    public static var all: [CommandSpec] { [app] + Subcommand.allCases.map(\.spec) }
}
