import TerminalKit

/// Keys while the filter line is open: the query updates on every keystroke.
enum FilterEditing {
    static func handle(_ key: Key, state: inout AppState, env: Environment) -> Effect {
        if key != .tab { state.filter.completions = [] }
        switch key {
        case .character(let character):
            state.filter.text += Sanitizer.clean(String(character))
        case .backspace:
            if !state.filter.text.isEmpty { state.filter.text.removeLast() }
        case .control("u"):
            state.filter.text = ""
        case .control("c"):
            return .quit
        case .enter:
            state.filter.editing = false
            remember(&state)
            return .none
        case .escape:
            if state.filter.text.isEmpty {
                state.filter.editing = false
                return .none
            }
            state.filter.text = ""
        case .up, .down:
            recall(key == .up, state: &state)
        case .tab:
            complete(&state, env: env)
            return .none
        default:
            return .none
        }
        Update.apply(&state, env: env)
        return .none
    }

    /// Completes the last word of the line: a field name, or a value after `field:`. With several candidates it
    /// completes their common start and lists them.
    static func complete(_ state: inout AppState, env: Environment) {
        let text = state.filter.text
        let start = text.lastIndex(of: " ").map(text.index(after:)) ?? text.startIndex
        let word = String(text[start...])
        let candidates = env.index.completions(forPrefix: word, limit: 12)
        state.filter.completions = candidates.count > 1 ? candidates : []
        guard let first = candidates.first else { return }
        var common = first
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        if common.count > word.count { state.filter.text = String(text[..<start]) + common }
    }

    static func remember(_ state: inout AppState) {
        let text = state.filter.text
        guard !text.isEmpty else { return }
        state.filter.history.removeAll { $0 == text }
        state.filter.history.append(text)
        state.filter.historyIndex = nil
    }

    static func recall(_ older: Bool, state: inout AppState) {
        let history = state.filter.history
        guard !history.isEmpty else { return }
        var index = state.filter.historyIndex ?? history.count
        index = older ? max(0, index - 1) : index + 1
        if index >= history.count {
            state.filter.historyIndex = nil
            state.filter.text = ""
        } else {
            state.filter.historyIndex = index
            state.filter.text = history[index]
        }
    }
}
