import XCTest

@testable import AIWatchRuntime

/// `COLORTERM=truecolor` takes the `-direct` sibling of the terminal type where terminfo has one, and only then.
final class DirectColorTests: XCTestCase {
    private let installed: Set<String> = ["xterm-direct", "tmux-direct"]
    private func type(_ term: String?, _ colorterm: String?) -> String? {
        DirectColor.terminalType(term: term, colorterm: colorterm) { self.installed.contains($0) }
    }

    func testTruecolorTakesTheDirectSibling() {
        XCTAssertEqual(type("xterm-256color", "truecolor"), "xterm-direct")
        XCTAssertEqual(type("xterm", "24bit"), "xterm-direct")
        XCTAssertEqual(type("tmux-256color", "TrueColor"), "tmux-direct")
    }

    func testOtherwiseTheTerminalTypeStays() {
        XCTAssertNil(type("xterm-256color", nil), "no word from the terminal")
        XCTAssertNil(type("xterm-256color", "yes"))
        XCTAssertNil(type("screen-256color", "truecolor"), "terminfo has no screen-direct here")
        XCTAssertNil(type("xterm-direct", "truecolor"), "already direct")
        XCTAssertNil(type(nil, "truecolor"))
    }
}
