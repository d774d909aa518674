/// Every box-drawing character and block element (U+2500–U+259F) as geometry in its cell. The HTML and SVG
/// exporters draw these shapes instead of font glyphs, so lines span whole cells and join across rows, bars fill
/// their cells exactly, and no character of the range depends on a font that may lack it.
enum CellShape: Equatable {
    /// Lines from the centre to the edges; `rounded` bends the two arms of a light corner (╭╮╯╰) into an arc.
    case lines(Arms, rounded: Bool)
    /// A line broken into `count` dashes (┄┅┆┇┈┉┊┋╌╍╎╏).
    case dashes(horizontal: Bool, heavy: Bool, count: Int)
    /// Light diagonals corner to corner (╱╲╳).
    case diagonals(rising: Bool, falling: Bool)
    /// Filled rectangles in eighths of the cell, at `opacity` (below 1 for the shades ░▒▓).
    case blocks([Block], opacity: Double)

    /// The weight of one arm of a line.
    enum Weight: Int, Equatable {
        case none, light, heavy, double
    }

    /// The four arms of a line-drawing character, each with its weight.
    struct Arms: Equatable {
        var left: Weight, right: Weight, up: Weight, down: Weight

        init(left: Weight = .none, right: Weight = .none, up: Weight = .none, down: Weight = .none) {
            (self.left, self.right, self.up, self.down) = (left, right, up, down)
        }
    }

    /// A rectangle of the cell in eighths: left and top edges, right and bottom edges (0…8).
    struct Block: Equatable {
        let left: Int, top: Int, right: Int, bottom: Int
    }

    /// The first and last code points the table covers.
    static let range: ClosedRange<UInt32> = 0x2500...0x259F

    /// The shape of `character`, or nil when it is not a single scalar of `range`.
    static func of(_ character: Character) -> CellShape? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        return of(scalar: scalar.value)
    }

    /// The shape of the scalar `value`, or nil outside `range`.
    static func of(scalar value: UInt32) -> CellShape? {
        switch value {
        case 0x2504...0x250B:
            let index = Int(value - 0x2504)
            return .dashes(horizontal: index % 4 < 2, heavy: index % 2 == 1, count: index < 4 ? 3 : 4)
        case 0x254C...0x254F:
            let index = Int(value - 0x254C)
            return .dashes(horizontal: index < 2, heavy: index % 2 == 1, count: 2)
        case 0x256D...0x2570: return .lines(lineArms[value]!, rounded: true)
        case 0x2571: return .diagonals(rising: true, falling: false)
        case 0x2572: return .diagonals(rising: false, falling: true)
        case 0x2573: return .diagonals(rising: true, falling: true)
        case 0x2500...0x257F: return lineArms[value].map { .lines($0, rounded: false) }
        case 0x2580...0x259F: return blockShape(value)
        default: return nil
        }
    }

    /// Whether the shape looks the same all across its cell, so that repeats along a row can be drawn as one.
    var isUniformAcross: Bool {
        switch self {
        case .lines(let arms, let rounded):
            return !rounded && arms.up == .none && arms.down == .none && arms.left == arms.right
        case .blocks(let blocks, _): return blocks.count == 1 && blocks[0].left == 0 && blocks[0].right == 8
        default: return false
        }
    }

    private static func blockShape(_ value: UInt32) -> CellShape {
        func block(_ left: Int, _ top: Int, _ right: Int, _ bottom: Int) -> Block {
            Block(left: left, top: top, right: right, bottom: bottom)
        }
        // Quadrants, as bits: upper left 1, upper right 2, lower left 4, lower right 8.
        let quadrants: [UInt32: Int] = [
            0x2596: 4, 0x2597: 8, 0x2598: 1, 0x2599: 1 | 4 | 8, 0x259A: 1 | 8, 0x259B: 1 | 2 | 4, 0x259C: 1 | 2 | 8,
            0x259D: 2, 0x259E: 2 | 4, 0x259F: 2 | 4 | 8,
        ]
        switch value {
        case 0x2580: return .blocks([block(0, 0, 8, 4)], opacity: 1)
        case 0x2581...0x2588: return .blocks([block(0, Int(0x2588 - value), 8, 8)], opacity: 1)
        case 0x2589...0x258F: return .blocks([block(0, 0, Int(0x2590 - value), 8)], opacity: 1)
        case 0x2590: return .blocks([block(4, 0, 8, 8)], opacity: 1)
        case 0x2591...0x2593: return .blocks([block(0, 0, 8, 8)], opacity: Double(value - 0x2590) / 4)
        case 0x2594: return .blocks([block(0, 0, 8, 1)], opacity: 1)
        case 0x2595: return .blocks([block(7, 0, 8, 8)], opacity: 1)
        default:
            let bits = quadrants[value] ?? 0
            let parts = [block(0, 0, 4, 4), block(4, 0, 8, 4), block(0, 4, 4, 8), block(4, 4, 8, 8)]
            return .blocks(parts.indices.filter { bits & (1 << $0) != 0 }.map { parts[$0] }, opacity: 1)
        }
    }

    /// The arms of every line character of U+2500–U+257F but the dashes and diagonals, from their Unicode names.
    /// Each entry is "left right up down" weights: 0 none, 1 light, 2 heavy, 3 double.
    private static let lineArms: [UInt32: Arms] = {
        let codes: [(UInt32, String)] = [
            (0x2500, "1100"), (0x2501, "2200"), (0x2502, "0011"), (0x2503, "0022"),
            (0x250C, "0101"), (0x250D, "0201"), (0x250E, "0102"), (0x250F, "0202"),
            (0x2510, "1001"), (0x2511, "2001"), (0x2512, "1002"), (0x2513, "2002"),
            (0x2514, "0110"), (0x2515, "0210"), (0x2516, "0120"), (0x2517, "0220"),
            (0x2518, "1010"), (0x2519, "2010"), (0x251A, "1020"), (0x251B, "2020"),
            (0x251C, "0111"), (0x251D, "0211"), (0x251E, "0121"), (0x251F, "0112"),
            (0x2520, "0122"), (0x2521, "0221"), (0x2522, "0212"), (0x2523, "0222"),
            (0x2524, "1011"), (0x2525, "2011"), (0x2526, "1021"), (0x2527, "1012"),
            (0x2528, "1022"), (0x2529, "2021"), (0x252A, "2012"), (0x252B, "2022"),
            (0x252C, "1101"), (0x252D, "2101"), (0x252E, "1201"), (0x252F, "2201"),
            (0x2530, "1102"), (0x2531, "2102"), (0x2532, "1202"), (0x2533, "2202"),
            (0x2534, "1110"), (0x2535, "2110"), (0x2536, "1210"), (0x2537, "2210"),
            (0x2538, "1120"), (0x2539, "2120"), (0x253A, "1220"), (0x253B, "2220"),
            (0x253C, "1111"), (0x253D, "2111"), (0x253E, "1211"), (0x253F, "2211"),
            (0x2540, "1121"), (0x2541, "1112"), (0x2542, "1122"), (0x2543, "2121"),
            (0x2544, "1221"), (0x2545, "2112"), (0x2546, "1212"), (0x2547, "2221"),
            (0x2548, "2212"), (0x2549, "2122"), (0x254A, "1222"), (0x254B, "2222"),
            (0x2550, "3300"), (0x2551, "0033"), (0x2552, "0301"), (0x2553, "0103"),
            (0x2554, "0303"), (0x2555, "3001"), (0x2556, "1003"), (0x2557, "3003"),
            (0x2558, "0310"), (0x2559, "0130"), (0x255A, "0330"), (0x255B, "3010"),
            (0x255C, "1030"), (0x255D, "3030"), (0x255E, "0311"), (0x255F, "0133"),
            (0x2560, "0333"), (0x2561, "3011"), (0x2562, "1033"), (0x2563, "3033"),
            (0x2564, "3301"), (0x2565, "1103"), (0x2566, "3303"), (0x2567, "3310"),
            (0x2568, "1130"), (0x2569, "3330"), (0x256A, "3311"), (0x256B, "1133"),
            (0x256C, "3333"),
            (0x256D, "0101"), (0x256E, "1001"), (0x256F, "1010"), (0x2570, "0110"),
            (0x2574, "1000"), (0x2575, "0010"), (0x2576, "0100"), (0x2577, "0001"),
            (0x2578, "2000"), (0x2579, "0020"), (0x257A, "0200"), (0x257B, "0002"),
            (0x257C, "1200"), (0x257D, "0012"), (0x257E, "2100"), (0x257F, "0021"),
        ]
        var table: [UInt32: Arms] = [:]
        for (value, digits) in codes {
            let weights = digits.map { Weight(rawValue: Int(String($0))!)! }
            table[value] = Arms(left: weights[0], right: weights[1], up: weights[2], down: weights[3])
        }
        return table
    }()
}
