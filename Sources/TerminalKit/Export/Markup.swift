/// Escaping and number formatting shared by the HTML and SVG exports (and the HTML brief).
public enum Markup {
    /// `text` safe inside XML or HTML element content and quoted attributes: `& < > " '` become entities, and
    /// characters XML 1.0 forbids (controls, U+FFFE, U+FFFF) become U+FFFD.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return output
    }

    /// One character of a cell, escaped.
    static func escape(_ character: Character) -> String { escape(String(ExportGlyph.safe(character))) }

    private static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// A coordinate with at most two decimals and no trailing zeros ("25.2", "8", "4.25"), the same on every
    /// machine and locale.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let magnitude = abs(hundredths)
        let whole = (hundredths < 0 ? "-" : "") + String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction == 0 { return whole }
        if fraction % 10 == 0 { return whole + "." + String(fraction / 10) }
        return whole + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// A short stable fingerprint of `text` (FNV-1a, 32 bits, 8 hex digits), for ids and class names that are the
    /// same for the same content and differ between exports embedded in one page.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Everything an export of `screen` depends on, as one string to fingerprint.
    static func fingerprintSource(_ screen: Screen, theme: Theme, caption: ExportCaption) -> String {
        var source = "\(theme.name.rawValue) \(screen.width)x\(screen.height) \(caption.text) \(caption.title)\n"
        for cell in screen.cells {
            source.append(cell.character)
            source += "\u{1F}\(cell.width).\(cell.role.rawValue).\(cell.flags.rawValue)"
        }
        return source
    }
}
