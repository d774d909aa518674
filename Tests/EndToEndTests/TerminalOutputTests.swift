import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// What aiwatch writes to a terminal, byte for byte (recorded with `tmux pipe-pane`): with a data folder full of
/// escape sequences it still writes only the kinds of sequences curses itself emits, and when it cannot run
/// interactively it writes one plain line.
final class TerminalOutputTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        guard TerminalSession.tmuxAvailable() else { throw XCTSkip("tmux is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-bytes-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// Payloads planted in the data, each ending in a marker so a leak could not be mistaken for curses output.
    static let payloads = [
        "\u{1B}[2JPWN1", "\u{1B}]52;c;UFdOMg==\u{07}", "\u{1B}]0;PWN3\u{07}", "\u{1B}]8;;https://pwn4.example\u{1B}\\PWN4\u{1B}]8;;\u{1B}\\",
        "\u{1B}]8;;\u{1B}0m\u{1B}[>0q", "PWN6\u{1B}[", "\u{9B}2JPWN7", "\u{9D}0;PWN8\u{9C}", "PWN9\u{1B}", "PWN10\u{0}\r\u{8}\u{7F}",
        "\u{202E}PWN11\u{2066}", "PWN12\u{200B}\u{FEFF}", "\u{1B}\u{1B}[[2J2JPWN13",
    ]

    /// The bundled data, written out with `init-data`, with a payload around every name, summary and quote.
    private func hostileDataFolder() throws -> String {
        let data = folder + "/data"
        XCTAssertEqual(TerminalSession.run(TerminalSession.binary, ["init-data", data]).status, 0)
        var counter = 0
        // Files and keys in a fixed order, so each payload lands in the same field on every run.
        for name in try FileManager.default.contentsOfDirectory(atPath: data).sorted() where name.hasSuffix(".json") {
            let url = URL(fileURLWithPath: data + "/" + name)
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
            try JSONSerialization.data(withJSONObject: plant(json, &counter)).write(to: url)
        }
        return data
    }

    private func plant(_ value: Any, _ counter: inout Int) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for key in object.keys.sorted() {
                let child = object[key]!
                if ["name", "nameZh", "summary", "quote", "text", "headline", "role"].contains(key), let text = child as? String {
                    let payload = Self.payloads[counter % Self.payloads.count]
                    counter += 1
                    result[key] = payload + text + payload
                } else {
                    result[key] = plant(child, &counter)
                }
            }
            return result
        }
        if let array = value as? [Any] { return array.map { plant($0, &counter) } }
        return value
    }

    /// With every hostile payload planted in the data, the terminal (tmux) and aiwatch agree on every cell: each
    /// row of a box is exactly as wide as the screen and ends in its border, in every pane and in a detail.
    func testEveryBorderLinesUpInTheTerminalWithHostileText() throws {
        let data = try HostilePayloads.folder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let app = try TerminalSession(["--data", data], columns: 120, rows: 40)
        app.waitFor("Headline numbers")
        for keys in [[], ["2"], ["2", "Enter"], ["Escape", "3"], ["4"], ["5"], ["5", "Enter"], ["Escape", "6"], ["7"]] {
            for key in keys { app.send(key) }
            usleep(300_000)
            let rows = app.screen().components(separatedBy: "\n")
            for (y, row) in rows.enumerated() where row.hasPrefix("│") || row.hasPrefix("╭") || row.hasPrefix("╰") {
                let trimmed = row.trimmingTrailingSpaces()
                XCTAssertEqual(CellWidth.of(trimmed), 120, "after \(keys) row \(y) is not the screen's width in tmux: \(row)")
                XCTAssertTrue("│╮╯┃".contains(trimmed.last ?? " "), "after \(keys) row \(y) does not end in its border: \(row)")
            }
        }
        app.send("q")
        app.waitFor("[exited 0]")
    }

    /// Runs `command` in a shell in tmux while recording the pane's output; returns the bytes written between the
    /// command's start and end markers (so the shell's own prompt and echo are left out).
    private func record(_ command: String, keys: (TerminalSession) -> Void) throws -> [UInt8] {
        let shell = try TerminalSession.shell(columns: 100, rows: 30)
        let capture = folder + "/capture-" + UUID().uuidString
        shell.waitFor("$")
        shell.tmux(["pipe-pane", "-o", "-t", shell.name, "cat >> " + TerminalSession.quote(capture)])
        shell.send("printf 'BEGIN-%s\\n' $((6*7)); \(command); printf 'END-%s\\n' $((6*7))", "Enter")
        keys(shell)
        shell.waitFor("END-42")
        shell.tmux(["pipe-pane", "-t", shell.name])
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: capture))) ?? Data())
        guard let begin = bytes.firstRange(of: Array("BEGIN-42\r\n".utf8)), let end = bytes.ranges(of: Array("END-42".utf8)).last else {
            XCTFail("markers missing from the recording")
            return []
        }
        return Array(bytes[begin.upperBound..<end.lowerBound])
    }

    func testHostileDataNeverReachesTheTerminalAsASequence() throws {
        let data = try hostileDataFolder()
        let app = TerminalSession.quote(TerminalSession.binary)
        let bytes = try record("\(app) --data \(TerminalSession.quote(data))") { shell in
            shell.waitFor("Headline numbers")
            // One key at a time, each given time to be drawn: keys typed together are drawn as one frame, and every
            // screen must reach the recording.
            for key in ["2", "Enter", "Escape", "3", "Enter", "Escape", "4", "5", "Enter", "Escape", "6", "7", "Enter", "Escape", "?", "Space", "/"] {
                shell.send(key)
                usleep(150_000)
            }
            shell.send("\u{1B}]0;typed\u{07}x", literal: true)
            shell.send("Enter")
            shell.waitFor("␛")
            shell.send("q")
        }
        XCTAssertGreaterThan(bytes.count, 1000, "the recording holds the app's screens")
        for payload in Self.payloads + ["\u{1B}[>0q", "\u{1B}[2JPWN", "\u{1B}[[2J"] {
            XCTAssertNil(bytes.firstRange(of: Array(payload.utf8)), "payload \(payload.debugDescription) reached the terminal")
        }
        for marker in ["PWN1", "PWN3", "PWN7"] {
            XCTAssertNotNil(bytes.firstRange(of: Array(marker.utf8)), "the planted text \(marker) is shown, inert")
        }
        assertOnlyCursesSequences(bytes)
    }

    func testNoTerminalTypeOrNoTerminalGivesOnePlainLine() throws {
        let app = TerminalSession.quote(TerminalSession.binary)
        let cases = [
            ("env -u TERM \(app)", "TERM is not set"),
            ("TERM=dumb \(app)", "dumb terminal"),
            ("TERM=no-such-terminal-xyz \(app)", "unknown terminal type 'no-such-terminal-xyz'"),
            ("\(app) < /dev/null", "needs a terminal"),
            ("\(app) | cat", "needs a terminal"),
        ]
        for (command, message) in cases {
            let bytes = try record(command) { _ in }
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertFalse(bytes.contains(0x1B), "\(command): escape bytes in \(text.debugDescription)")
            XCTAssertEqual(text.split(separator: "\n").count, 1, "\(command): one line, got \(text.debugDescription)")
            XCTAssertTrue(text.contains(message), "\(command): \(text.debugDescription)")
            XCTAssertTrue(text.hasPrefix("aiwatch: "), "\(command): \(text.debugDescription)")
            XCTAssertEqual(text.components(separatedBy: "aiwatch:").count, 2, "\(command): the program is named once, got \(text.debugDescription)")
        }
    }

    /// A view the command line cannot have is a usage error in the app as in `snapshot`: the same line, status 2,
    /// and not a byte for the terminal (no alternate screen, no mode set and reset).
    func testAUsageErrorInTheAppIsSnapshotsAndLeavesTheTerminalAlone() throws {
        let cases = [["--select", "cac", "--pane", "people"], ["--view", "companies#nosuch"], ["--filter", "\"unclosed"],
                     ["--view", "statistics?sort=nosuch"]]
        for arguments in cases {
            let snapshot = TerminalSession.run(TerminalSession.binary, ["snapshot"] + arguments)
            XCTAssertEqual(snapshot.status, 2, "snapshot \(arguments): \(snapshot.output)")
            XCTAssertTrue(snapshot.output.hasPrefix("aiwatch: "), snapshot.output)
            let command = ([TerminalSession.binary] + arguments).map(TerminalSession.quote).joined(separator: " ")
            let bytes = try record(command + "; echo \"status=$?\"") { _ in }
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertEqual(text, snapshot.output.replacingOccurrences(of: "\n", with: "\r\n") + "status=2\r\n", "aiwatch \(arguments)")
        }
    }

    /// Every escape sequence is of a kind curses emits (CSI with parameters, charset selection, keypad modes, cursor
    /// save/restore, reverse index); there is no OSC, DCS, APC, PM or SOS and no C1 control.
    private func assertOnlyCursesSequences(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let c1 = text.unicodeScalars.first(where: { (0x80...0x9F).contains($0.value) }) {
            XCTFail("C1 control U+\(String(c1.value, radix: 16)) written to the terminal", file: file, line: line)
        }
        var index = 0
        while let escape = bytes[index...].firstIndex(of: 0x1B) {
            guard escape + 1 < bytes.count else { return XCTFail("a lone ESC at the end", file: file, line: line) }
            let kind = bytes[escape + 1]
            var next = escape + 2
            switch kind {
            case UInt8(ascii: "["):
                while next < bytes.count, (0x30...0x3F).contains(bytes[next]) { next += 1 }  // parameters, ? > =
                while next < bytes.count, (0x20...0x2F).contains(bytes[next]) { next += 1 }  // intermediates
                guard next < bytes.count, (0x40...0x7E).contains(bytes[next]) else {
                    return XCTFail("an unfinished CSI at byte \(escape)", file: file, line: line)
                }
                next += 1
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                next += 1
            case UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M"):
                break
            default:
                let shown = String(decoding: bytes[escape..<min(bytes.count, escape + 12)], as: UTF8.self)
                return XCTFail("a sequence curses does not emit: \(shown.debugDescription)", file: file, line: line)
            }
            index = next
        }
    }
}
