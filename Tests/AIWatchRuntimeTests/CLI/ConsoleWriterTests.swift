import Foundation
import XCTest

@testable import AIWatchRuntime

/// Standard output that cannot take the text is an error to report, never a crash.
final class ConsoleWriterTests: XCTestCase {
    func testAFullDeviceIsAnErrorInCoreutilsWords() throws {
        let full = open("/dev/full", O_WRONLY)
        try XCTSkipIf(full < 0, "no /dev/full here")
        defer { close(full) }
        XCTAssertThrowsError(try ConsoleWriter.write("aiwatch --help\n", to: full)) { error in
            XCTAssertEqual((error as? ConsoleWriter.WriteError)?.description, "write error: No space left on device")
        }
    }

    func testAClosedDescriptorIsAnError() {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        close(ends[0])
        close(ends[1])
        XCTAssertThrowsError(try ConsoleWriter.write("x", to: ends[1])) { error in
            XCTAssertEqual((error as? ConsoleWriter.WriteError)?.code, EBADF)
        }
    }

    func testNothingToWriteSucceedsEvenWithNowhereToWriteIt() throws {
        try ConsoleWriter.write("", to: -1)
    }

    /// A non-blocking pipe takes a long text a piece at a time and is full in between: every byte still arrives,
    /// in order, once.
    func testPartialWritesToANonBlockingPipeDeliverEverything() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let (reader, writer) = (ends[0], ends[1])
        XCTAssertEqual(fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK), 0)
        let text = (0..<40_000).map { "line \($0) 京东\n" }.joined()
        let received = Received()
        let drained = expectation(description: "the reader reached the end")
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 1000)
            while true {
                let count = read(reader, &buffer, buffer.count)
                if count <= 0 { break }
                received.append(buffer[0..<count])
                usleep(50)
            }
            close(reader)
            drained.fulfill()
        }
        try ConsoleWriter.write(text, to: writer)
        close(writer)
        wait(for: [drained], timeout: 120)
        XCTAssertEqual(received.text, text)
    }
}

/// Bytes a reading thread collects.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ more: ArraySlice<UInt8>) {
        lock.lock()
        bytes += more
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
