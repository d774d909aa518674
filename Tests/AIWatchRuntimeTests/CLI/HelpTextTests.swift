import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

/// `aiwatch --help` tells the truth: its example reopens a view, it names the settings file where aiwatch looks for
/// it, and it offers the choices the parser accepts.
final class HelpTextTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testTheExampleViewReopensARecord() throws {
        let example = try XCTUnwrap(HelpText.usage.firstMatch(of: /e\.g\. (\S+): it reopens that view/)?.output.1)
        let view = try ViewString.parse(String(example))
        let env = try TestEnvironment.bundled()
        let state = try ViewBuilder.state(view, columns: 120, rows: 40, env: env)
        let selected = try XCTUnwrap(state.selectedRecord, "the example selects a record")
        XCTAssertEqual(env.catalog.id(of: selected), view.select)
        XCTAssertEqual(ViewString.format(state, catalog: env.catalog), String(example), "it reopens the very same view")
    }

    func testTheEnvironmentSectionNamesTheSettingsFileWhereItIsRead() throws {
        let environment = try XCTUnwrap(HelpText.usage.firstMatch(of: /\nENVIRONMENT\n((?s).*?)\n\n/)?.output.1)
        XCTAssertTrue(environment.contains("NO_COLOR"), String(environment))
        XCTAssertTrue(environment.contains("XDG_CONFIG_HOME"), String(environment))
        let xdg = try XCTUnwrap(Settings.path(environment: ["XDG_CONFIG_HOME": "$XDG_CONFIG_HOME", "HOME": "~"]))
        let home = try XCTUnwrap(Settings.path(environment: ["HOME": "~"]))
        let flat = environment.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flat.contains(xdg + ", else " + home), flat)
    }

    func testEveryChoiceTheParserAcceptsIsOffered() throws {
        for format in ExportFormat.allCases {
            let (invocation, _) = try CommandLineParser.parse(["snapshot", "--format", format.rawValue])
            guard case .snapshot(_, _, let parsed, _, _, _) = invocation else { return XCTFail("\(invocation)") }
            XCTAssertEqual(parsed, format)
        }
        for format in ListFormat.allCases {
            let (invocation, _) = try CommandLineParser.parse(["list", "companies", "--format", format.rawValue])
            guard case .list(_, _, _, let parsed) = invocation else { return XCTFail("\(invocation)") }
            XCTAssertEqual(parsed, format)
        }
        XCTAssertTrue(HelpText.usage.contains("[--format txt|ansi|html|svg|md]"), HelpText.usage)
        XCTAssertTrue(HelpText.usage.contains("[--format table|json|csv|md]"), HelpText.usage)
        XCTAssertTrue(HelpText.usage.contains("[--theme dark|light|mono]"), HelpText.usage)
    }

    /// The README's Commands section shows the help's usage lines as they are.
    func testTheReadmeShowsTheUsageOfTheHelp() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = try XCTUnwrap(readme.firstMatch(of: /## Commands\n\n```\n((?s).*?)\n```/)?.output.1)
        let usage = try XCTUnwrap(HelpText.usage.firstMatch(of: /\nUSAGE\n((?s).*?)\n\n/)?.output.1)
        let unindented = usage.split(separator: "\n").map { $0.dropFirst(2) }.joined(separator: "\n")
        XCTAssertEqual(String(commands), unindented)
    }

    func testHelpAndVersionPrintWholeLines() {
        let environment: [String: String] = [:]
        XCTAssertEqual(CommandLineMain.outcome(.help(nil), dataDirectory: nil, environment: environment), .ok(HelpText.usage + "\n"))
        XCTAssertEqual(CommandLineMain.outcome(.version, dataDirectory: nil, environment: environment), .ok("aiwatch 0.1.0\n"))
    }
}
