/// The subcommands of `aiwatch`, as typed after its name. The raw values are what the parser and `aiwatch help`
/// accept.
public enum Subcommand: String, CaseIterable, OptionValue {
    /// `aiwatch snapshot`: a view rendered without a terminal.
    case snapshot
    /// `aiwatch list PANE`: a pane's records for scripts.
    case list
    /// `aiwatch brief`: a one-page briefing of what a filter selects.
    case brief
    /// `aiwatch cite ID`: a record's citation.
    case cite
    /// `aiwatch validate [DIR]`: checks data.
    case validate
    /// `aiwatch init-data DIR`: writes the bundled files out.
    case initData = "init-data"
    /// `aiwatch ids [PANE]`: every record id, one a line.
    case ids
    /// `aiwatch completions SHELL`: a completion script.
    case completions
    /// `aiwatch man`: the manual page, as roff.
    case man
    /// `aiwatch help [COMMAND]`: a command's help.
    case help

    /// What the subcommand is and takes.
    public var spec: CommandSpec {
        switch self {
        case .snapshot: return .snapshot
        case .list: return .list
        case .brief: return .brief
        case .cite: return .cite
        case .validate: return .validate
        case .initData: return .initData
        case .ids: return .ids
        case .completions: return .completions
        case .man: return .man
        case .help: return .help
        }
    }
}

/// The shells `aiwatch completions` writes a script for.
public enum CompletionShell: String, CaseIterable, OptionValue {
    /// GNU bash, with bash-completion or without.
    case bash
    /// zsh, through its completion system (`compinit`).
    case zsh
    /// fish.
    case fish
}
