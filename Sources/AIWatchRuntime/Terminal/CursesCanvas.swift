import AIWatchData
import CNcursesw
import Glibc
import TerminalKit

/// Writes the cells of a `Screen` into the curses standard screen: only the runs that changed since the last
/// frame, each cell at its own explicitly addressed column, with colours and attributes from the theme.
///
/// Every cell is placed with `wmove` before it is written, and a wide character is written alone at its column
/// after a space at its right half: if the C library's `wcwidth` disagrees with `CellWidth` about a character, only
/// that character looks off; nothing after it on the line moves.
final class CursesCanvas {
    private let window: UnsafeMutablePointer<WINDOW>
    private var capability = ColorCapability.none
    private var colorsStarted = false
    private var defaultColors = false
    private var pairs = ColorPairTable(limit: 0)
    private var themeName: Theme.Name?
    /// The styles made so far, looked through in order: a theme has a few dozen, and a dictionary keyed by a type
    /// of its own would cost a search of every protocol conformance in the binary before the first frame.
    private var styles: [(key: StyleKey, look: (attrs: attr_t, pair: Int16))] = []
    /// The style looked up last: neighbouring cells nearly always share one, and hashing each costs more.
    private var lastStyle: (key: StyleKey, look: (attrs: attr_t, pair: Int16))?
    /// Scratch space for one cell's scalars (`CCHARW_MAX` of them) and the terminating zero.
    private var scalars = [wchar_t](repeating: 0, count: 6)

    private struct StyleKey: Equatable {
        let role: Role
        let flags: CellFlags
    }

    /// Whether the characters of the VT100 line-drawing set go through curses' own (`WACS_`), so that a terminal
    /// without Unicode gets them from its terminfo `acsc`.
    private let lineDrawing: Bool

    init(window: UnsafeMutablePointer<WINDOW>, lineDrawing: Bool = false) {
        self.window = window
        self.lineDrawing = lineDrawing
    }

    /// Whether the last `use(theme:)` changed how roles look, so every cell must be written again.
    private(set) var themeChanged = false

    /// Chooses colours for `theme`: real colours when the theme uses them and the terminal has at least 8;
    /// attributes only otherwise. Starts curses colours the first time they are needed.
    func use(theme: Theme) {
        themeChanged = theme.name != themeName
        guard themeChanged else { return }
        themeName = theme.name
        styles.removeAll()
        lastStyle = nil
        guard theme.usesColor, has_colors() else {
            capability = .none
            return
        }
        if !colorsStarted {
            colorsStarted = true
            start_color()
            defaultColors = use_default_colors() == OK
            pairs = ColorPairTable(limit: Int(aiw_color_pairs()))
        }
        capability = ColorCapability(colors: Int(aiw_colors()), defaultColors: defaultColors)
    }

    /// Writes `runs` of `screen`, clipped to the window. With `erase`, blanks the window first (a full frame, in
    /// case the screen is smaller than the window).
    func write(_ screen: Screen, runs: [CellRun], theme: Theme, erase: Bool) {
        if erase { werase(window) }
        let rows = min(screen.height, Int(aiw_getmaxy(window)))
        let columns = min(screen.width, Int(aiw_getmaxx(window)))
        for run in runs where run.y < rows {
            for x in run.columns where x < columns {
                writeCell(screen, x: x, y: run.y, columns: columns, theme: theme)
            }
        }
    }

    private func writeCell(_ screen: Screen, x: Int, y: Int, columns: Int, theme: Theme) {
        let cell = screen[x, y]
        let look = style(for: cell, theme: theme)
        if cell.isContinuation {
            // Normally covered by the wide character to its left; drawn only when orphaned.
            if x == 0 || screen[x - 1, y].width != 2 { put(" ", x: x, y: y, look: look) }
            return
        }
        if cell.width == 2 {
            guard x + 1 < columns else {
                put(" ", x: x, y: y, look: look)
                return
            }
            put(" ", x: x + 1, y: y, look: look)
        }
        put(cell.character, x: x, y: y, look: look)
    }

    /// Writes one character at (x, y). Controls and characters the C library cannot print become U+FFFD.
    private func put(_ character: Character, x: Int, y: Int, look: (attrs: attr_t, pair: Int16)) {
        if lineDrawing, let letter = GlyphSet.lineDrawingLetter(of: character), let code = letter.asciiValue {
            wmove(window, Int32(y), Int32(x))
            if aiw_add_line_drawing(window, CChar(code), look.attrs, look.pair) != ERR { return }
        }
        var count = 0
        for scalar in character.unicodeScalars {
            if count == 5 { break }
            scalars[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 || !CursesCanvas.printable(scalars[0]) {
            scalars[0] = 0xFFFD
            count = 1
        }
        scalars[count] = 0
        var cell = cchar_t()
        if setcchar(&cell, scalars, look.attrs, look.pair, nil) != OK {
            scalars[0] = 0xFFFD
            scalars[1] = 0
            guard setcchar(&cell, scalars, look.attrs, look.pair, nil) == OK else { return }
        }
        wmove(window, Int32(y), Int32(x))
        wadd_wch(window, &cell)  // ERR at the bottom-right corner only means the cursor could not advance.
    }

    /// A spacing character the C library can print: not a control, and `wcwidth` ≥ 1.
    static func printable(_ scalar: wchar_t) -> Bool {
        if scalar < 0x20 || (0x7F...0x9F).contains(scalar) { return false }
        return aiw_wcwidth(scalar) >= 1
    }

    private func style(for cell: Cell, theme: Theme) -> (attrs: attr_t, pair: Int16) {
        let key = StyleKey(role: cell.role, flags: cell.flags)
        if let last = lastStyle, last.key == key { return last.look }
        if let known = styles.first(where: { $0.key == key })?.look {
            lastStyle = (key, known)
            return known
        }
        let style = ColorMapping.style(for: theme.paint(cell.role, cell.flags), capability: capability)
        var attrs = aiw_a_normal()
        if style.bold { attrs |= aiw_a_bold() }
        if style.underline { attrs |= aiw_a_underline() }
        if style.reverse { attrs |= aiw_a_reverse() }
        if style.italic { attrs |= aiw_a_italic() }
        if style.dim { attrs |= aiw_a_dim() }
        var pair: Int16 = 0
        if capability.colors > 0 {
            pair = pairs.pair(foreground: style.foreground, background: style.background) { pair, fg, bg in
                // The extended call takes colour numbers beyond 32767, which direct colour needs.
                init_extended_pair(Int32(pair), fg, bg) == OK
            }
        }
        styles.append((key, (attrs, pair)))
        return (attrs, pair)
    }
}
