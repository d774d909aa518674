/// A stretch of one row whose cells all look the same: the unit the styled exporters write.
struct CellRun: Equatable {
    /// The column of the first cell.
    let column: Int
    /// The cells, continuations left out (a wide cell stands for two columns).
    var cells: [Cell]
    /// How every cell of the run looks.
    let paint: Paint

    /// Columns covered, a wide character counting two.
    var columns: Int { cells.reduce(0) { $0 + max(1, Int($1.width)) } }

    /// The characters of the run, each made safe for export.
    var text: String { String(cells.map { ExportGlyph.safe($0.character) }) }

    /// Row `y` of `screen` cut into runs of equal paint. With `trimmingBlanks`, spaces at the end of the row that
    /// show nothing but the theme's background are left out.
    static func runs(of screen: Screen, row y: Int, theme: Theme, trimmingBlanks: Bool) -> [CellRun] {
        var runs: [CellRun] = []
        var x = 0
        while x < screen.width {
            let cell = screen[x, y]
            if cell.isContinuation {
                x += 1
                continue
            }
            let paint = theme.paint(cell.role, cell.flags)
            if var last = runs.last, last.paint == paint {
                last.cells.append(cell)
                runs[runs.count - 1] = last
            } else {
                runs.append(CellRun(column: x, cells: [cell], paint: paint))
            }
            x += max(1, Int(cell.width))
        }
        if trimmingBlanks { trimBlanks(&runs, theme: theme) }
        return runs
    }

    private static func trimBlanks(_ runs: inout [CellRun], theme: Theme) {
        while var last = runs.last, last.paint.isPlainBackground(in: theme), !last.paint.underline {
            while last.cells.last?.character == " " { last.cells.removeLast() }
            if !last.cells.isEmpty {
                runs[runs.count - 1] = last
                return
            }
            runs.removeLast()
        }
    }
}

extension Paint {
    /// The text colour as it appears, reverse video applied.
    var shownForeground: RGB { reverse ? backgroundRGB : foregroundRGB }
    /// The background colour as it appears, reverse video applied.
    var shownBackground: RGB { reverse ? foregroundRGB : backgroundRGB }

    /// Whether a blank cell in this paint looks like the empty screen.
    func isPlainBackground(in theme: Theme) -> Bool {
        !reverse && background == -1 && backgroundRGB == theme.background
    }
}
