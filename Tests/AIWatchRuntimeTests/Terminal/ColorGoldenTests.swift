import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchRuntime

/// What each role of each theme looks like on 8, 16, 256 and direct-colour terminals: one golden table per theme,
/// read by a person, so a change to any role's colour on any terminal shows in review.
final class ColorGoldenTests: XCTestCase {
    func testEveryRoleOnEveryColourDepth() {
        let depths = [("8", 8), ("16", 16), ("256", 256), ("direct", ColorCapability.direct)]
        for name in [Theme.Name.dark, .light] {
            let theme = Theme.named(name)
            var table = "role".padded(18)
                + depths.map { $0.0.padded(26) }.joined().trimmingCharacters(in: .whitespaces) + "\n"
            for role in Role.allCases {
                table += "\(role)".padded(18)
                for (_, colors) in depths {
                    let style = ColorMapping.style(for: theme.paint(role), capability: ColorCapability(colors: colors, defaultColors: true))
                    table += Self.describe(style, direct: colors == ColorCapability.direct).padded(26)
                }
                table = String(table.reversed().drop { $0 == " " }.reversed()) + "\n"
            }
            let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
            if let mismatch = GoldenFile.mismatch(table, named: "colours-\(name.rawValue).txt", in: directory) { XCTFail(mismatch) }
        }
    }

    /// `fg/bg +attributes`: a palette number, `#RRGGBB` for direct colour, `-` for the terminal's own colour.
    private static func describe(_ style: CellStyle, direct: Bool) -> String {
        func colour(_ value: Int) -> String {
            value == -1 ? "-" : direct && value >= 16 ? "#" + String(format: "%06X", value) : String(value)
        }
        let attributes = [(style.bold, "bold"), (style.dim, "dim"), (style.underline, "ul"), (style.reverse, "rev"), (style.italic, "it")]
            .filter(\.0).map { "+" + $0.1 }.joined()
        return colour(style.foreground) + "/" + colour(style.background) + attributes
    }
}

private extension String {
    func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(1, width - count)) }
}
