/// The fish completion script: one `complete` line for each option of each command, and for their arguments.
enum FishCompletion {
    /// The script; `ids` are the bundled record ids.
    static func script(ids: [String]) -> String {
        let valueOptions = CompletionScript.valueOptions.joined(separator: " ")
        var lines = [
            "# aiwatch completion for fish, made by `aiwatch completions fish`.",
            "# Install: aiwatch completions fish > ~/.config/fish/completions/aiwatch.fish",
            "complete -c aiwatch -f",
            "",
            "# The subcommand typed so far, or nothing for the app.",
            "function __aiwatch_command",
            "    set -l words (commandline -opc)",
            "    set -e words[1]",
            "    set -l expect",
            "    for word in $words",
            "        if test -n \"$expect\"",
            "            set expect",
            "            continue",
            "        end",
            "        switch $word",
            "            case \(valueOptions)",
            "                set expect $word",
            "            case '-*'",
            "            case \(Subcommand.names.joined(separator: " "))",
            "                echo $word",
            "                return",
            "            case '*'",
            "                return",
            "        end",
            "    end",
            "end",
            "",
            "function __aiwatch_is",
            "    set -l command (__aiwatch_command)",
            "    test \"$command\" = \"$argv[1]\"",
            "end",
            "",
            "# The record ids --select takes: the bundled ones, or those of the folder --data names.",
            "function __aiwatch_ids",
            "    set -l words (commandline -opc)",
            "    set -l at (contains -i -- --data $words)",
            "    if test -n \"$at\"; and test (count $words) -gt $at",
            "        aiwatch --data $words[(math $at + 1)] ids 2>/dev/null",
            "        return",
            "    end",
            "    printf '%s\\n' \(ids.joined(separator: " "))",
            "end",
            "",
        ]
        for spec in CommandSpec.all {
            let key = CompletionScript.key(spec)
            let condition = "-n " + quoted("__aiwatch_is " + (key.isEmpty ? "''" : key))
            if key.isEmpty {
                lines.append("complete -c aiwatch \(condition) -a " + quoted(Subcommand.names.joined(separator: " ")))
            } else if let argument = spec.arguments.first {
                lines.append("complete -c aiwatch \(condition) \(offer(argument.values)) -d " + quoted(argument.help))
            }
            for option in spec.options {
                let spellings = option.names.map { $0.hasPrefix("--") ? "-l " + $0.dropFirst(2) : "-s " + $0.dropFirst(1) }
                let value = option.placeholder == nil ? "" : " " + offer(option.values)
                lines.append("complete -c aiwatch \(condition) \(spellings.joined(separator: " "))\(value) -d " + quoted(option.help))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The flags that make a value complete as `values` say.
    private static func offer(_ values: CommandOption.Values) -> String {
        switch values {
        case .none, .text: return "-x"
        case .words(let words): return "-x -a " + quoted(words.joined(separator: " "))
        case .records: return "-x -a '(__aiwatch_ids)'"
        case .file: return "-r -F"
        case .directory: return "-x -a '(__fish_complete_directories)'"
        }
    }

    /// `text` in single quotes, as fish reads it.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
