import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// The built binary as scripts use it: subcommands, exit statuses, messages.
final class CommandLineTests: XCTestCase {
    func aiwatch(_ arguments: String..., input: String? = nil) -> (status: Int32, output: String) {
        TerminalSession.run(TerminalSession.binary, arguments, input: input)
    }

    func testValidateTheBundledData() {
        let result = aiwatch("validate")
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.hasPrefix("bundled data: valid — 2 sources, 16 organisations"), result.output)
    }

    /// The field reference init-data writes describes the basis of a link, and validate refuses an inference
    /// without its reason, saying where.
    func testValidateRefusesAnInferenceWithoutItsReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-basis-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(aiwatch("init-data", folder).status, 0)
        let reference = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
        XCTAssertTrue(reference.contains("### Basis") && reference.contains("`stated` (the article says it) or `inferred`"), "the reference says what a basis is")
        let regulations = folder + "/regulations.json"
        var text = try String(contentsOfFile: regulations, encoding: .utf8)
        let reason = try XCTUnwrap(text.range(of: ",\n        \"reason\": \"The article names no firm these rules bind[^\"]*\"", options: .regularExpression))
        text.removeSubrange(reason)
        try text.write(toFile: regulations, atomically: true, encoding: .utf8)
        let invalid = aiwatch("validate", folder)
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(invalid.output.contains("regulations.json:"), invalid.output)
        XCTAssertTrue(invalid.output.contains("regulations[0].affects[0] (record \"deep-synthesis-regulation\"): missing required field \"reason\""), invalid.output)
    }

    func testInitDataThenValidateThenRefuseToOverwrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-init-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(aiwatch("init-data", folder).status, 0)
        let reference = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
        XCTAssertTrue(reference.contains("evidence"), "the field reference comes with the files to edit")
        XCTAssertEqual(aiwatch("validate", folder).status, 0, "the reference does not trouble validate")
        let again = aiwatch("init-data", folder)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.output.contains("already holds"), again.output)
        // A broken file is refused with its location, by validate and by --data alike.
        let companies = folder + "/companies.json"
        let text = try String(contentsOfFile: companies, encoding: .utf8).replacingOccurrences(of: "\"kind\": \"regulator\"", with: "\"kind\": \"watchdog\"")
        try text.write(toFile: companies, atomically: true, encoding: .utf8)
        let invalid = aiwatch("validate", folder)
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(invalid.output.contains("companies.json:"), invalid.output)
        XCTAssertTrue(invalid.output.contains(".kind (record \"cac\"): expected one of company, research-institute"), invalid.output)
        let listing = aiwatch("list", "companies", "--data", folder)
        XCTAssertEqual(listing.status, 1)
        XCTAssertTrue(listing.output.contains("(record \"cac\")"), listing.output)
    }

    func testListFormats() {
        let table = aiwatch("list", "companies")
        XCTAssertEqual(table.status, 0)
        XCTAssertTrue(table.output.contains("jd") && table.output.contains("京东"), table.output)
        let json = aiwatch("list", "regulations", "--format", "json")
        XCTAssertEqual(json.status, 0)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.first?["id"] as? String, "deep-synthesis-regulation")
        let csv = aiwatch("list", "statistics", "--format", "csv")
        XCTAssertTrue(csv.output.hasPrefix("id,figure,qualifier,figure_as_written,unit,what,subject,share_ratio,"), csv.output)
    }

    /// What a script reads from `list --format json`: typed values, as the README documents them.
    func testListJSONIsTyped() throws {
        func records(_ arguments: String...) throws -> [[String: Any]] {
            let result = TerminalSession.run(TerminalSession.binary, ["list"] + arguments + ["--format", "json"])
            XCTAssertEqual(result.status, 0, result.output)
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]], result.output)
        }
        let talent = try XCTUnwrap(records("statistics", "--filter", "talent").first)
        XCTAssertEqual(talent["figure"] as? Double, 40_000)
        XCTAssertEqual(talent["qualifier"] as? String, "more than")
        let asOf = try XCTUnwrap(records("statistics", "--filter", "id:beijing-core-ai-companies").first?["as_of"] as? [String: Any])
        XCTAssertEqual(asOf["date"] as? String, "2022-10")
        XCTAssertEqual(asOf["approximate"] as? Bool, true)
        XCTAssertEqual(asOf["phrase"] as? String, "As of October last year")
        let jd = try XCTUnwrap(records("companies", "--filter", "京东").first)
        XCTAssertEqual(jd["sectors"] as? [String], ["e-commerce"])
        let evidence = try XCTUnwrap((jd["evidence"] as? [[String: Any]])?.first)
        XCTAssertEqual((evidence["source"] as? [String: Any])?["publisher"] as? String, "Tech Wire Asia")
        XCTAssertNotNil((evidence["source"] as? [String: Any])?["url"] as? String)
        let people = try records("people")
        XCTAssertEqual(people.count, 4)
        XCTAssertTrue(people.allSatisfy { ($0["affiliation"] as? [String: Any])?["id"] is String })
        let csv = aiwatch("list", "people", "--format", "csv")
        XCTAssertTrue(csv.output.hasPrefix("id,name,role,affiliation_id,affiliation_name,quotes,"), csv.output)
        XCTAssertEqual(csv.output.components(separatedBy: "\r\n").count, people.count + 2, "one row per person")
    }

    /// `list quotes`: each quote a row, with who said it, their role and the source; a person's filter lists
    /// their quotes themselves.
    func testListQuotes() throws {
        let table = aiwatch("list", "quotes", "--filter", "person:triolo")
        XCTAssertEqual(table.status, 0, table.output)
        let rows = table.output.split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.count, 4, table.output)
        XCTAssertTrue(rows.allSatisfy { $0.contains("Paul Triolo") && $0.contains("Head of technology policy") && $0.contains("CNBC (republished rewrite), Feb 2023") })
        XCTAssertTrue(table.output.contains("“ChatGPT poses some unique challenges for Beijing.”"), table.output)
        let json = aiwatch("list", "quotes", "--filter", "about:google", "--format", "json")
        let quotes = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]], json.output)
        XCTAssertEqual(quotes.map { $0["id"] as? String }, ["triolo-search-engine"])
        XCTAssertEqual((quotes.first?["person"] as? [String: Any])?["name"] as? String, "Paul Triolo")
        XCTAssertEqual((quotes.first?["source"] as? [String: Any])?["month"] as? String, "2023-02")
        XCTAssertEqual(aiwatch("ids", "quotes").output.split(separator: "\n").count, 11)
    }

    func testListSortsAsTheSortKeysDo() {
        func ids(_ output: String) -> [String] {
            output.split(separator: "\n").dropFirst(2).map { String($0.split(separator: " ")[0]) }
        }
        let descending = aiwatch("list", "statistics", "--sort", "figure:desc")
        XCTAssertEqual(descending.status, 0, descending.output)
        XCTAssertEqual(ids(descending.output), [
            "wudao-2-0-parameters", "beijing-ai-talent", "beijing-core-ai-companies",
            "beijing-top-patent-institutions", "beijing-ai-open-innovation-platforms",
        ], "the largest figure first, 1.75 trillion before 40,000")
        let ascending = aiwatch("list", "statistics", "--sort", "figure", "--format", "csv")
        XCTAssertEqual(ascending.output.split(separator: "\r\n").dropFirst().first?.split(separator: ",").first,
                       "beijing-ai-open-innovation-platforms")
        let unknown = aiwatch("list", "companies", "--sort", "figure")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.output, "aiwatch: companies has no column \"figure\" to sort by; its columns: name name_zh kind sectors products\n")
    }

    func testUsageErrorsExitTwo() {
        let result = aiwatch("--pane", "nowhere")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.output, "aiwatch: unknown pane \"nowhere\"; use one of dashboard, companies, regulations, statistics, people, timeline, sources, quotes\n")
        let tiny = aiwatch("snapshot", "--size", "30x8")
        XCTAssertEqual(tiny.status, 2, "a snapshot smaller than any screen aiwatch draws is a usage error")
        XCTAssertEqual(tiny.output, "aiwatch: --size 30x8 is below the smallest screen aiwatch draws, 40x12\n")
    }

    func testManPrintsTheManualPageManReads() throws {
        let page = aiwatch("man")
        XCTAssertEqual(page.status, 0)
        XCTAssertEqual(page.output, ManPage.roff)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { throw XCTSkip("man is not installed") }
        let file = NSTemporaryDirectory() + "aiwatch-e2e-\(getpid()).1"
        try page.output.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let shown = TerminalSession.run("/usr/bin/env", ["MANWIDTH=100", "man", "-l", file])
        XCTAssertEqual(shown.status, 0, shown.output)
        XCTAssertTrue(shown.output.contains("EXIT STATUS") && shown.output.contains("--pane NAME"), shown.output)
    }

    func testEachCommandHasItsOwnHelp() {
        for command in ["snapshot", "list", "validate", "init-data"] {
            for arguments in [[command, "--help"], [command, "-h"], ["help", command]] {
                let result = TerminalSession.run(TerminalSession.binary, arguments)
                XCTAssertEqual(result.status, 0, arguments.joined(separator: " "))
                XCTAssertTrue(result.output.hasPrefix("aiwatch \(command) — "), result.output)
                XCTAssertTrue(result.output.contains("\nOPTIONS\n") && ["\nEXAMPLE\n", "\nEXAMPLES\n"].contains { result.output.contains($0 + "  aiwatch \(command)") }, result.output)
            }
        }
        XCTAssertEqual(aiwatch("help").output, aiwatch("--help").output)
        let unknown = aiwatch("help", "nosuch")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.output, "aiwatch: no command is called \"nosuch\"; use one of snapshot, list, brief, cite, validate, init-data, ids, completions, man, help\n")
    }

    func testASelectionOutsideThePaneIsAnError() {
        let elsewhere = aiwatch("snapshot", "--pane", "people", "--select", "cac")
        XCTAssertEqual(elsewhere.status, 2, "an id that is not a row of the pane is a usage error")
        XCTAssertTrue(elsewhere.output.hasPrefix("aiwatch: cac is in companies, not people"), elsewhere.output)
        XCTAssertEqual(elsewhere.output.split(separator: "\n").count, 1, elsewhere.output)
        let filtered = aiwatch("snapshot", "--filter", "baidu", "--select", "cac")
        XCTAssertEqual(filtered.status, 2)
        XCTAssertEqual(aiwatch("snapshot", "--filter", "bogus:x").status, 2, "a filter that does not parse is a usage error, as for list")
        XCTAssertEqual(filtered.output, "aiwatch: cac is in companies, but the filter \"baidu\" leaves it out\n")
        XCTAssertEqual(aiwatch("snapshot", "--select", "cac").status, 0, "the overview selects it in its companies list")
    }

    func testNotATerminalGivesOneLineAndNoEscapeBytes() {
        let result = aiwatch(input: "")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertFalse(result.output.contains("\u{1B}"), result.output.debugDescription)
        XCTAssertEqual(result.output.split(separator: "\n").count, 1, result.output)
        XCTAssertTrue(result.output.contains("aiwatch snapshot"), result.output)
    }

    func testABrokenFolderIsReportedBeforeTheMissingTerminal() throws {
        let folder = NSTemporaryDirectory() + "aiwatch-broken-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(aiwatch("init-data", folder).status, 0)
        try Data("[\n".utf8).write(to: URL(fileURLWithPath: folder + "/events.json"))
        let result = aiwatch("--data", folder, input: "")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "aiwatch: \(folder)/events.json:2:1: unexpected end of file\naiwatch: 1 problem found in \(folder); nothing was loaded\n")
    }

    func testSnapshotPrintsTheScreen() {
        let result = aiwatch("snapshot", "--pane", "companies", "--size", "80x24")
        XCTAssertEqual(result.status, 0, result.output)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.count > 2 && lines[2].hasPrefix("╭─ Companies"), result.output)
        XCTAssertTrue(result.output.contains("aiwatch · Companies · no filter · 16/16"), result.output)
    }

    func testSnapshotSVGWithAndWithoutTheWindowFrame() throws {
        let framed = aiwatch("snapshot", "--format", "svg", "--size", "80x24")
        let bare = aiwatch("snapshot", "--format", "svg", "--size", "80x24", "--no-frame")
        XCTAssertEqual(framed.status, 0)
        XCTAssertEqual(framed.output.components(separatedBy: "<circle").count - 1, 3, "a window frame has three dots")
        XCTAssertFalse(bare.output.contains("<circle"), "--no-frame leaves the frame off")
        XCTAssertEqual(aiwatch("snapshot", "--format", "svg", "--size", "80x24").output, framed.output, "byte-identical for the same inputs")
    }

    func testSnapshotRefusesToOverwriteWithoutForce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-snap-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(aiwatch("snapshot", "-o", path).status, 0)
        let again = aiwatch("snapshot", "-o", path)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.output.contains("already exists"), again.output)
        XCTAssertEqual(aiwatch("snapshot", "-o", path, "--force").status, 0)
    }

    /// `aiwatch ARGUMENTS` run by `/bin/sh` as `script` says (`"$0" "$@"` is the command); stdout and stderr of the
    /// shell are read together.
    func shell(_ script: String, _ arguments: [String]) -> (status: Int32, output: String) {
        TerminalSession.run("/bin/sh", ["-c", script, TerminalSession.binary] + arguments)
    }

    /// Every command that prints, printing to a full disk: the reason, as coreutils gives it, and status 1.
    func testOutputToAFullDiskIsAWriteError() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here")
        for command in [["--help"], ["--version"], ["list", "companies"], ["validate"], ["snapshot"]] {
            let result = shell(#""$0" "$@" >/dev/full"#, command)
            XCTAssertEqual(result.status, 1, "aiwatch \(command.joined(separator: " ")): \(result.output)")
            XCTAssertEqual(result.output, "aiwatch: write error: No space left on device\n", command.joined(separator: " "))
        }
    }

    func testOutputToAClosedStandardOutputIsAWriteError() {
        for command in [["--help"], ["list", "companies", "--format", "json"], ["snapshot", "--format", "svg"]] {
            let result = shell(#""$0" "$@" >&-"#, command)
            XCTAssertEqual(result.status, 1, "aiwatch \(command.joined(separator: " ")): \(result.output)")
            XCTAssertEqual(result.output, "aiwatch: write error: Bad file descriptor\n", command.joined(separator: " "))
        }
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-closed-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: saved) }
        let quiet = shell(#""$0" "$@" >&-"#, ["snapshot", "-o", saved])
        XCTAssertEqual(quiet.status, 0, "a command with nothing to print does not need standard output: \(quiet.output)")
        XCTAssertEqual(quiet.output, "")
    }

    /// A reader that goes away after the first byte of a long listing: with SIGPIPE ignored the write fails with
    /// EPIPE and says so; with SIGPIPE at its default aiwatch ends quietly by the signal, like any filter.
    func testAReaderThatGoesAwayEndsTheListing() throws {
        let folder = NSTemporaryDirectory() + "aiwatch-pipe-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in CatalogEncoder.files(SyntheticCatalog.make(records: 8_000, seed: 3)) {
            try Data(file.bytes).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        }
        let listing = ["list", "companies", "--data", folder]
        let full = TerminalSession.run(TerminalSession.binary, listing)
        XCTAssertEqual(full.status, 0)
        XCTAssertGreaterThan(full.output.utf8.count, 1 << 18, "the listing is four times what a pipe holds")

        let ignored = shell(#"trap '' PIPE; ("$0" "$@"; echo "status $?" >&2) | head -c1 >/dev/null"#, listing)
        XCTAssertEqual(ignored.output, "aiwatch: write error: Broken pipe\nstatus 1\n")
        let defaulted = shell(#"("$0" "$@"; echo "status $?" >&2) | head -c1 >/dev/null"#, listing)
        XCTAssertEqual(defaulted.output, "status 141\n", "death by SIGPIPE, and not a word")
    }
}
