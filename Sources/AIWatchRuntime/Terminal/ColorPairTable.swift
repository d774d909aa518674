import TerminalKit

/// Colour pairs handed out lazily, one per distinct (foreground, background), as the frames need them.
/// Pair 0 is the terminal's default colours. When the terminal runs out of pairs, further combinations fall back to
/// pair 0 (the text stays readable, only uncoloured). Pure: the curses `init_pair` call is passed in.
struct ColorPairTable {
    /// The number of pairs the terminal supports (`COLOR_PAIRS`), pair 0 included.
    let limit: Int
    private var pairs: [Key: Int16] = [:]

    private struct Key: Hashable {
        let foreground: Int, background: Int
    }

    init(limit: Int) {
        self.limit = min(limit, Int(Int16.max))
    }

    /// How many pairs were defined so far.
    var count: Int { pairs.count }

    /// The pair for these colours, defining it with `define(pair, foreground, background)` the first time.
    /// `define` returns false when the terminal refused the pair. Colours are `Int32`: direct colour numbers are
    /// 24-bit.
    mutating func pair(
        foreground: Int, background: Int, define: (Int16, Int32, Int32) -> Bool
    ) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < limit, define(Int16(next), Int32(foreground), Int32(background)) else { return 0 }
        pairs[key] = Int16(next)
        return Int16(next)
    }
}
