/// The key map as Markdown, for the README's key table: made from the bindings, so the README cannot drift from
/// what the keys do (a test compares the two).
public enum KeyTable {
    /// A table of the browsing keys, then one for each other mode.
    public static var markdown: String {
        var sections = [table(browsingRows)]
        let modes: [(title: String, mode: KeyMode)] = [
            ("In the filter line (any other character is typed)", .filterLine),
            ("In the command line (any other character is typed)", .prompt), ("In the help", .help), ("In the export menu", .exportMenu),
            ("In the who-is-affected grid (`a`; other keys do nothing)", .grid),
        ]
        for (title, mode) in modes {
            sections.append(title + ":\n\n" + table(rows(of: KeyMap.bindings(in: mode))))
        }
        return sections.joined(separator: "\n")
    }

    /// The browsing rows, the seven pane digits as one.
    private static var browsingRows: [(keys: String, does: String)] {
        var rows = rows(of: KeyMap.bindings.filter { if case .jump = $0.action { return false }; return true })
        rows.insert(("`1` … `7`", "go to a pane: " + Pane.tabs.map(\.title).joined(separator: ", ")), at: 2)
        return rows
    }

    private static func rows(of bindings: [KeyBinding]) -> [(keys: String, does: String)] {
        bindings.compactMap { binding in
            if binding.otherKeys != nil { return ("any other key", binding.help) }
            guard binding.listed else { return nil }
            return (binding.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " "), binding.help)
        }
    }

    private static func table(_ rows: [(keys: String, does: String)]) -> String {
        (["| key | does |", "|---|---|"] + rows.map { "| \($0.keys) | \($0.does) |" }).joined(separator: "\n") + "\n"
    }
}
