import Foundation
import AIWatchApp
import AIWatchData
import TerminalKit

/// Text that tries to take over a terminal, and the bundled data with it planted in every display field.
public enum HostilePayloads {
    /// One payload per kind of attack the issue names.
    public static let all: [String] = [
        "\u{1B}[2J\u{1B}[H",                        // CSI: clear the screen
        "\u{1B}]52;c;cm0gLXJmIH4=\u{07}",           // OSC 52: write the clipboard
        "\u{1B}]0;owned\u{07}",                     // OSC 0: set the window title
        "\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\",  // OSC 8 hyperlink
        "\u{1B}]8;;\u{1B}0m\u{1B}[>0q",             // OSC 8 + SGR + XTVERSION query
        "tail\u{1B}[",                              // unterminated CSI at the end of a field
        "tail\u{1B}]0;",                            // unterminated OSC at the end of a field
        "\u{9B}2J\u{9D}0;c1\u{9C}",                 // 8-bit C1 CSI and OSC
        "lone\u{1B}",                               // lone ESC
        "nul\u{0}cr\rbs\u{8}\u{8}del\u{7F}",        // NUL, CR, BS, DEL
        "\u{202E}gnp.exe\u{202C} \u{2066}iso\u{2069} \u{202D}lro",  // bidi overrides and isolates
        "zero\u{200B}width\u{2060}\u{FEFF}bom",     // zero-width and BOM characters
        "\u{1B}\u{1B}[[2J2J",                       // splice: removing the inner sequence would form a new one
        "[\u{1B}2J",                                // splice the other way round
        "W\u{200D}X 👨\u{200D}👩\u{200D}👧",           // zero-width joiners, alone and in an emoji sequence
        "tag\u{E0068}\u{E0069}\u{E0064}\u{E0065}",     // tag characters: invisible ASCII
        "fill\u{3164}\u{115F}\u{FFA0}\u{2800}er",       // Hangul fillers and the blank Braille pattern
    ]

    /// A data file of `bytes` bytes holding nothing but empty records, `[{},{},…]`: each lacks every required
    /// field, so a megabyte is two million problems.
    public static func emptyRecords(bytes: Int) -> [UInt8] {
        let text: String = "[" + String(repeating: "{},", count: max(0, (bytes - 4) / 3)) + "{}]"
        return Array(text.utf8)
    }

    /// A data file of `bytes` bytes holding nothing but zeros, `[0,0,…]`: a record, and a problem, every two bytes.
    public static func zeros(bytes: Int) -> [UInt8] {
        let text: String = "[" + String(repeating: "0,", count: max(0, (bytes - 3) / 2)) + "0]"
        return Array(text.utf8)
    }

    /// A companies file whose one record has a key of `length` characters, which an error would quote.
    public static func longKey(length: Int) -> [UInt8] {
        let text: String = "[{\"" + String(repeating: "k", count: length) + "\": 1}]"
        return Array(text.utf8)
    }

    /// The escape sequences (as bytes) that must never reach a terminal.
    public static let sequences: [String] = [
        "\u{1B}[2J", "\u{1B}]52", "\u{1B}]0;", "\u{1B}]8;", "\u{1B}[>0q", "\u{1B}0m", "\u{9B}", "\u{9D}",
    ]

    /// Display fields that get a payload (ids and references stay valid so the folder still loads).
    public static let fields: Set<String> = [
        "name", "nameZh", "summary", "quote", "text", "headline", "publisher", "role", "title", "phrase", "label",
        "description", "note", "body",
    ]

    /// The bundled data files with a payload around every display field.
    public static func files() -> [DataFile] {
        var counter = 0
        return files { text in
            let payload = all[counter % all.count]
            counter += 1
            return payload + text + payload
        }
    }

    /// The bundled data files with every display field replaced by `replace(field)`.
    public static func files(replacing replace: (String) -> String) -> [DataFile] {
        CatalogLoader.bundledFiles().map { file in
            let json = try! JSONSerialization.jsonObject(with: Data(file.bytes), options: [.fragmentsAllowed])
            let hostile = plant(in: json, replace: replace)
            let data = try! JSONSerialization.data(withJSONObject: hostile, options: [.fragmentsAllowed])
            return DataFile(name: file.name, bytes: Array(data))
        }
    }

    /// The bundled catalog with payloads planted.
    public static func catalog() throws -> Catalog { try CatalogLoader.load(files: files(), pinyin: [:]) }

    /// Writes the hostile files into a fresh temporary folder and returns its path.
    public static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "aiwatch-hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for file in files() { try Data(file.bytes).write(to: URL(fileURLWithPath: path + "/" + file.name)) }
        return path
    }

    private static func plant(in value: Any, replace: (String) -> String) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            // Sorted keys: the same payload lands in the same field on every run.
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                if fields.contains(key), let text = child as? String {
                    result[key] = replace(text)
                } else {
                    result[key] = plant(in: child, replace: replace)
                }
            }
            return result
        }
        if let array = value as? [Any] { return array.map { plant(in: $0, replace: replace) } }
        return value
    }

    /// Whether a scalar could act on a terminal or reorder text (ZWJ/ZWNJ and emoji tags are allowed, as in
    /// `Sanitizer`).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 { return true }
        if value == 0x200C || value == 0x200D || (0xE0020...0xE007F).contains(value) { return false }
        return scalar.properties.generalCategory == .format
    }

    /// The first control scalar in `text`, described, or nil.
    public static func firstControl(in text: String) -> String? {
        text.unicodeScalars.first(where: isControl).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
