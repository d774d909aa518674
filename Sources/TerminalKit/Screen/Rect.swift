/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    /// The top-left cell and the size in cells.
    public var x: Int, y: Int, width: Int, height: Int

    /// A rectangle at (x, y); a negative width or height becomes 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }
    /// The row just below the rectangle.
    public var maxY: Int { y + height }
    /// Whether the rectangle holds no cell at all.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect { Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by) }

    /// Splits into a left part `leftWidth` cells wide and the rest.
    public func splitColumns(_ leftWidth: Int) -> (Rect, Rect) {
        let left = min(max(0, leftWidth), width)
        return (Rect(x: x, y: y, width: left, height: height), Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// Splits into a top part `topHeight` rows high and the rest.
    public func splitRows(_ topHeight: Int) -> (Rect, Rect) {
        let top = min(max(0, topHeight), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }
}
