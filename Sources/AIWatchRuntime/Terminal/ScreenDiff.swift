import TerminalKit

/// A horizontal run of cells on one row that must be written again.
struct CellRun: Hashable, Sendable {
    let y: Int
    let columns: Range<Int>
}

/// Which cells changed between the frame on the terminal and the next one. Pure.
enum ScreenDiff {
    /// Runs of changed cells, row by row, left to right. Without a previous frame, or when the size changed, every
    /// row is one full run. A run that starts on the right half of a wide character is widened to include its
    /// left half, and one that ends on a left half to include the right half, so a wide character is always
    /// written whole.
    static func runs(from previous: Screen?, to next: Screen) -> [CellRun] {
        guard next.width > 0, next.height > 0 else { return [] }
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return (0..<next.height).map { CellRun(y: $0, columns: 0..<next.width) }
        }
        var runs: [CellRun] = []
        let width = next.width
        for y in 0..<next.height {
            var x = 0
            while x < width {
                guard previous[x, y] != next[x, y] else {
                    x += 1
                    continue
                }
                var start = x
                while x < width && previous[x, y] != next[x, y] { x += 1 }
                if next[start, y].isContinuation && start > 0 { start -= 1 }
                if next[x - 1, y].width == 2 && x < width { x += 1 }
                if let last = runs.last, last.y == y, last.columns.upperBound >= start {
                    runs[runs.count - 1] = CellRun(y: y, columns: last.columns.lowerBound..<x)
                } else {
                    runs.append(CellRun(y: y, columns: start..<x))
                }
            }
        }
        return runs
    }
}
