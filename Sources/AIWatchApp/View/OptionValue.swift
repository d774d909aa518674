import TerminalKit

/// A closed set of words an option takes (`--format`, `--theme`): parsed from and listed by the type's `allCases`,
/// so no usage line, error or help text spells the set a second time.
public protocol OptionValue: CaseIterable, RawRepresentable, Sendable where RawValue == String {}

extension OptionValue {
    /// Every word, in the order the type declares them.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The words as a usage line spells them: `txt|ansi|html|svg|md`.
    public static var alternatives: String { names.joined(separator: "|") }

    /// The words as a list: `txt, ansi, html, svg, md`.
    public static var listed: String { names.joined(separator: ", ") }

    /// The words as a sentence offers them: `dark, light or mono`.
    public static var eitherOr: String {
        let words = names
        guard words.count > 1 else { return words.joined() }
        return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }
}

extension Theme.Name: OptionValue {}
