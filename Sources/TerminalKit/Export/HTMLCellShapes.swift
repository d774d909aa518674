/// The HTML of single cells, and the CSS rules for the line-drawing characters and block elements used so far.
/// Those are drawn as CSS backgrounds that fill the whole cell (their glyph stays in the text for copying, but
/// invisible), so boxes join across rows and bars fill their cells at any line height.
struct HTMLCellShapes {
    /// CSS rules (without the page's scope) for the shapes used, in order of first use.
    private(set) var rules: [String] = []
    private var defined: Set<UInt32> = []

    /// The markup of the cells of a run: characters as they are, wide ones in two-column boxes, shapes as
    /// painted boxes. Repeats of a shape that looks the same all along (─, █) share one box, leaving no seams.
    /// Browsers do not reliably carry an underline into a box, so wide characters of an `underlined` run get
    /// their own painted underline.
    mutating func markup(_ cells: [Cell], underlined: Bool) -> String {
        var output = ""
        var index = 0
        while index < cells.count {
            let cell = cells[index]
            var count = 1
            if Self.isUniformAcross(cell.character) {
                while index + count < cells.count, cells[index + count].character == cell.character { count += 1 }
            }
            output += markup(cell.character, wide: cell.width == 2, underlined: underlined, count: count)
            index += count
        }
        return output
    }

    /// Whether a shape looks the same all across its cell, so that repeats can be one box.
    static func isUniformAcross(_ character: Character) -> Bool {
        if let box = BoxDrawing.of(character) { return box.arms == [.left, .right] }
        if let block = BlockElement.of(character) { return block.left == 0 && block.right == 8 }
        return false
    }

    /// The markup of `count` repeats of one cell's character.
    private mutating func markup(_ character: Character, wide: Bool, underlined: Bool, count: Int) -> String {
        let safe = ExportGlyph.safe(character)
        let text = String(repeating: Markup.escape(safe), count: count)
        if wide { return "<span class=\"w\(underlined ? " u" : "")\">\(text)</span>" }
        guard let scalar = safe.unicodeScalars.first else { return text }
        let name = "x" + String(scalar.value, radix: 16)
        if let box = BoxDrawing.of(safe) {
            define(scalar.value) { box.rounded ? Self.roundedRules(box, name) : [Self.lineRule(box, name)] }
        } else if let block = BlockElement.of(safe) {
            define(scalar.value) { [Self.blockRule(block, name)] }
        } else {
            return text
        }
        let width = count > 1 ? " style=\"width: \(count)ch\"" : ""
        return "<span class=\"b \(name)\"\(width)>\(text)</span>"
    }

    private mutating func define(_ value: UInt32, _ make: () -> [String]) {
        if defined.insert(value).inserted { rules += make() }
    }

    private static let fill = "linear-gradient(currentColor, currentColor)"

    private static func lineRule(_ box: BoxDrawing, _ name: String) -> String {
        let thickness = box.heavy ? 2.0 : 1.0
        let along = "calc(50% + \(Markup.number(thickness / 2))px)"
        let across = Markup.number(thickness) + "px"
        var layers: [(position: String, size: String)] = []
        if box.arms.contains(.left) { layers.append(("0 50%", "\(along) \(across)")) }
        if box.arms.contains(.right) { layers.append(("100% 50%", "\(along) \(across)")) }
        if box.arms.contains(.up) { layers.append(("50% 0", "\(across) \(along)")) }
        if box.arms.contains(.down) { layers.append(("50% 100%", "\(across) \(along)")) }
        return ".\(name) { background-image: \(layers.map { _ in Self.fill }.joined(separator: ", ")); "
            + "background-position: \(layers.map(\.position).joined(separator: ", ")); "
            + "background-size: \(layers.map(\.size).joined(separator: ", ")); }"
    }

    /// A rounded corner: a quarter box with two borders and a radius, in the quadrant the arms point into.
    private static func roundedRules(_ box: BoxDrawing, _ name: String) -> [String] {
        let centre = "calc(50% - 0.5px)"
        let right = box.arms.contains(.right), down = box.arms.contains(.down)
        let horizontal = right ? "left: \(centre); right: 0; border-left-width: 1px;" : "left: 0; right: \(centre); border-right-width: 1px;"
        let vertical = down ? "top: \(centre); bottom: 0; border-top-width: 1px;" : "top: 0; bottom: \(centre); border-bottom-width: 1px;"
        let corner = "border-\(down ? "top" : "bottom")-\(right ? "left" : "right")-radius: 4px;"
        return [
            ".\(name) { position: relative; }",
            ".\(name)::before { content: \"\"; position: absolute; border: 0 solid; \(horizontal) \(vertical) \(corner) }",
        ]
    }

    private static func blockRule(_ block: BlockElement, _ name: String) -> String {
        func offset(_ start: Int, _ size: Int) -> String {
            size >= 8 ? "0" : Markup.number(Double(start) / Double(8 - size) * 100) + "%"
        }
        let width = block.right - block.left, height = block.bottom - block.top
        return ".\(name) { background-image: \(Self.fill); "
            + "background-position: \(offset(block.left, width)) \(offset(block.top, height)); "
            + "background-size: \(Markup.number(Double(width) * 12.5))% \(Markup.number(Double(height) * 12.5))%; }"
    }
}
