import TerminalKit
import XCTest

@testable import AIWatchRuntime

/// SGR mouse reports, which carry columns past 223, decode to the events the app uses.
final class SGRMouseTests: XCTestCase {
    func testClicksAndTheWheelAnywhere() {
        XCTAssertEqual(SGRMouse.event("0;250;9M"), MouseEvent(kind: .press, x: 249, y: 8), "column 250, past X10's 223")
        XCTAssertEqual(SGRMouse.event("0;1;1M"), MouseEvent(kind: .press, x: 0, y: 0))
        XCTAssertEqual(SGRMouse.event("64;300;2M"), MouseEvent(kind: .wheelUp, x: 299, y: 1))
        XCTAssertEqual(SGRMouse.event("65;12;40M"), MouseEvent(kind: .wheelDown, x: 11, y: 39))
        XCTAssertEqual(SGRMouse.event("16;5;5M"), MouseEvent(kind: .press, x: 4, y: 4), "a click with Control held")
    }

    func testWhatTheAppDoesNotUseOrCannotBeAReport() {
        for report in ["0;250;9m", "32;250;9M", "2;5;5M", "1;5;5M", "0;0;5M", "0;5M", "0;a;5M", "0;5;5", "", "0;5;5;5M"] {
            XCTAssertNil(SGRMouse.event(report), report)
        }
    }

    func testOnlyTerminalsWhoseCursesDecodesX10NeedIt() {
        XCTAssertTrue(SGRMouse.decodedHere(kmous: "\u{1B}[M"), "tmux-256color, screen, linux")
        XCTAssertFalse(SGRMouse.decodedHere(kmous: "\u{1B}[<"), "xterm: curses decodes SGR itself")
        XCTAssertFalse(SGRMouse.decodedHere(kmous: nil), "no mouse at all")
    }
}
