import AIWatchData

/// Where an open detail is scrolled and which of its links is highlighted.
public struct DetailPosition: Equatable, Sendable {
    /// The first line shown.
    public var scroll = 0
    /// The highlighted link, an index into `Catalog.related(to:)`; nil when no link is on screen.
    public var link: Int?

    /// A position; the default is a detail's top with no link highlighted.
    public init(scroll: Int = 0, link: Int? = nil) {
        self.scroll = scroll
        self.link = link
    }
}

/// An open detail as the keys move through it, the way lynx moves through a page of links. The highlighted link is
/// always on screen, or nil when no link is. `↓` and `↑` go to the next or previous link when it is on screen or one
/// line away, and otherwise scroll the text by a line, so the top and the end of a detail are always reachable,
/// with links or without. Pure: the lines come from `DetailContent`, the height from the layout.
public struct DetailPage: Equatable, Sendable {
    /// The line of each link, ascending.
    public let linkLines: [Int]
    /// How many lines the detail has.
    public let lineCount: Int
    /// How many lines are in view.
    public let height: Int
    /// Where the page is scrolled and which link is highlighted.
    public private(set) var position: DetailPosition

    /// The page at `position`, scrolled back into range and with its highlight on screen.
    public init(linkLines: [Int], lineCount: Int, height: Int, position: DetailPosition) {
        self.linkLines = linkLines
        self.lineCount = lineCount
        self.height = max(1, height)
        self.position = position
        settle()
    }

    /// The furthest the text scrolls: its last line at the bottom.
    public var maxScroll: Int { max(0, lineCount - height) }

    /// Whether link `index` is on screen.
    public func isVisible(_ index: Int) -> Bool {
        linkLines.indices.contains(index) && linkLines[index] >= position.scroll && linkLines[index] < position.scroll + height
    }

    /// The links on screen, in order.
    public var visibleLinks: [Int] { linkLines.indices.filter(isVisible) }

    /// Carries out a movement key: ↑ ↓ by link or line, PgUp PgDn by a page, ^U ^D by half a page, g G to the top
    /// or the end.
    public mutating func perform(_ action: Action) {
        let scroll = position.scroll
        switch action {
        case .down:
            let next = position.link.map { $0 + 1 } ?? linkLines.firstIndex { $0 >= scroll }
            if let next, linkLines.indices.contains(next), linkLines[next] <= scroll + height {
                position.link = next
                position.scroll = max(scroll, linkLines[next] - height + 1)
            } else {
                position.scroll += 1
            }
        case .up:
            let previous = position.link.map { $0 - 1 } ?? linkLines.lastIndex { $0 < scroll + height }
            if let previous, linkLines.indices.contains(previous), linkLines[previous] >= scroll - 1 {
                position.link = previous
                position.scroll = min(scroll, linkLines[previous])
            } else {
                position.scroll -= 1
            }
        case .pageDown: position.scroll += max(1, height - 1)
        case .pageUp: position.scroll -= max(1, height - 1)
        case .halfPageDown: position.scroll += max(1, height / 2)
        case .halfPageUp: position.scroll -= max(1, height / 2)
        case .top:
            position = DetailPosition(scroll: 0)
        case .bottom:
            position.scroll = maxScroll
            position.link = linkLines.indices.last { linkLines[$0] >= maxScroll }
        default: break
        }
        settle()
    }

    /// Scrolls the text by `lines` (negative: up), as the mouse wheel does.
    public mutating func scroll(by lines: Int) {
        position.scroll += lines
        settle()
    }

    /// Brings the scroll into range; a highlighted link that left the screen gives way to the nearest one on
    /// screen, and with none highlighted the first one on screen lights up.
    private mutating func settle() {
        position.scroll = min(max(0, position.scroll), maxScroll)
        if let link = position.link, isVisible(link) { return }
        let shown = visibleLinks
        if let link = position.link {
            position.link = shown.min { abs($0 - link) < abs($1 - link) }
        } else {
            position.link = shown.first
        }
    }
}
