/// Keys while the filter line is open: the query updates on every keystroke.
enum FilterEditing {
    static func handle(_ key: Key, state: inout AppState, env: Environment) -> Effect {
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
            state.filter.text = env.complete(state.filter.text)
            return .none
        default:
            return .none
        }
        Update.apply(&state, env: env)
        return .none
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
