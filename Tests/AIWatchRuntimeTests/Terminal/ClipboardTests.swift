import XCTest

@testable import AIWatchRuntime

final class ClipboardTests: XCTestCase {
    /// OSC 52 carries the text as base64, so no byte of it can be read by the terminal as a sequence.
    func testTheClipboardSequenceIsOSC52WithBase64() {
        XCTAssertEqual(String(decoding: Clipboard.sequence("百度 ok"), as: UTF8.self), "\u{1B}]52;c;55m+5bqmIG9r\u{07}")
    }
}
