/// A block element (█, the eighth blocks of a bar ▏▎▍▌▋▊▉, halves) as the part of its cell it fills, in eighths.
/// HTML and SVG paint it as a rectangle, so bars fill their cells exactly instead of relying on font metrics.
struct BlockElement: Equatable {
    /// Left, top, right and bottom edges, in eighths of the cell (0…8).
    let left: Int, top: Int, right: Int, bottom: Int

    /// The filled part of `character`, or nil when it is not a block element drawn this way.
    static func of(_ character: Character) -> BlockElement? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        let value = scalar.value
        switch value {
        case 0x2580: return BlockElement(left: 0, top: 0, right: 8, bottom: 4)
        case 0x2581...0x2588: return BlockElement(left: 0, top: Int(0x2588 - value), right: 8, bottom: 8)
        case 0x2589...0x258F: return BlockElement(left: 0, top: 0, right: Int(0x2590 - value), bottom: 8)
        case 0x2590: return BlockElement(left: 4, top: 0, right: 8, bottom: 8)
        case 0x2594: return BlockElement(left: 0, top: 0, right: 8, bottom: 1)
        case 0x2595: return BlockElement(left: 7, top: 0, right: 8, bottom: 8)
        default: return nil
        }
    }
}
