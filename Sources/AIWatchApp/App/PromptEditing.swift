import TerminalKit

/// The `:` command line as a value: what is typed, the session's earlier commands, and why the last one failed.
public struct Prompt: Equatable, Sendable {
    /// The command as typed (sanitized).
    public var text = ""
    /// Whether keys go to the command line.
    public var editing = false
    /// Completions offered by the last `Tab`.
    public var completions: [String] = []
    /// Earlier commands of the session, oldest first, for ↑/↓ recall.
    public var history: [String] = []
    /// Which command of `history` ↑/↓ recalled into the line; nil while typing a new one.
    public var historyIndex: Int?
    /// Why the last command did nothing; it stays in the line until the next key.
    public var error: String?

    /// An empty command line, closed.
    public init() {}
}

/// Keys while the `:` command line is open. `Enter` runs the command; one that does not parse says why in the
/// line and changes nothing.
enum PromptEditing {
    static func handle(_ key: Key, action: Action?, state: inout AppState, env: Environment) -> [Command] {
        state.prompt.error = nil
        if action != .complete { state.prompt.completions = [] }
        switch action {
        case nil:
            if case .character(let character) = key { state.prompt.text += Sanitizer.clean(String(character)) }
        case .deleteBackward?:
            if state.prompt.text.isEmpty { state.prompt.editing = false } else { state.prompt.text.removeLast() }
        case .emptyFilter?: state.prompt.text = ""
        case .clearFilter?:
            state.prompt.text = ""
            state.prompt.editing = false
        case .olderQuery?, .newerQuery?:
            LineEditing.recall(older: action == .olderQuery, history: state.prompt.history, index: &state.prompt.historyIndex, text: &state.prompt.text)
        case .complete?: complete(&state.prompt, in: state.listPane)
        case .keepFilter?: return run(state: &state, env: env)
        case .quit?: return [.quit]
        default: break
        }
        return []
    }

    /// Runs the typed command; the line closes when it parses, and stays open with the reason when it does not.
    private static func run(state: inout AppState, env: Environment) -> [Command] {
        let text = state.prompt.text
        let command: PromptCommand
        do {
            command = try PromptCommand.parse(text)
        } catch {
            state.prompt.error = error.message
            return []
        }
        state.prompt.history.removeAll { $0 == text }
        state.prompt.history.append(text)
        state.prompt.historyIndex = nil
        state.prompt.text = ""
        state.prompt.editing = false
        switch command {
        case .quit: return [.quit]
        case .help: return Update.perform(.help, state: &state, env: env)
        case .pane(let pane): Update.switchPane(to: pane, state: &state)
        case .export(let format): return [.export(format)]
        case .brief(let format): return [.brief(format)]
        case .theme(let name): return [.theme(name)]
        case .filter(let query):
            state.filter.text = Sanitizer.clean(query)
            Update.apply(&state)
            FilterEditing.remember(&state)
        case .sort(let text):
            do {
                Update.sort(text.isEmpty ? nil : try PaneSort.parse(text, in: state.listPane), state: &state, catalog: env.catalog)
            } catch {
                state.prompt.error = error.message
                state.prompt.editing = true
                state.prompt.text = text.isEmpty ? "sort" : "sort " + text
            }
        case .view(let options):
            do {
                try Update.show(options, state: &state, env: env)
            } catch {
                state.prompt.error = error.description
                state.prompt.editing = true
                state.prompt.text = text
            }
        }
        return []
    }

    /// Completes the last word; a single candidate gets a space after it, ready for what follows.
    private static func complete(_ prompt: inout Prompt, in pane: Pane) {
        let candidates = PromptCommand.completions(of: prompt.text, in: pane)
        prompt.completions = candidates.count > 1 ? candidates : []
        prompt.text = LineEditing.completing(prompt.text, with: candidates) + (candidates.count == 1 ? " " : "")
    }
}
