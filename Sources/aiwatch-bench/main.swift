import AIWatchCore
import Foundation

// aiwatch-bench: index build time and keystroke-to-results latency of the filter on synthetic catalogs.
// Each query is typed one character at a time into a fresh FilterEngine, several times; a keystroke's time is
// parse + filter + per-pane counts. "median" is over all keystrokes; "worst" is the slowest keystroke (its median
// over the repetitions, which discounts noise from other processes); "max" is the slowest single sample.

let usage = """
    usage: aiwatch-bench [--sizes N,N,...] [--json FILE] [--query TEXT]...
      --sizes   catalog sizes in records (default 1000,100000,1000000)
      --json    also write the results as JSON to FILE
      --query   a query to type (repeatable; default: the standard set)
    Build with -c release: swift run -c release aiwatch-bench
    """

var sizes = [1_000, 100_000, 1_000_000]
var jsonPath: String?
var queries: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--sizes":
        guard let list = arguments.popFirst() else { fail("--sizes needs a value") }
        let parsed = list.split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
        guard !parsed.isEmpty, parsed.count == list.split(separator: ",").count, parsed.allSatisfy({ $0 > 0 }) else {
            fail("--sizes expects positive integers separated by commas, e.g. 1000,100000")
        }
        sizes = parsed
    case "--json":
        guard let path = arguments.popFirst() else { fail("--json needs a file name") }
        jsonPath = path
    case "--query":
        guard let query = arguments.popFirst() else { fail("--query needs a value") }
        queries.append(query)
    case "-h", "--help":
        say(usage)
        exit(0)
    default:
        fail("unknown argument \(argument)")
    }
}
if queries.isEmpty {
    queries = ["sector:finance jingdong -cloud", "chat", "baidu | xiaomi \"language model\"", "regulator:tian year:2023 -draft"]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("aiwatch-bench: " + message + "\n" + usage + "\n").utf8))
    exit(2)
}

/// Prints a line at once, so progress shows when the output is piped.
func say(_ line: String) {
    print(line)
    fflush(nil)
}

func milliseconds(_ block: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    block()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func cpuModel() -> String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
    for line in info.split(separator: "\n") where line.hasPrefix("model name") {
        return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }
    return "unknown"
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(0, width - text.count))
    return right ? gap + text : text + gap
}

let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpuModel())"
say("aiwatch-bench on \(machine)")
var report: [[String: Any]] = []
for size in sizes {
    let catalog = SyntheticCatalog.make(records: size, seed: 2023)
    var index: SearchIndex?
    let build = milliseconds { index = SearchIndex(catalog) }
    let built = index!
    let megabytes = Double(built.byteCount) / 1_048_576
    say("\n\(built.count) records: index built in \(format(build)) ms, \(String(format: "%.1f", megabytes)) MB")
    say(pad("query", 36) + pad("keys", 6, right: true) + pad("median ms", 11, right: true) + pad("worst ms", 10, right: true)
        + pad("max ms", 10, right: true) + pad("matches", 10, right: true))
    let repetitions = size >= 1_000_000 ? 3 : 7
    var rows: [[String: Any]] = []
    for query in queries {
        let characters = Array(query)
        var samples = Array(repeating: [Double](), count: characters.count)
        var matches = 0
        for _ in 0..<repetitions {
            var engine = FilterEngine(index: built)
            for length in 1...characters.count {
                let text = String(characters[..<length])
                samples[length - 1].append(milliseconds {
                    engine.update(text)
                    for pane in Pane.allCases { _ = engine.result.count(in: pane) }
                })
            }
            matches = engine.result.count
        }
        let all = samples.flatMap { $0 }
        let typicalMedian = median(all)
        let worst = samples.map(median).max() ?? 0
        let maximum = all.max() ?? 0
        say(pad(query, 36) + pad(String(characters.count), 6, right: true) + pad(format(typicalMedian), 11, right: true)
            + pad(format(worst), 10, right: true) + pad(format(maximum), 10, right: true) + pad(String(matches), 10, right: true))
        rows.append([
            "query": query, "keystrokes": characters.count, "medianMs": typicalMedian, "worstMs": worst, "maxMs": maximum,
            "matches": matches, "perKeystrokeMedianMs": samples.map(median),
        ])
    }
    report.append(["records": built.count, "buildMs": build, "indexBytes": built.byteCount, "queries": rows])
}

if let jsonPath {
    let document: [String: Any] = ["machine": machine, "cores": ProcessInfo.processInfo.activeProcessorCount, "cpu": cpuModel(), "sizes": report]
    do {
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: jsonPath))
    } catch {
        FileHandle.standardError.write(Data("aiwatch-bench: cannot write \(jsonPath): \(error)\n".utf8))
        exit(1)
    }
}
