import TerminalKit

/// Which key hints fit in the status bar beside the view string. `? help` is always shown; then the hints go in by
/// rank until one does not fit: an essential hint is kept by shortening the view string (down to `viewFloor`
/// cells), any other only where the view string still fits whole. Pure, so the choice can be tested at every width.
enum StatusHints {
    /// The fewest cells the view string shortens to for an essential hint.
    static let viewFloor = 20

    /// The cells the always-shown hint (`? help`) takes, with the blank before it.
    static var helpCells: Int { 1 + (KeyMap.hints.first { $0.rank == 0 }.map(width(of:)) ?? 0) }

    /// The cells a hint takes: its key, a space, its text and two spaces before the next.
    static func width(of hint: KeyHint) -> Int { CellWidth.of(hint.label) + 1 + CellWidth.of(hint.text) + 2 }

    /// The hints shown in a row of `width` cells (in key-map order) that starts with one blank cell, and the cells
    /// left at the right for a view string that needs `viewWidth`.
    static func fit(_ hints: [KeyHint], viewWidth: Int, width: Int) -> (hints: [KeyHint], viewCells: Int) {
        var chosen = [Bool](repeating: false, count: hints.count)
        var used = 1
        for (index, hint) in hints.enumerated().sorted(by: { $0.element.rank < $1.element.rank }) {
            let cells = self.width(of: hint)
            let view = hint.rank == 0 ? 0 : hint.essential ? min(viewWidth, viewFloor) : viewWidth
            // A hint that does not fit ends the list: a less important one never shows in its place.
            guard used + cells + view <= width else { break }
            chosen[index] = true
            used += cells
        }
        let shown = hints.indices.filter { chosen[$0] }.map { hints[$0] }
        return (shown, max(0, width - used))
    }
}
