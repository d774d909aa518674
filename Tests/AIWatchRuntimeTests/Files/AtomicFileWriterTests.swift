import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class AtomicFileWriterTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "aiwatch-writer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    }

    override func tearDownWithError() throws {
        chmod(directory, 0o755)
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func entries(_ path: String? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path ?? directory)) ?? []).sorted()
    }

    private func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testWritesANewFileAndNothingElse() throws {
        let path = directory + "/shot.svg"
        try AtomicFileWriter.write("<svg/>\n京东\n", to: path)
        XCTAssertEqual(contents(path), "<svg/>\n京东\n")
        XCTAssertEqual(entries(), ["shot.svg"], "a temporary file was left behind")
    }

    func testRefusesAnExistingFileWithoutForce() throws {
        let path = directory + "/aiwatch-x.svg"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(message { try AtomicFileWriter.write("new", to: path) }, "\(path) already exists; use --force to overwrite")
        XCTAssertEqual(contents(path), "old")
        XCTAssertEqual(entries(), ["aiwatch-x.svg"])
    }

    func testOverwritesWithForce() throws {
        let path = directory + "/x.md"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try AtomicFileWriter.write("new", to: path, force: true)
        XCTAssertEqual(contents(path), "new")
        XCTAssertEqual(entries(), ["x.md"])
    }

    func testRefusesASymbolicLinkEvenWithForce() throws {
        let victim = directory + "/victim.txt", link = directory + "/x.svg"
        try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        for force in [false, true] {
            let error = message { try AtomicFileWriter.write("evil", to: link, force: force) }
            XCTAssertEqual(error, "\(link) is a symbolic link; refusing to write through it")
        }
        XCTAssertEqual(contents(victim), "precious")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), victim)
        XCTAssertEqual(entries(), ["victim.txt", "x.svg"])
    }

    func testRefusesADanglingSymbolicLink() throws {
        let link = directory + "/x.svg"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory + "/nowhere")
        XCTAssertNotNil(message { try AtomicFileWriter.write("evil", to: link, force: true) })
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/nowhere"), "wrote through a dangling link")
    }

    func testRefusesADirectory() throws {
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: false)
        XCTAssertEqual(message { try AtomicFileWriter.write("x", to: directory + "/sub", force: true) },
                       "cannot write \(directory)/sub: it is a folder")
    }

    func testMissingDirectoryIsAClearErrorAndLeavesNothing() {
        let path = directory + "/no/such/dir/x.svg"
        XCTAssertEqual(message { try AtomicFileWriter.write("x", to: path) }, "cannot write \(path): no such folder")
        XCTAssertEqual(entries(), [])
    }

    func testReadOnlyDirectoryIsAClearErrorAndLeavesNothing() throws {
        try XCTSkipIf(geteuid() == 0, "root can write into a read-only directory")
        chmod(directory, 0o555)
        let path = directory + "/x.svg"
        XCTAssertEqual(message { try AtomicFileWriter.write("x", to: path) }, "cannot write \(path): permission denied")
        XCTAssertEqual(entries(), [])
    }

    func testFileAppearingDuringTheWriteIsNotReplaced() throws {
        let path = directory + "/x.svg"
        let error = message {
            try AtomicFileWriter.write("mine", to: path, force: false, sync: false) {
                try? "theirs".write(toFile: path, atomically: false, encoding: .utf8)
            }
        }
        XCTAssertEqual(error, "\(path) already exists; use --force to overwrite")
        XCTAssertEqual(contents(path), "theirs")
        XCTAssertEqual(entries(), ["x.svg"], "the temporary file was left behind")
    }

    func testErrorMessagesAreSanitized() {
        let path = directory + "/\u{1B}]0;pwned\u{07}/x.svg"
        let error = message { try AtomicFileWriter.write("x", to: path) } ?? ""
        XCTAssertTrue(error.hasSuffix("no such folder"), error)
        XCTAssertFalse(error.unicodeScalars.contains { $0.value < 0x20 }, "a control character reached the message")
    }

    /// A name of the longest length a file may have is written: the temporary name is shortened, not the target's.
    func testTheLongestFileNameIsWritten() throws {
        for name in [String(repeating: "a", count: 251) + ".svg", String(repeating: "京", count: 83) + ".md"] {
            XCTAssertLessThanOrEqual(name.utf8.count, 255)
            let path = directory + "/" + name
            try AtomicFileWriter.write("ok", to: path)
            XCTAssertEqual(contents(path), "ok")
            try FileManager.default.removeItem(atPath: path)
        }
        XCTAssertEqual(entries(), [], "no temporary file stays")
        XCTAssertLessThanOrEqual(AtomicFileWriter.temporaryName(for: String(repeating: "é", count: 127), number: 99).utf8.count, 255)
    }
}
