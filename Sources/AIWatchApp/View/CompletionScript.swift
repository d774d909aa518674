/// The script `aiwatch completions SHELL` prints: the subcommands, each command's options, and the values they take
/// (panes, formats, themes, record ids), all read from `CommandSpec`, so a new option completes once it is described.
public enum CompletionScript {
    /// The script for `shell`; `ids` are the record ids `--select` offers without `--data` (with it, the script asks
    /// `aiwatch --data DIR ids`).
    public static func text(for shell: CompletionShell, ids: [String]) -> String {
        let safe = ids.filter(isPlain)
        switch shell {
        case .bash: return ShellCompletion.bash(ids: safe)
        case .zsh: return ShellCompletion.zsh(ids: safe)
        case .fish: return FishCompletion.script(ids: safe)
        }
    }

    /// The key a script uses for a command: "" for the app, else the subcommand's name.
    static func key(_ spec: CommandSpec) -> String {
        spec.name == "aiwatch" ? "" : String(spec.name.dropFirst("aiwatch ".count))
    }

    /// Every option spelling that takes a value, across all commands.
    static var valueOptions: [String] {
        var seen: [String] = []
        for option in CommandSpec.all.flatMap(\.options) where option.placeholder != nil {
            for name in option.names where !seen.contains(name) { seen.append(name) }
        }
        return seen
    }

    /// Whether `word` can stand in a script unquoted: letters, digits, `.`, `_` and `-` only (an id from a data
    /// folder could hold anything, and a script must not run it).
    static func isPlain(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
