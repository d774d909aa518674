/// The bash and zsh completion scripts. Both share one function, written in the syntax the two shells have in
/// common, that reads the words typed so far and prints what may come next; each shell's own part only hands it
/// the words and offers its answer (`@files` and `@dirs` ask for paths).
enum ShellCompletion {
    /// The script for bash: `complete -F _aiwatch aiwatch`.
    static func bash(ids: [String]) -> String {
        header("bash", install: "aiwatch completions bash > ~/.local/share/bash-completion/completions/aiwatch")
            + shared(ids: ids) + #"""

            _aiwatch() {
                local cur=${COMP_WORDS[COMP_CWORD]} candidates
                candidates=$(__aiwatch_candidates "$cur" "${COMP_WORDS[@]:1:COMP_CWORD-1}")
                case $candidates in
                    @files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
                    @dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
                    *) local IFS=$'\n'; COMPREPLY=($(compgen -W "$candidates" -- "$cur")) ;;
                esac
            }
            complete -F _aiwatch aiwatch

            """#
    }

    /// The script for zsh: a `_aiwatch` for `fpath`, or to source after `compinit`.
    static func zsh(ids: [String]) -> String {
        "#compdef aiwatch\n"
            + header("zsh", install: "aiwatch completions zsh > \"${fpath[1]}/_aiwatch\"  (or source it after compinit)")
            + shared(ids: ids) + #"""

            _aiwatch() {
                local candidates
                local -a offered
                candidates=$(__aiwatch_candidates "${words[CURRENT]}" "${(@)words[2,CURRENT-1]}")
                case $candidates in
                    @files) _files ;;
                    @dirs) _files -/ ;;
                    *) offered=(${(f)candidates}); compadd -a offered ;;
                esac
            }
            if [ "${funcstack[1]}" = _aiwatch ]; then _aiwatch "$@"; else compdef _aiwatch aiwatch; fi

            """#
    }

    private static func header(_ shell: String, install: String) -> String {
        "# aiwatch completion for \(shell), made by `aiwatch completions \(shell)`.\n# Install: \(install)\n"
    }

    /// The functions both shells run: the ids, then the candidates for a word.
    private static func shared(ids: [String]) -> String {
        let valueOptions = CompletionScript.valueOptions.joined(separator: "|")
        let commands = Subcommand.names.joined(separator: "|")
        return """

        # The record ids --select takes: the bundled ones, or those of the folder --data names.
        __aiwatch_ids() {
            if [ -n "$1" ]; then aiwatch --data "$1" ids 2>/dev/null; return; fi
            printf '%s\\n' \(ids.joined(separator: " "))
        }

        # What may follow the words given after the first (the word being completed): one a line.
        __aiwatch_candidates() {
            local cur=$1 command= expect= data= positionals=0 word
            shift
            for word in "$@"; do
                if [ -n "$expect" ]; then
                    [ "$expect" = --data ] && data=$word
                    expect=
                    continue
                fi
                case $word in
                    \(valueOptions)) expect=$word ;;
                    -*) ;;
                    \(commands)) if [ -z "$command" ] && [ "$positionals" = 0 ]; then command=$word; else positionals=$((positionals + 1)); fi ;;
                    *) positionals=$((positionals + 1)) ;;
                esac
            done
            if [ -n "$expect" ]; then
                case "$command:$expect" in
        \(valueCases)
                esac
                return
            fi
            case $cur in
                -*)
                    case $command in
        \(optionCases)
                    esac
                    return ;;
            esac
            [ "$positionals" = 0 ] || return
            case $command in
        \(argumentCases)
            esac
        }

        """
    }

    /// What a value of `values` completes to, as a command of the shared function.
    private static func offer(_ values: CommandOption.Values) -> String {
        switch values {
        case .none, .text: return ":"
        case .words(let words): return "printf '%s\\n' " + words.joined(separator: " ")
        case .records: return "__aiwatch_ids \"$data\""
        case .file: return "echo @files"
        case .directory: return "echo @dirs"
        }
    }

    private static var valueCases: String {
        CommandSpec.all.flatMap { spec in
            spec.options.filter { $0.placeholder != nil }.map { option in
                let patterns = option.names.map { "\(CompletionScript.key(spec)):\($0)" }.joined(separator: "|")
                return "                \(patterns)) \(offer(option.values)) ;;"
            }
        }.joined(separator: "\n")
    }

    private static var optionCases: String {
        CommandSpec.all.map { spec in
            let key = CompletionScript.key(spec)
            let options = spec.options.flatMap(\.names).joined(separator: " ")
            return "                    \(key.isEmpty ? "\"\"" : key)) printf '%s\\n' \(options) ;;"
        }.joined(separator: "\n")
    }

    private static var argumentCases: String {
        let app = "        \"\") printf '%s\\n' \(Subcommand.names.joined(separator: " ")) ;;"
        let rest = CommandSpec.all.compactMap { spec -> String? in
            guard let argument = spec.arguments.first else { return nil }
            return "        \(CompletionScript.key(spec))) \(offer(argument.values)) ;;"
        }
        return ([app] + rest).joined(separator: "\n")
    }
}
