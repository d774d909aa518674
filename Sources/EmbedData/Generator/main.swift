import Foundation

// Usage: EmbedDataGenerator OUTPUT.swift DATA.json... [README.md]
// Writes each file as a raw string literal (fast to type-check) and the pinyin of every `nameZh`, so that the
// slow first use of ICU's transliterator happens here at build time instead of on the first frame.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedDataGenerator OUTPUT.swift DATA.json...\n".utf8))
    exit(2)
}

/// A raw string literal whose delimiter cannot occur inside `text`.
func rawLiteral(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

/// A one-line Swift string literal of `text`.
func quoted(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": escaped += "\\\\"
        case "\"": escaped += "\\\""
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\u{\(String(scalar.value, radix: 16))}"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return "\"" + escaped + "\""
}

/// Every string value stored under the key `nameZh`, anywhere in a JSON document.
func chineseNames(in value: Any) -> [String] {
    if let object = value as? [String: Any] {
        let own = (object["nameZh"] as? String).map { [$0] } ?? []
        return own + object.values.flatMap(chineseNames)
    }
    if let array = value as? [Any] { return array.flatMap(chineseNames) }
    return []
}

var files: [(name: String, text: String)] = []
var fieldReference = ""
var names = Set<String>()
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    guard let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(path): not UTF-8\n".utf8))
        exit(1)
    }
    if url.pathExtension == "md" {
        fieldReference = text
        continue
    }
    files.append((url.lastPathComponent, text))
    if let json = try? JSONSerialization.jsonObject(with: data) { names.formUnion(chineseNames(in: json)) }
}

var source = "// Generated from Data/*.json and Data/README.md by the EmbedData build plugin. Do not edit.\n\n"
source += "enum EmbeddedData {\n"
source += "    /// The bundled data files, by file name, exactly as they are in `Data/`.\n"
source += "    static let files: [(name: String, text: String)] = [\n"
for file in files {
    source += "        (\"\(file.name)\", \(rawLiteral(file.text))),\n"
}
source += "    ]\n\n"
source += "    /// `Data/README.md`: what every field of the files means.\n"
source += "    static let fieldReference = \(rawLiteral(fieldReference))\n\n"
source += "    /// Toneless pinyin of each Chinese name in the files, computed at build time.\n"
source += "    static let pinyin: [String: String] = [" + (names.isEmpty ? ":" : "") + "\n"
for name in names.sorted() {
    let latin = name.applyingTransform(.mandarinToLatin, reverse: false)?
        .applyingTransform(.stripDiacritics, reverse: false) ?? ""
    source += "        \(quoted(name)): \(quoted(latin)),\n"
}
source += "    ]\n}\n"

try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
