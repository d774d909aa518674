import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Glibc
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class TerminalCheckTests: XCTestCase {
    private func problem(
        stdin: Bool = true, stdout: Bool = true, term: String? = "xterm-256color",
        terminfo: TerminalCheck.Terminfo = .usable
    ) -> String? {
        TerminalCheck.problem(stdinIsTerminal: stdin, stdoutIsTerminal: stdout, term: term) { _ in terminfo }
    }

    func testAUsableTerminalHasNoProblem() {
        XCTAssertNil(problem())
    }

    func testPipesAreRefusedWithTheSubcommandsToUse() {
        XCTAssertEqual(problem(stdout: false), TerminalCheck.notATerminal)
        XCTAssertEqual(problem(stdin: false), TerminalCheck.notATerminal)
        XCTAssertTrue(TerminalCheck.notATerminal.contains("aiwatch snapshot"))
    }

    func testMissingDumbAndUnknownTerminals() {
        XCTAssertTrue(problem(term: nil)!.contains("TERM is not set"))
        XCTAssertTrue(problem(term: "")!.contains("TERM is not set"))
        XCTAssertTrue(problem(term: "dumb")!.contains("dumb"))
        XCTAssertTrue(problem(term: "xterm-nonexistent", terminfo: .unknown)!.contains("'xterm-nonexistent'"))
        XCTAssertTrue(problem(term: "vt05", terminfo: .cannotAddressCursor)!.contains("cannot move the cursor"))
        XCTAssertTrue(problem(terminfo: .noDatabase)!.contains("terminfo database"))
    }

    func testEveryReasonIsOneLine() {
        let reasons = [
            problem(stdout: false), problem(term: nil), problem(term: "dumb"),
            problem(terminfo: .unknown), problem(terminfo: .cannotAddressCursor), problem(terminfo: .noDatabase),
        ]
        for reason in reasons {
            XCTAssertNotNil(reason)
            XCTAssertFalse(reason!.contains("\n"))
        }
    }

    /// The runner prints each reason after "aiwatch: ", so a reason that names the program again reads
    /// "aiwatch: aiwatch …".
    func testNoReasonNamesTheProgramAgain() {
        let reasons = [
            problem(stdout: false), problem(term: nil), problem(term: "dumb"),
            problem(terminfo: .unknown), problem(terminfo: .cannotAddressCursor), problem(terminfo: .noDatabase),
        ]
        for reason in reasons.compactMap({ $0 }) {
            XCTAssertFalse(reason.lowercased().hasPrefix("aiwatch"), reason)
        }
    }

    func testAHostileTermIsShownInert() {
        let reason = problem(term: "evil\u{1B}[2J", terminfo: .unknown)!
        XCTAssertFalse(reason.unicodeScalars.contains { $0.value == 0x1B })
    }

    func testTerminfoLookUp() {
        XCTAssertEqual(TerminalCheck.lookUp("xterm-256color"), .usable)
        XCTAssertEqual(TerminalCheck.lookUp("dumb"), .cannotAddressCursor)
        XCTAssertEqual(TerminalCheck.lookUp("xterm-nonexistent"), .unknown)
    }

    /// The look-up must not write a byte (no message, no escape sequence) to stdout or stderr.
    func testTerminfoLookUpWritesNothing() throws {
        let written = try capturingOutput {
            _ = TerminalCheck.lookUp("xterm-nonexistent")
            _ = TerminalCheck.lookUp("dumb")
            _ = TerminalCheck.lookUp("xterm-256color")
        }
        XCTAssertEqual(written, [])
    }

    /// Runs `body` with fds 1 and 2 pointed at a pipe; returns what arrived.
    private func capturingOutput(_ body: () -> Void) throws -> [UInt8] {
        fflush(nil)
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let savedOut = dup(1)
        let savedErr = dup(2)
        dup2(ends[1], 1)
        dup2(ends[1], 2)
        body()
        fflush(nil)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        close(savedOut)
        close(savedErr)
        close(ends[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        close(ends[0])
        return bytes
    }
}

final class TerminalSequencesTests: XCTestCase {
    func testPaddingIsDropped() {
        XCTAssertEqual(
            TerminalSequences.withoutPadding(Array("\u{1B}[H$<5>\u{1B}[2J$<2/*>x".utf8)),
            Array("\u{1B}[H\u{1B}[2Jx".utf8)
        )
    }

    func testADollarWithoutPaddingStays() {
        XCTAssertEqual(TerminalSequences.withoutPadding(Array("a$b$<c".utf8)), Array("a$b$<c".utf8))
    }
}

final class StandardErrorCaptureTests: XCTestCase {
    /// What is written to fd 2 while capturing reaches the real stderr only on release, in order.
    func testHeldBackUntilReleased() {
        fflush(nil)
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
        let savedErr = dup(2)
        dup2(ends[1], 2)
        defer {
            dup2(savedErr, 2)
            close(savedErr)
            close(ends[0])
            close(ends[1])
        }

        StandardErrorCapture.begin()
        _ = "first\n".withCString { write(2, $0, 6) }
        XCTAssertEqual(drain(ends[0]), "")
        StandardErrorCapture.release()
        XCTAssertEqual(drain(ends[0]), "first\n")

        _ = "direct\n".withCString { write(2, $0, 7) }
        XCTAssertEqual(drain(ends[0]), "direct\n")

        StandardErrorCapture.resume()
        _ = "second\n".withCString { write(2, $0, 7) }
        XCTAssertEqual(drain(ends[0]), "")
        StandardErrorCapture.end()
        XCTAssertEqual(drain(ends[0]), "second\n")
    }

    private func drain(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
