import AIWatchApp
import TerminalKit
import XCTest

/// The one description of the commands says the same in each place it is shown: the usage lines name exactly the
/// options described, each command's help gives every option a line, and the choices are the enums' cases.
final class CommandSpecTests: XCTestCase {
    func testTheUsageLinesNameExactlyTheDescribedOptions() {
        for spec in CommandSpec.all where spec.name != "aiwatch help" {  // the help's usage is about --help itself
            let usage = spec.usage.joined(separator: " ")
            let words = usage.split { " []|".contains($0) }.map(String.init)
            let named = Set(words.filter { $0.hasPrefix("-") })
            let described = spec.options.filter { $0.longName != "--help" }
            XCTAssertTrue(named.isSubset(of: Set(described.flatMap(\.names))), "\(spec.name): \(named)")
            for option in described where option.longName != "--data" {
                XCTAssertFalse(named.isDisjoint(with: option.names), "\(spec.name)'s usage lines leave out \(option.longName)")
            }
        }
    }

    func testEachSubcommandsHelpHasAnOptionALineAndAnExample() {
        for command in Subcommand.allCases {
            let help = HelpText.usage(of: command)
            let lines = help.split(separator: "\n").map(String.init)
            XCTAssertTrue(help.hasPrefix("aiwatch \(command.rawValue) — "), help)
            XCTAssertTrue(help.contains("\nUSAGE\n  aiwatch \(command.rawValue)"), help)
            XCTAssertTrue(help.contains("\nEXAMPLE"), help)
            for option in command.spec.arguments + command.spec.options {
                XCTAssertTrue(lines.contains { $0.hasPrefix("  " + option.spelled) && $0.hasSuffix(option.line) }, "\(command): \(option.spelled)\n\(help)")
            }
            for example in command.spec.examples {
                XCTAssertTrue(example.hasPrefix("aiwatch \(command.rawValue)"), example)
            }
        }
    }

    func testTheChoicesAreTheEnumsCases() throws {
        let snapshot = CommandSpec.snapshot
        XCTAssertEqual(snapshot.option("--format")?.values, .words(ExportFormat.allCases.map(\.rawValue)))
        XCTAssertEqual(snapshot.option("--theme")?.values, .words(Theme.Name.allCases.map(\.rawValue)))
        XCTAssertEqual(snapshot.option("--pane")?.values, .words(Pane.allCases.map(\.rawValue)))
        XCTAssertEqual(CommandSpec.list.option("--format")?.values, .words(ListFormat.allCases.map(\.rawValue)))
        XCTAssertEqual(CommandSpec.list.arguments.first?.values, .words(Pane.recordPanes.map(\.rawValue)))
        XCTAssertTrue(HelpText.usage(of: .snapshot).contains("the file format (default txt): txt, ansi, html, svg, md"))
    }

    func testTheMainHelpShowsEveryCommandsUsage() {
        for spec in CommandSpec.all {
            for line in spec.usage { XCTAssertTrue(HelpText.usage.contains("\n  " + line + "\n"), line) }
        }
    }
}
