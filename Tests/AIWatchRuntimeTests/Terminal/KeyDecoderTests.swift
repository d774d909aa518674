import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import CNcursesw
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class KeyDecoderTests: XCTestCase {
    private func character(_ code: UInt32) -> KeyDecoder.Decoded { KeyDecoder.decode(.character(code)) }
    private func function(_ code: Int32) -> KeyDecoder.Decoded { KeyDecoder.decode(.function(code)) }

    func testPrintableCharacters() {
        XCTAssertEqual(character(0x61), .key(.character("a")))
        XCTAssertEqual(character(0x20), .key(.character(" ")))
        XCTAssertEqual(character(0x4EAC), .key(.character("京")))
        XCTAssertEqual(character(0x1F642), .key(.character("🙂")))
    }

    func testControlCodes() {
        XCTAssertEqual(character(3), .key(.control("c")))
        XCTAssertEqual(character(26), .key(.control("z")))
        XCTAssertEqual(character(1), .key(.control("a")))
        XCTAssertEqual(character(28), .key(.control("\\")))
    }

    func testNamedControlCodes() {
        XCTAssertEqual(character(9), .key(.tab))
        XCTAssertEqual(character(10), .key(.enter))
        XCTAssertEqual(character(13), .key(.enter))
        XCTAssertEqual(character(27), .key(.escape))
        XCTAssertEqual(character(127), .key(.backspace))
        XCTAssertEqual(character(8), .key(.backspace))
    }

    func testUnusableInputIsIgnored() {
        XCTAssertEqual(character(0), .ignored)
        XCTAssertEqual(character(0x9B), .ignored)  // C1 CSI
        XCTAssertEqual(character(0xD800), .ignored)  // lone surrogate
        XCTAssertEqual(character(0x110000), .ignored)
        XCTAssertEqual(function(KEY_F0 + 5), .ignored)
    }

    func testFunctionKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_FIND, .home), (KEY_SELECT, .end), (KEY_DC, .delete), (KEY_BTAB, .backTab),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_RESIZE, .resize),
        ]
        for (code, key) in expected {
            XCTAssertEqual(function(code), .key(key), "code \(code)")
        }
    }

    func testMouseNeedsGetmouse() {
        XCTAssertEqual(function(KEY_MOUSE), .mouse)
    }
}

final class MouseDecoderTests: XCTestCase {
    private let decoder = MouseDecoder(
        press: UInt32(aiw_button1_pressed()), wheelUp: UInt32(aiw_button4_pressed()),
        wheelDown: UInt32(aiw_button5_pressed())
    )

    func testPressAndWheel() {
        XCTAssertEqual(decoder.decode(state: decoder.press, x: 3, y: 4), MouseEvent(kind: .press, x: 3, y: 4))
        XCTAssertEqual(decoder.decode(state: decoder.wheelUp, x: 0, y: 0), MouseEvent(kind: .wheelUp, x: 0, y: 0))
        XCTAssertEqual(decoder.decode(state: decoder.wheelDown, x: 1, y: 2)?.kind, .wheelDown)
    }

    func testOtherStatesAreDropped() {
        XCTAssertNil(decoder.decode(state: 0, x: 1, y: 1))
        XCTAssertNil(decoder.decode(state: decoder.press >> 1, x: 1, y: 1))  // BUTTON1_RELEASED
        XCTAssertNil(decoder.decode(state: decoder.press, x: -1, y: 1))
    }

    func testMaskHasTheThreeButtons() {
        XCTAssertEqual(decoder.mask, decoder.press | decoder.wheelUp | decoder.wheelDown)
        XCTAssertNotEqual(decoder.press & decoder.wheelUp, decoder.press)
    }
}
