import AIWatchApp
import XCTest

@testable import AIWatchRuntime

/// `aiwatch COMMAND --help`, `-h` and `aiwatch help COMMAND` reach the command's help, and the parser takes every
/// option its help describes.
final class SubcommandHelpTests: XCTestCase {
    private func parsed(_ arguments: [String]) throws -> String {
        String(describing: try CommandLineParser.parse(arguments).0)
    }

    func testEverySpellingOfHelpGivesTheCommandsHelp() throws {
        for command in Subcommand.allCases {
            let expected = String(describing: Invocation.help(command))
            XCTAssertEqual(try parsed([command.rawValue, "--help"]), expected)
            XCTAssertEqual(try parsed([command.rawValue, "-h"]), expected)
            XCTAssertEqual(try parsed(["help", command.rawValue]), expected)
            XCTAssertEqual(try parsed(["--data", "d", command.rawValue, "--help"]), expected)
            let outcome = CommandLineMain.outcome(.help(command), dataDirectory: nil, environment: [:])
            XCTAssertEqual(outcome, .ok(HelpText.usage(of: command) + "\n"))
        }
        XCTAssertEqual(try parsed(["list", "companies", "--help"]), String(describing: Invocation.help(.list)))
        XCTAssertEqual(try parsed(["snapshot", "--pane", "people", "-h"]), String(describing: Invocation.help(.snapshot)))
        XCTAssertEqual(try parsed(["validate", "dir", "--help"]), String(describing: Invocation.help(.validate)))
        XCTAssertEqual(try parsed(["help"]), String(describing: Invocation.help(nil)))
        XCTAssertEqual(try parsed(["--pane", "people", "--help"]), String(describing: Invocation.help(nil)))
        let main = CommandLineMain.outcome(.help(nil), dataDirectory: nil, environment: [:])
        XCTAssertEqual(main, .ok(HelpText.usage + "\n"), "aiwatch help is aiwatch --help")
    }

    func testHelpForNoSuchCommandIsAUsageErrorNamingTheCommands() {
        XCTAssertThrowsError(try CommandLineParser.parse(["help", "nosuch"])) { error in
            XCTAssertEqual((error as? UsageError)?.message,
                           "no command is called \"nosuch\"; use one of snapshot, list, brief, cite, validate, init-data, ids, completions, man, help")
        }
    }

    /// Every option of every command's description parses, with a value of the kind it takes.
    func testTheParserTakesEveryDescribedOption() throws {
        for spec in CommandSpec.all {
            let command = spec.name.split(separator: " ").dropFirst().map(String.init)
            let arguments = spec.arguments.map { sample($0.values, $0.placeholder ?? "") }
            for option in spec.options where option.longName != "--help" {
                for name in option.names {
                    var line = command + arguments + [name]
                    if let placeholder = option.placeholder { line.append(sample(option.values, placeholder)) }
                    if name == "--force" || name == "-f" { line += ["-o", "x"] }
                    XCTAssertNoThrow(try CommandLineParser.parse(line), line.joined(separator: " "))
                }
            }
            XCTAssertThrowsError(try CommandLineParser.parse(command + arguments + ["--no-such-option"]), spec.name)
        }
    }

    private func sample(_ values: CommandOption.Values, _ placeholder: String) -> String {
        switch values {
        case .words(let words): return words[words.count - 1]
        case .records: return "jd-com"
        case .file: return "out.txt"
        case .directory: return "folder"
        case .text: return ["VIEW": "companies", "COLSxROWS": "120x40"][placeholder] ?? "baidu"
        case .none: return ""
        }
    }
}
