/// Turns any text from data, files or user input into text that is safe to put in a cell, an error message or an
/// export: nothing it returns can act as a terminal control sequence or reorder what is shown.
///
/// Controls are replaced by visible stand-ins rather than removed, so the parts of an escape sequence stay visible
/// and inert, and no two fragments can be spliced into a new sequence. So are characters that draw nothing and could
/// hide text (tag characters, Hangul fillers, the blank Braille pattern). The zero-width joiner alone is removed: an
/// emoji sequence is then drawn as its parts, since terminals disagree on how many cells a joined one takes (tmux
/// joins any two characters around it into one cell). The result contains no C0 or C1 control, DEL, bidi control,
/// invisible format or blank filler character, and sanitizing twice changes nothing.
public enum Sanitizer {
    /// The safe, visible form of `text`.
    public static func clean(_ text: String) -> String {
        // Fast paths: the common case is plain printable text, most often ASCII (checked byte by byte).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) || text.unicodeScalars.allSatisfy(isPlain) { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isPlain(scalar) {
                output.append(scalar)
            } else {
                output.append(contentsOf: standIn(for: scalar).unicodeScalars)
            }
        }
        return String(output)
    }

    /// Whether a scalar may reach a cell as it is.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x20 && value != 0x7F }
        if value < 0xA0 { return false }
        switch value {
        case 0x200C: return true  // ZWNJ keeps scripts apart without joining cells
        case 0x200D, 0x2028, 0x2029: return false
        case 0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0: return false  // fillers and a blank pattern: they draw nothing
        // Ranges common in text that hold no format character but the soft hyphen: they skip the property lookup.
        case 0x00A0..<0x0600: return value != 0xAD  // Latin, Greek, Cyrillic, Armenian, Hebrew
        case 0x2010...0x2027: return true  // dashes, curly quotes, bullets, ellipsis
        case 0x2070..<0xFEFF: return true  // no format character here: CJK and punctuation skip the property lookup
        default: return scalar.properties.generalCategory != .format
        }
    }

    /// The visible replacement of one unsafe scalar.
    static func standIn(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x200D: return ""
        case 0x09, 0x0A, 0x2028, 0x2029: return " "
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀ … ␟, ␛ for ESC
        case 0x7F: return "\u{2421}"  // ␡
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
        }
    }
}
