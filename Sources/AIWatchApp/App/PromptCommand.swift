import Foundation
import TerminalKit

/// What a line typed after `:` asks for, k9s-style: `:companies` (a pane by name or prefix), `:filter Q`,
/// `:sort COLUMN[:desc]`, `:export svg`, `:brief [html|md]`, `:theme light`, `:view STRING`, `:help`, `:q`.
public enum PromptCommand: Equatable, Sendable {
    case pane(Pane)
    case filter(String)
    case sort(String)
    case export(ExportFormat)
    case brief(BriefFormat)
    case theme(Theme.Name)
    case view(ViewOptions)
    case help
    case quit

    /// The command words, for completion and for the message that lists them.
    public static let words = Pane.allCases.map(\.rawValue) + ["filter", "sort", "export", "brief", "theme", "view", "help", "quit"]

    /// The command `line` names, or why it names none.
    public static func parse(_ line: String) throws(UsageError) -> PromptCommand {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let word = String(trimmed.prefix { $0 != " " })
        let argument = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        switch word.lowercased() {
        case "": throw UsageError(message: "type a command: " + words.joined(separator: " "))
        case "q", "quit", "q!": return .quit
        case "help", "h": return .help
        case "filter", "f": return .filter(argument)
        case "sort": return .sort(argument)
        case "export", "x": return .export(try choice(argument, for: "export"))
        case "brief", "b": return .brief(argument.isEmpty ? .html : try choice(argument, for: "brief"))
        case "theme": return .theme(try choice(argument, for: "theme"))
        case "view":
            guard !argument.isEmpty else { throw UsageError(message: ":view needs a view string, e.g. companies#jd-com") }
            return .view(try ViewString.parse(argument))
        default:
            let matches = Pane.allCases.filter { $0.rawValue.hasPrefix(word.lowercased()) }
            if let pane = matches.first, matches.count == 1 || pane.rawValue == word.lowercased() { return .pane(pane) }
            let known = matches.isEmpty ? words : matches.map(\.rawValue)
            throw UsageError(message: "no command “\(Sanitizer.clean(word))”; \(matches.isEmpty ? "commands" : "it could be"): " + known.joined(separator: " "))
        }
    }

    /// The value `word` names of a closed set, or an error that offers them all.
    private static func choice<Value: OptionValue>(_ word: String, for command: String) throws(UsageError) -> Value {
        guard let value = Value(rawValue: word.lowercased()) else {
            throw UsageError(message: ":\(command) takes \(Value.eitherOr)" + (word.isEmpty ? "" : ", not “\(Sanitizer.clean(word))”"))
        }
        return value
    }

    /// The completions of `line`'s last word: a command, or a format, theme, pane or `pane`'s sort column after
    /// its command.
    public static func completions(of line: String, in pane: Pane) -> [String] {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let last = parts.last ?? ""
        let candidates: [String]
        switch parts.count {
        case 1: candidates = words
        case 2 where parts[0] == "export": candidates = ExportFormat.allCases.map(\.rawValue)
        case 2 where parts[0] == "brief": candidates = BriefFormat.allCases.map(\.rawValue)
        case 2 where parts[0] == "theme": candidates = Theme.Name.allCases.map(\.rawValue)
        case 2 where parts[0] == "view": candidates = Pane.allCases.map(\.rawValue)
        case 2 where parts[0] == "sort": candidates = PaneColumns.sortable(pane).indices.compactMap { PaneSort.name(of: $0, in: pane) }
        default: candidates = []
        }
        return candidates.filter { $0.hasPrefix(last.lowercased()) }
    }
}
