/// A line-drawing character as geometry: which of the four arms from the cell's centre it draws, how thick, and
/// whether its corner is rounded. HTML and SVG draw these instead of font glyphs, so lines span the whole cell and
/// join across rows whatever the font and line height.
struct BoxDrawing: Equatable {
    /// The arms of a line-drawing character, from the cell's centre to an edge.
    struct Arms: OptionSet, Hashable {
        let rawValue: UInt8
        static let left = Arms(rawValue: 1)
        static let right = Arms(rawValue: 2)
        static let up = Arms(rawValue: 4)
        static let down = Arms(rawValue: 8)
    }

    let arms: Arms
    let heavy: Bool
    /// A rounded corner (╭╮╰╯); only meaningful with two perpendicular arms.
    let rounded: Bool

    /// The geometry of `character`, or nil when it is not a line-drawing character drawn this way.
    static func of(_ character: Character) -> BoxDrawing? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        return table[scalar.value]
    }

    private static let table: [UInt32: BoxDrawing] = {
        let light: [(UInt32, Arms)] = [
            (0x2500, [.left, .right]), (0x2502, [.up, .down]), (0x250C, [.right, .down]), (0x2510, [.left, .down]),
            (0x2514, [.right, .up]), (0x2518, [.left, .up]), (0x251C, [.up, .down, .right]),
            (0x2524, [.up, .down, .left]), (0x252C, [.left, .right, .down]), (0x2534, [.left, .right, .up]),
            (0x253C, [.left, .right, .up, .down]), (0x2574, [.left]), (0x2575, [.up]), (0x2576, [.right]),
            (0x2577, [.down]),
        ]
        let heavy: [(UInt32, Arms)] = [
            (0x2501, [.left, .right]), (0x2503, [.up, .down]), (0x250F, [.right, .down]), (0x2513, [.left, .down]),
            (0x2517, [.right, .up]), (0x251B, [.left, .up]), (0x2523, [.up, .down, .right]),
            (0x252B, [.up, .down, .left]), (0x2533, [.left, .right, .down]), (0x253B, [.left, .right, .up]),
            (0x254B, [.left, .right, .up, .down]),
        ]
        let rounded: [(UInt32, Arms)] = [
            (0x256D, [.right, .down]), (0x256E, [.left, .down]), (0x256F, [.left, .up]), (0x2570, [.right, .up]),
        ]
        var table: [UInt32: BoxDrawing] = [:]
        for (value, arms) in light { table[value] = BoxDrawing(arms: arms, heavy: false, rounded: false) }
        for (value, arms) in heavy { table[value] = BoxDrawing(arms: arms, heavy: true, rounded: false) }
        for (value, arms) in rounded { table[value] = BoxDrawing(arms: arms, heavy: false, rounded: true) }
        return table
    }()
}
