import AIWatchTestSupport
import XCTest

@testable import TerminalKit

final class ANSIExporterTests: XCTestCase {
    private func ansi(_ screen: Screen = ExportFixture.screen, theme: Theme.Name = .dark,
                      caption: ExportCaption = ExportFixture.caption) -> String {
        ANSIExporter.render(screen, theme: .named(theme), caption: caption)
    }

    private func withoutSGR(_ text: String) -> String { text.replacing(/\u{1B}\[[0-9;]*m/, with: "") }

    func testOnlyItsOwnSGRSequencesReachTheOutput() {
        let output = ansi(ExportFixture.hostileScreen, caption: ExportFixture.hostileCaption)
        let escapes = output.unicodeScalars.filter { $0.value == 0x1B }.count
        let sgr = output.matches(of: /\u{1B}\[0(;[0-9]+)*m/).count
        XCTAssertGreaterThan(sgr, 0)
        XCTAssertEqual(escapes, sgr, "an escape sequence other than the exporter's own SGR got through")
        XCTAssertFalse(output.unicodeScalars.contains {
            ($0.value < 0x20 && $0.value != 0x1B && $0 != "\n") || (0x80..<0xA0).contains($0.value) || $0.value == 0x202E
        }, "a control character or bidi override got through")
        XCTAssertTrue(output.contains("␛[31mred␛[0m"), "the hostile text should stay visible, inert")
    }

    func testEveryStyledLineEndsWithAReset() {
        for line in ansi().split(separator: "\n") where line.contains("\u{1B}") {
            XCTAssertTrue(line.hasSuffix("\u{1B}[0m"), "colour leaks past the end of: \(line)")
        }
    }

    func testWithoutColoursItIsTheTextExport() {
        let text = TextExporter.render(ExportFixture.screen, caption: ExportFixture.caption)
        let plain = withoutSGR(ansi()).components(separatedBy: "\n").map { $0.trimmingTrailingSpaces() }
        XCTAssertEqual(plain.joined(separator: "\n"), text)
    }

    func testColoursComeFromTheTheme() {
        let lines = ansi().components(separatedBy: "\n")
        XCTAssertTrue(lines[5].contains("\u{1B}[0;37;44m 阿里巴巴 Alibaba"), "selected row is not white on blue")
        XCTAssertTrue(lines[3].contains("\u{1B}[0;32m███████▍"), "bar is not green")
        let mono = ansi(theme: .mono).components(separatedBy: "\n")
        XCTAssertTrue(mono[5].contains("\u{1B}[0;7m 阿里巴巴 Alibaba"), "mono selection is not reverse video")
        XCTAssertNil(ansi(theme: .mono).firstMatch(of: /\u{1B}\[[0-9;]*(3|4|9|10)[0-7](;|m)/), "mono uses colours")
    }
}
