import Glibc

/// The C locale settings curses needs for wide characters.
enum TerminalLocale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`), as curses requires before it starts; without it, CJK
    /// text turns to garbage. If that locale's character set is not UTF-8 (LANG unset, or `C`), character
    /// classification alone switches to `C.UTF-8`: aiwatch's text is Unicode, and the terminals it runs in are
    /// UTF-8 in practice. Numbers keep the C conventions (`LC_NUMERIC=C`), so no C-level formatting elsewhere in
    /// the process starts writing decimal commas because curses needed the user's character set.
    /// Returns whether the user's own locale is UTF-8, which says whether the terminal shows Unicode as meant.
    @discardableResult
    static func activate() -> Bool {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        guard !isUTF8 else { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil {
            setlocale(LC_CTYPE, "en_US.UTF-8")
        }
        return false
    }

    /// Whether the current character set is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
