import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import TerminalKit
import Foundation

// aiwatch-bench: how fast aiwatch is, measured on the real binary and on synthetic catalogs. Build it with the
// rest: swift build -c release --static-swift-stdlib && .build/release/aiwatch-bench

let usage = """
    usage: aiwatch-bench [--sizes N,N,...] [--json FILE]
           aiwatch-bench --write-data N FOLDER
      --sizes       synthetic catalog sizes in records (default 1000,100000,1000000)
      --json        also write the figures as JSON to FILE
      --write-data  only write a synthetic data folder of N records to FOLDER (for aiwatch --data FOLDER)
    Needs aiwatch, curses-floor and curses-floor-bare built beside it, the way a release is built:
      swift build -c release --static-swift-stdlib && .build/release/aiwatch-bench
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("aiwatch-bench: " + message + "\n" + usage + "\n").utf8))
    exit(2)
}

var sizes = [1_000, 100_000, 1_000_000]
var jsonPath: String?
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
    case "--write-data":
        guard let count = arguments.popFirst().flatMap({ Int($0) }), count > 0, let folder = arguments.popFirst() else {
            fail("--write-data needs a record count and a folder")
        }
        do {
            try writeSyntheticFolder(records: count, to: folder)
        } catch {
            fail("cannot write \(folder): \(error)")
        }
        exit(0)
    case "-h", "--help":
        say(usage)
        exit(0)
    default:
        fail("unknown argument \(argument)")
    }
}

let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
let aiwatch = binaries + "/aiwatch"
let floor = binaries + "/curses-floor"
let bareFloor = binaries + "/curses-floor-bare"
for binary in [aiwatch, floor, bareFloor] where !FileManager.default.isExecutableFile(atPath: binary) {
    fail("\(binary) is missing")
}
/// Writes a deterministic synthetic catalog of about `records` records as a data folder; returns it and its size.
@discardableResult
func writeSyntheticFolder(records: Int, to folder: String) throws -> (catalog: Catalog, jsonBytes: Int) {
    let catalog = SyntheticCatalog.make(records: records, seed: 2023)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var jsonBytes = 0
    for file in CatalogEncoder.files(catalog) {
        try Data(file.bytes).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        jsonBytes += file.bytes.count
    }
    return (catalog, jsonBytes)
}

/// Queries typed one character at a time: a facet with an exclusion, a bare word, alternatives with a phrase.
let queries = ["sector:finance jingdong -cloud", "chat", "baidu | xiaomi \"language model\"", "regulator:tian year:2023 -draft"]

/// Process start to the whole first screen written: the status bar's view string is the last text of a frame.
func firstFrame(_ executable: String, _ arguments: [String], until sentinel: String) throws -> Double {
    let terminal = try PseudoTerminal(executable: executable, arguments: arguments, columns: 120, rows: 40)
    let milliseconds = try terminal.wait(for: sentinel, timeoutSeconds: 600)
    terminal.type("q")
    terminal.finish()
    return milliseconds
}

/// A filter that matches nothing, so that its results are a line no frame shows before they are in.
let unmatched = "qxzq"

/// Process start to the whole first screen written, then from that frame to the frame with the results of a filter
/// typed as soon as it showed: how long after the first frame searching works (the pinyin and the index are made
/// after the first frame, and the filter waits for them).
func firstFrameThenSearch(_ executable: String, _ arguments: [String]) throws -> (frame: Double, searchReady: Double) {
    let terminal = try PseudoTerminal(executable: executable, arguments: arguments, columns: 120, rows: 40)
    let frame = try terminal.wait(for: "dashboard#", timeoutSeconds: 600)
    terminal.type("/" + unmatched)
    let results = try terminal.wait(for: "No match for “\(unmatched)”", timeoutSeconds: 600)
    terminal.type("\rq")
    terminal.finish()
    return (frame, results - frame)
}

func cpuModel() -> String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
    let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line.flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
}

var report = Report()
do {
    let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpuModel())"
    report.note("aiwatch-bench on \(machine)", group: "machine", key: "description", value: machine)

    report.section("First frame with the bundled data, 120x40 pseudo-terminal: process start to the whole screen written")
    report.heads()
    var floorFrames = Samples()
    var bareFloorFrames = Samples()
    var versions = Samples()
    var appFrames = Samples()
    for _ in 0..<21 {
        bareFloorFrames.add(try firstFrame(bareFloor, [], until: "curses-floor ready"))
        floorFrames.add(try firstFrame(floor, [], until: "curses-floor ready"))
        versions.add(try timeToExit(aiwatch, ["--version"]))
        appFrames.add(try firstFrame(aiwatch, [], until: "dashboard#"))
    }
    report.row("least curses program, Swift runtime only", bareFloorFrames, group: "firstFrame", key: "bareFloor")
    report.row("least curses program with Foundation (the floor)", floorFrames, group: "firstFrame", key: "floor")
    report.row("aiwatch --version (start and exit, no terminal)", versions, group: "firstFrame", key: "version")
    report.row("aiwatch", appFrames, group: "firstFrame", key: "aiwatch")
    let ratio = appFrames.median / floorFrames.median
    let bareRatio = appFrames.median / bareFloorFrames.median
    report.note(String(format: "aiwatch / the Foundation floor, medians: %.2f (budget 1.25)", ratio), group: "firstFrame", key: "ratio", value: ratio)
    report.note(String(format: "aiwatch / the Swift-only floor, medians: %.2f", bareRatio), group: "firstFrame", key: "bareRatio", value: bareRatio)

    let bundled = Environment.standard(try CatalogLoader.bundled())
    report.section("Rendering, bundled data")
    report.heads()
    var render = Samples()
    let wide = Update.initialState(columns: 200, rows: 60, query: "", env: bundled)
    for _ in 0..<200 { render.time { _ = Renderer.render(wide, catalog: bundled.catalog) } }
    report.row("full render of the overview at 200x60", render, group: "render", key: "overview200x60")
    let standard = Update.initialState(columns: 120, rows: 40, query: "", env: bundled)
    for format in ExportFormat.allCases {
        var export = Samples()
        for _ in 0..<50 { export.time { _ = ViewExport.render(format, state: standard, catalog: bundled.catalog, theme: .named(.dark)) } }
        report.row("export \(format.rawValue) at 120x40", export, group: "render", key: format.rawValue)
    }

    for size in sizes {
        let folder = NSTemporaryDirectory() + "aiwatch-bench-\(size)-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (catalog, jsonBytes) = try writeSyntheticFolder(records: size, to: folder)
        let group = "records\(size)"
        let records = SearchIndex(catalog).count
        report.section("\(records) synthetic records, \(megabytes(jsonBytes)) of JSON")
        report.heads()
        // A million records are loaded and indexed three times rather than five: enough for a median and a worst.
        let heavy = size >= 1_000_000
        let runs = heavy ? 3 : 5
        var load = Samples()
        var loaded = catalog
        for _ in 0..<runs { loaded = try load.time { try CatalogLoader.load(directory: folder) } }
        report.row("load: read, parse, check references", load, group: group, key: "load")
        var transliterate = Samples()
        let unread = loaded
        for _ in 0..<runs { loaded = transliterate.time { unread.completingPinyin() } }
        report.row("pinyin of the Chinese names", transliterate, group: group, key: "pinyin")
        var build = Samples()
        var index = SearchIndex(loaded)
        for _ in 0..<runs { index = build.time { SearchIndex(loaded) } }
        report.row("search index", build, group: group, key: "index")
        var frames = Samples()
        var searchReady = Samples()
        for _ in 0..<3 {
            let (frame, ready) = try firstFrameThenSearch(aiwatch, ["--data", folder])
            frames.add(frame)
            searchReady.add(ready)
        }
        report.row("first frame (aiwatch --data, pseudo-terminal)", frames, group: group, key: "firstFrame")
        report.row("search ready, after the first frame", searchReady, group: group, key: "searchReady")
        let env = Environment(catalog: loaded, index: index)
        let typing = Typing.filter(queries, env: env, repetitions: heavy ? 1 : 3)
        report.row("filter keystroke to frame", typing.keys, group: group, key: "filterKeystroke")
        if !typing.searches.isEmpty {
            report.row("background search, to the frame with its results", typing.searches, group: group, key: "backgroundSearch")
        }
        report.row("scroll keystroke to frame (j, PgDn)", Typing.scroll(env: env), group: group, key: "scrollKeystroke")
        let peak = try peakMemory(aiwatch, ["snapshot", "--data", folder, "--filter", "chat"])
        report.note(
            "peak memory (aiwatch snapshot --data --filter chat): \(megabytes(peak)), "
                + String(format: "%.2f", Double(peak) / Double(jsonBytes)) + "x the JSON",
            group: group, key: "peakMemory", value: ["bytes": peak, "jsonBytes": jsonBytes, "ratio": Double(peak) / Double(jsonBytes)]
        )
    }
} catch {
    FileHandle.standardError.write(Data("aiwatch-bench: \(error)\n".utf8))
    exit(1)
}

if let jsonPath {
    do {
        try report.write(to: jsonPath)
    } catch {
        FileHandle.standardError.write(Data("aiwatch-bench: cannot write \(jsonPath): \(error)\n".utf8))
        exit(1)
    }
}
