/// 24-bit colour for a terminal that says it has it (`COLORTERM=truecolor` or `24bit`, as xterm, kitty, iTerm2,
/// WezTerm and VTE set it) while `TERM` names a palette type: curses sends colours only as terminfo describes them,
/// so it runs with the `-direct` sibling of that type (`xterm-256color` → `xterm-direct`), which differs only in
/// taking colours as RGB values. Pure: whether terminfo knows a type is passed in.
enum DirectColor {
    /// The terminal type to start curses with instead of `term`, or nil to keep `term`.
    static func terminalType(term: String?, colorterm: String?, known: (String) -> Bool) -> String? {
        guard let colorterm, ["truecolor", "24bit"].contains(colorterm.lowercased()) else { return nil }
        guard let term, !term.isEmpty, !term.contains("direct"), let family = term.split(separator: "-").first else { return nil }
        let direct = String(family) + "-direct"
        return known(direct) ? direct : nil
    }
}
