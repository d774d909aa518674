import TerminalKit

/// Colour pairs handed out lazily, one per distinct (foreground, background), as the frames need them.
/// Pair 0 is the terminal's default colours. When the terminal runs out of pairs, further combinations fall back to
/// pair 0 (the text stays readable, only uncoloured). Pure: the curses `init_pair` call is passed in.
struct ColorPairTable {
    /// The number of pairs the terminal supports (`COLOR_PAIRS`), pair 0 included.
    let limit: Int
    /// The pairs defined so far: pair `i + 1` is `pairs[i]`. A frame needs a few dozen, found by looking through
    /// them; a dictionary keyed by a type of its own would cost a search of every protocol conformance in the binary
    /// before the first frame.
    private var pairs: [(foreground: Int, background: Int)] = []

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
        if let i = pairs.firstIndex(where: { $0.foreground == foreground && $0.background == background }) { return Int16(i + 1) }
        let next = pairs.count + 1
        guard next < limit, define(Int16(next), Int32(foreground), Int32(background)) else { return 0 }
        pairs.append((foreground, background))
        return Int16(next)
    }
}
