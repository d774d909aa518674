import Foundation

/// Large three-row numerals for single big figures.
public enum BigDigits {
    private static let glyphs: [Character: [String]] = [
        "0": ["┏━┓", "┃ ┃", "┗━┛"], "1": [" ┓ ", " ┃ ", " ┻ "], "2": ["━━┓", "┏━┛", "┗━━"], "3": ["━━┓", " ━┫", "━━┛"],
        "4": ["╻ ╻", "┗━┫", "  ╹"], "5": ["┏━━", "┗━┓", "━━┛"], "6": ["┏━━", "┣━┓", "┗━┛"], "7": ["━━┓", "  ┃", "  ╹"],
        "8": ["┏━┓", "┣━┫", "┗━┛"], "9": ["┏━┓", "┗━┫", "━━┛"], ".": [" ", " ", "•"], ",": [" ", " ", "╻"],
    ]

    /// The three rows of `text`'s leading number in big numerals, and the rest of the text (the words after it).
    public static func render(_ text: String) -> (rows: [String], rest: String) {
        let number = text.prefix { glyphs[$0] != nil }
        guard !number.isEmpty else { return ([], text) }
        var rows = ["", "", ""]
        for character in number {
            let glyph = glyphs[character]!
            for row in 0..<3 { rows[row] += glyph[row] + (character == "." || character == "," ? "" : " ") }
        }
        return (rows, String(text.dropFirst(number.count)).trimmingCharacters(in: .whitespaces))
    }
}
