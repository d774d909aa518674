import AIWatchData
import TerminalKit

/// The manual page, `aiwatch.1`, as roff (man(7) macros): made from the same descriptions as `--help` (the command
/// specs, the key map, the query help, the files, environment and exit statuses of `HelpText`), so the two cannot
/// say different things. `aiwatch man` prints it; `man -l` shows it.
public enum ManPage {
    /// The date the page is stamped with, of the version `HelpText.version` names: a constant, so the page is
    /// the same bytes on every run, as a build artefact should be.
    public static let date = "2026-12-04"

    /// The whole page, ending in a newline.
    public static var roff: String {
        var lines = [
            ".\\\" The manual page of aiwatch, printed by `aiwatch man`; edit the help it is made from, not this.",
            ".TH AIWATCH 1 \(date) \"\(HelpText.version)\" \"User Commands\"",
            // Option names and ids are not words to hyphenate at a line's end.
            ".nh",
            ".SH NAME",
            "aiwatch \\- the China generative\\-AI dashboard in the terminal",
            ".SH SYNOPSIS",
            ".nf",
        ]
        lines += CommandSpec.all.flatMap(\.usage).map { text($0, filled: false) }
        lines += [".fi", ".SH DESCRIPTION", text(HelpText.summary)]
        for note in HelpText.notes { lines += [".PP", text(note)] }
        lines += [".SH OPTIONS"] + entries(CommandSpec.app.options)
        lines += [".SH COMMANDS"]
        for command in Subcommand.allCases { lines += section(command.spec) }
        lines += keys()
        lines += query()
        lines += [".SH FILES"] + HelpText.files.flatMap { tagged(bold($0.name), $0.meaning) }
        lines += [".SH ENVIRONMENT"] + HelpText.environment.flatMap { tagged(bold($0.name), $0.meaning) }
        lines += [".SH EXIT STATUS"] + HelpText.exitStatuses.flatMap { tagged(bold(String($0.status)), $0.meaning) }
        lines += [".SH EXAMPLES"]
        lines += [".nf"] + CommandSpec.all.flatMap(\.examples).map { text($0, filled: false) } + [".fi"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A subcommand: what it does, its usage, its arguments and options (its examples are with the others).
    private static func section(_ spec: CommandSpec) -> [String] {
        var lines = [".SS " + text(spec.name), text(spec.summary) + ".", ".PP", ".nf"] + spec.usage.map { text($0, filled: false) } + [".fi"]
        lines += entries(spec.arguments + spec.options)
        return lines
    }

    /// Each option as a tagged paragraph: its spellings in bold, its value in italics.
    private static func entries(_ options: [CommandOption]) -> [String] {
        options.flatMap { option in
            let names = option.names.map(bold).joined(separator: ", ")
            let value = option.placeholder.map { "\\fI" + text($0) + "\\fR" } ?? ""
            return tagged(names.isEmpty ? value : names + (value.isEmpty ? "" : " " + value), option.line)
        }
    }

    /// Every key of every mode, a mode a subsection.
    private static func keys() -> [String] {
        var lines = [".SH KEYS", ".SS Browsing the panes and details"]
        let jumps = KeyMap.bindings.filter { if case .jump = $0.action { return true }; return false }
        let panes = Pane.tabs.map(\.title).joined(separator: ", ")
        lines += tagged(bold(jumps.map(\.label).joined(separator: " ")), "go to a pane: " + panes)
        lines += bindings(KeyMap.bindings.filter { if case .jump = $0.action { return false }; return true })
        let modes: [(title: String, mode: KeyMode)] = [
            ("In the filter line", .filterLine), ("In the command line", .prompt), ("In the help", .help), ("In the export menu", .exportMenu), ("In the who-is-affected grid", .grid),
        ]
        for (title, mode) in modes { lines += [".SS \(title)"] + bindings(KeyMap.bindings(in: mode)) }
        return lines
    }

    /// Bindings as tagged paragraphs; a mode's other keys last, as "any other key".
    private static func bindings(_ bindings: [KeyBinding]) -> [String] {
        bindings.flatMap { binding in
            binding.otherKeys != nil ? tagged("any other key", binding.help) : tagged(bold(binding.label), binding.help)
        }
    }

    /// The query language: its grammar by example, how matching works, and the fields.
    private static func query() -> [String] {
        var lines = [".SH FILTER", text("The filter (press / in the app, or --filter QUERY) narrows every pane to the matching records.")]
        for line in QueryHelp.syntax {
            // Each syntax line is an example, a gap of spaces, then what it does.
            guard let gap = line.firstRange(of: "  ") else { continue }
            let example = String(line[..<gap.lowerBound])
            lines += tagged(bold(example), line[gap.upperBound...].trimmed())
        }
        for note in QueryHelp.notes { lines += [".PP", text(note)] }
        lines += [".SS Fields"] + QueryHelp.fields.flatMap { tagged(bold($0.name), $0.meaning) }
        return lines
    }

    /// A tagged paragraph: `tag` (already roff) on its own line, `body` indented below it.
    private static func tagged(_ tag: String, _ body: String) -> [String] { [".TP", tag, text(body)] }

    /// `word` in bold.
    private static func bold(_ word: String) -> String { "\\fB" + text(word) + "\\fR" }

    /// `plain` as roff text: backslashes and dashes escaped, every character beyond ASCII as its `\[uXXXX]` name
    /// (so the page reads the same in any locale), and a line that would start with a control character made
    /// text with `\&`. Filled text is broken at spaces into lines of at most 80 bytes, as man pages keep their
    /// source; text shown as typed (`filled: false`) stays one line.
    static func text(_ plain: String, filled: Bool = true) -> String {
        var roff = ""
        for scalar in plain.unicodeScalars {
            switch scalar {
            case "\\": roff += "\\e"
            case "-": roff += "\\-"
            case _ where scalar.isASCII: roff.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                roff += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        // "e.g." ends no sentence: \& keeps roff from widening the space after it, or taking a line's end for one.
        roff = roff.replacing("e.g. ", with: "e.g.\\& ")
        var lines = [roff]
        if filled {
            lines = []
            for word in roff.split(separator: " ") {
                if let last = lines.last, last.utf8.count + 1 + word.utf8.count <= 80 {
                    lines[lines.count - 1] += " " + word
                } else {
                    lines.append(String(word))
                }
            }
        }
        return lines.map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : $0 }.joined(separator: "\n")
    }
}

extension Substring {
    /// The text without spaces at either end.
    fileprivate func trimmed() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
