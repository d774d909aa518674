import CNcursesw
import Foundation
import Glibc

/// A program started on a fresh pseudo-terminal of a given size, as a terminal emulator would start it: the
/// benchmark reads what the program writes and types keys into it.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let master: Int32
    private let pid: pid_t
    private let started: UInt64
    private var output: [UInt8] = []
    private var searchedUpTo = 0

    init(executable: String, arguments: [String], columns: Int, rows: Int) throws {
        var slave: Int32 = -1
        master = aiw_open_pseudo_terminal(&slave)
        guard master >= 0 else { throw Failure(description: "cannot open a pseudo-terminal") }
        guard aiw_set_window_size(master, Int32(rows), Int32(columns)) == 0 else {
            throw Failure(description: "cannot set up the pseudo-terminal")
        }
        defer { close(slave) }
        started = Clock.now()
        pid = try spawn(executable, arguments, stdio: slave, closing: master)
    }

    /// Reads the program's output until `text` has appeared; returns the milliseconds since the program started.
    func wait(for text: String, timeoutSeconds: Double = 60) throws -> Double {
        let needle = Array(text.utf8)
        let deadline = Clock.now() + UInt64(timeoutSeconds * 1e9)
        while Clock.now() < deadline {
            if let found = search(needle) { return found }
            guard read(waitMilliseconds: 50) else { break }
        }
        if let found = search(needle) { return found }
        throw Failure(description: "\"\(text)\" never appeared; the program wrote: " + String(decoding: output.suffix(300), as: UTF8.self))
    }

    private func search(_ needle: [UInt8]) -> Double? {
        let found = output.withUnsafeBufferPointer { bytes -> Bool in
            let from = max(0, searchedUpTo - needle.count)
            guard bytes.count - from >= needle.count else { return false }
            for start in from...(bytes.count - needle.count) where bytes[start] == needle[0] {
                if Array(bytes[start..<start + needle.count]) == needle { return true }
            }
            return false
        }
        searchedUpTo = output.count
        return found ? Clock.milliseconds(since: started) : nil
    }

    /// Reads what is there within `waitMilliseconds`; false once the program has closed the terminal.
    @discardableResult
    private func read(waitMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitMilliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = Glibc.read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        output.append(contentsOf: buffer[..<count])
        return true
    }

    /// Types `text` as keys.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the program to end, reading what it writes meanwhile; returns its peak resident memory in bytes.
    @discardableResult
    func finish() -> Int {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, WNOHANG, &usage) == 0 { read(waitMilliseconds: 20) }
        close(master)
        return usage.ru_maxrss * 1024
    }

    deinit {
        if kill(pid, 0) == 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }
}

/// Runs `executable` to its end with no terminal; returns the milliseconds from its start to its exit.
func timeToExit(_ executable: String, _ arguments: [String]) throws -> Double {
    let null = open("/dev/null", O_RDWR)
    defer { close(null) }
    let start = Clock.now()
    let pid = try spawn(executable, arguments, stdio: null)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { throw PseudoTerminal.Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed") }
    return Clock.milliseconds(since: start)
}

/// Runs `executable` to its end with no terminal; returns its peak resident memory in bytes, read from the
/// kernel's high-water mark of the program's own memory (`VmHWM`) every few milliseconds while it runs.
/// (`ru_maxrss` would count this benchmark's memory too: a spawned child starts out in its parent's address space.)
func peakMemory(_ executable: String, _ arguments: [String]) throws -> Int {
    let null = open("/dev/null", O_RDWR)
    defer { close(null) }
    let pid = try spawn(executable, arguments, stdio: null)
    let name = URL(fileURLWithPath: executable).lastPathComponent
    var status: Int32 = 0
    var peak = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
        peak = max(peak, highWaterMark(of: pid, named: name) ?? 0)
        usleep(2_000)
    }
    guard status == 0 else { throw PseudoTerminal.Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed") }
    return peak
}

/// The peak resident memory of process `pid` so far, once it runs the program `name` (before its exec, the
/// process still shows the parent's memory).
private func highWaterMark(of pid: pid_t, named name: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    let lines = status.split(separator: "\n")
    guard lines.first == "Name:\t" + name.prefix(15) else { return nil }
    let line = lines.first { $0.hasPrefix("VmHWM:") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }.map { $0 * 1024 }
}

/// Starts `executable` in a session of its own with standard input, output and error on `descriptor`, and
/// `closing` closed, as a terminal emulator starts a program.
func spawn(_ executable: String, _ arguments: [String], stdio descriptor: Int32, closing: Int32? = nil) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in 0...2 { posix_spawn_file_actions_adddup2(&actions, descriptor, Int32(target)) }
    posix_spawn_file_actions_addclose(&actions, descriptor)
    if let closing { posix_spawn_file_actions_addclose(&actions, closing) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID, which Swift does not import
    let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=" + NSTemporaryDirectory()]
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard status == 0 else { throw PseudoTerminal.Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))") }
    return pid
}
