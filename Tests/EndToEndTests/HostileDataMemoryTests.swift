import AIWatchData
import AIWatchTestSupport
import Foundation
import XCTest

/// `aiwatch validate` of a small file with millions of problems: a page of them, and memory of about the file's
/// size, not gigabytes. The peak is told by GNU time, which forks the binary itself: a child spawned by the test
/// would count the test's own memory in its peak (Linux keeps the peak across `exec`). No time is measured.
final class HostileDataMemoryTests: XCTestCase {
    private var folder = ""

    private static let time = "/usr/bin/time"

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.time) else { throw XCTSkip("GNU time is not installed") }
        folder = NSTemporaryDirectory() + "aiwatch-memory-\(UUID().uuidString)"
        XCTAssertEqual(TerminalSession.run(TerminalSession.binary, ["init-data", folder]).status, 0)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs `aiwatch validate` on the folder: its standard error and its peak resident memory in bytes.
    private func validate() throws -> (error: String, peakBytes: Int) {
        let errors = folder + ".stderr"
        let peak = folder + ".peak"
        defer { unlink(errors); unlink(peak) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let arguments = [Self.time, "-o", peak, "-f", "%M", TerminalSession.binary, "validate", folder]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        XCTAssertEqual(posix_spawn(&pid, Self.time, &actions, nil, &argv, environ), 0)
        // A hang guard only, far past the few seconds a debug build takes.
        let guardTimer = DispatchSource.makeTimerSource()
        guardTimer.schedule(deadline: .now() + 600)
        guardTimer.setEventHandler { kill(pid, SIGKILL) }
        guardTimer.resume()
        defer { guardTimer.cancel() }
        var status: Int32 = 0
        XCTAssertEqual(waitpid(pid, &status, 0), pid)
        let error = try String(contentsOfFile: errors, encoding: .utf8)
        let kilobytes = try String(contentsOfFile: peak, encoding: .utf8).split(separator: "\n").last.flatMap { Int($0) }
        return (error, try XCTUnwrap(kilobytes, "GNU time's report") * 1024)
    }

    func testMillionsOfProblemsCostAboutTheFilesSize() throws {
        let baseline = try validate()
        XCTAssertTrue(baseline.error.isEmpty, baseline.error)
        for (name, bytes) in [("1 MB of {}", HostilePayloads.emptyRecords(bytes: 1 << 20)), ("10 MB of 0", HostilePayloads.zeros(bytes: 10 << 20))] {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/events.json"))
            let (error, peak) = try validate()
            let lines = error.split(separator: "\n")
            XCTAssertEqual(lines.filter { $0.contains("/events.json") }.count, 100 + 1, name)
            XCTAssertTrue(lines.contains { $0.contains("/events.json: and ") && $0.hasSuffix(" more problems") }, name)
            XCTAssertTrue(lines.last?.hasSuffix("problems found") == true, name)
            // Before the problems were capped and the file read a record at a time, these took 1 and 2.4 GB. Under
            // AddressSanitizer freed memory is held in quarantine, so the peak measures the sanitizer, not aiwatch.
            if !Self.underAddressSanitizer {
                XCTAssertLessThan(peak, baseline.peakBytes + 8 * bytes.count, "\(name): peak \(peak >> 20) MB")
            }
        }
    }

    /// Whether this build runs under AddressSanitizer (`swift test --sanitize=address`), whose runtime is then linked.
    private static let underAddressSanitizer = dlsym(nil, "__asan_init") != nil
}
