import TerminalKit

/// Keys while the filter line is open: the query updates on every keystroke.
enum FilterEditing {
    /// Carries out `action`, the filter line's binding of `key`; a character bound to nothing is typed.
    static func handle(_ key: Key, action: Action?, state: inout AppState, env: Environment) -> [Command] {
        if action != .complete { state.filter.completions = [] }
        switch action {
        case nil:
            guard case .character(let character) = key else { return [] }
            state.filter.text += Sanitizer.clean(String(character))
        case .deleteBackward?:
            if !state.filter.text.isEmpty { state.filter.text.removeLast() }
        case .emptyFilter?:
            state.filter.text = ""
        case .quit?:
            return [.quit]
        case .keepFilter?:
            state.filter.editing = false
            remember(&state)
            return []
        case .clearFilter?:
            if state.filter.text.isEmpty {
                state.filter.editing = false
                return []
            }
            state.filter.text = ""
        case .olderQuery?, .newerQuery?:
            recall(action == .olderQuery, state: &state)
        case .complete?:
            complete(&state, env: env)
            return []
        default:
            return []
        }
        Update.apply(&state)
        return []
    }

    /// Completes the last word of the line: a field name, or a value after `field:`. With several candidates it
    /// completes their common start and lists them.
    static func complete(_ state: inout AppState, env: Environment) {
        let text = state.filter.text
        let start = text.lastIndex(of: " ").map(text.index(after:)) ?? text.startIndex
        let word = String(text[start...])
        let candidates = env.index.completions(forPrefix: word, limit: 12)
        state.filter.completions = candidates.count > 1 ? candidates : []
        state.filter.text = LineEditing.completing(text, with: candidates)
    }

    static func remember(_ state: inout AppState) {
        let text = state.filter.text
        guard !text.isEmpty else { return }
        state.filter.history.removeAll { $0 == text }
        state.filter.history.append(text)
        state.filter.historyIndex = nil
    }

    static func recall(_ older: Bool, state: inout AppState) {
        LineEditing.recall(older: older, history: state.filter.history, index: &state.filter.historyIndex, text: &state.filter.text)
    }
}
