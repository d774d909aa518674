import TerminalKit

/// A list box as the frame shows it: the box, how many records it holds, and which of them are in view. Drawing
/// and mouse hit-testing both read it, so a click lands on the row that is drawn there.
public struct ListViewport: Sendable {
    /// The pane whose records the list shows.
    public let pane: Pane
    /// The box, border included.
    public let rect: Rect
    /// How many records the list has.
    public let count: Int
    /// The first record in view.
    public let scroll: Int

    /// A viewport for `pane`'s list in `rect`, scrolled so that the selection is in view.
    init(pane: Pane, rect: Rect, state: AppState) {
        self.pane = pane
        self.rect = rect
        count = state.rows(pane).count
        let visible = max(0, rect.height - 3)
        scroll = TableView.scrollOffset(selected: state.selected(in: pane), scroll: state.scroll[pane] ?? 0, visibleRows: visible, count: count)
    }

    /// Inside the border: the header row, then the records.
    public var inner: Rect { rect.inset(1) }
    /// How many records fit below the header.
    public var visibleRows: Int { max(0, inner.height - 1) }
    /// The records in view, as indices into the pane's rows.
    public var shown: Range<Int> { min(scroll, count)..<min(count, scroll + visibleRows) }
    /// Whether there are more records than fit, so the list has a scrollbar.
    public var scrolls: Bool { count > visibleRows }

    /// The record drawn at screen row `y`, if any.
    public func record(atRow y: Int) -> Int? {
        let index = scroll + y - inner.y - 1
        return y > inner.y && y < inner.maxY && shown.contains(index) ? index : nil
    }
}
