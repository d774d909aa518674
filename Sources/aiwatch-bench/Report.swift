import Foundation

/// The benchmark's output: a table on standard output as it goes, and the same figures as JSON.
struct Report {
    private(set) var json: [String: Any] = [:]

    /// Prints a heading.
    func section(_ title: String) {
        say("\n" + title)
    }

    /// Prints one figure as a row and records it under `key` in `group`.
    mutating func row(_ label: String, _ samples: Samples, group: String, key: String) {
        say(pad(label, 44) + pad(format(samples.median) + " ms", 13, right: true) + pad(format(samples.worst) + " ms", 13, right: true))
        var figures = json[group] as? [String: Any] ?? [:]
        figures[key] = samples.json
        json[group] = figures
    }

    /// Prints a line of text and records `value` under `key` in `group`.
    mutating func note(_ text: String, group: String, key: String, value: Any) {
        say(text)
        var figures = json[group] as? [String: Any] ?? [:]
        figures[key] = value
        json[group] = figures
    }

    /// Prints the column heads of the rows that follow.
    func heads() {
        say(pad("", 44) + pad("median", 13, right: true) + pad("worst", 13, right: true))
    }

    func write(to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}

/// Prints a line at once, so progress shows when the output is piped.
func say(_ line: String) {
    print(line)
    fflush(nil)
}

func format(_ milliseconds: Double) -> String {
    milliseconds >= 100 ? String(format: "%.0f", milliseconds) : milliseconds >= 1 ? String(format: "%.2f", milliseconds) : String(format: "%.3f", milliseconds)
}

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(0, width - text.count))
    return right ? gap + text : text + gap
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
