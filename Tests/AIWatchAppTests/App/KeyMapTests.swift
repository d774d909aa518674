import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchApp

/// Every key of every mode is a binding, and what the user reads about the keys comes from those bindings.
final class KeyMapTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func testNoKeyIsBoundTwiceInAMode() {
        for mode in KeyMode.allCases {
            let keys = KeyMap.bindings(in: mode).flatMap { $0.keys.map(\.key) }
            XCTAssertEqual(Set(keys).count, keys.count, "\(mode) binds a key twice")
        }
    }

    func testTheHelpListsEveryListedBindingOfBrowsingAndTheFilterLine() {
        var state = Update.initialState(columns: 100, rows: 90, query: "", env: env)
        Update.update(.key(.character("?")), state: &state, env: env)
        let help = Renderer.render(state, catalog: env.catalog).text
        for binding in KeyMap.bindings + KeyMap.filterLine + KeyMap.prompt where binding.listed {
            if case .jump = binding.action { continue }
            XCTAssertTrue(help.contains(binding.label + " ") && help.contains(binding.help), "the help lacks \(binding.label): \(binding.help)")
        }
        XCTAssertTrue(help.contains(KeyMap.hintLine(.help)), "the help's own keys are at its foot")
    }

    func testTheExportMenuShowsItsBindings() {
        var state = Update.initialState(columns: 100, rows: 30, query: "", env: env)
        Update.update(.key(.character("x")), state: &state, env: env)
        let menu = Renderer.render(state, catalog: env.catalog).text
        for binding in KeyMap.exportMenu where binding.listed {
            XCTAssertTrue(menu.contains(" \(binding.label)  \(binding.help)"), "the menu lacks \(binding.label)")
            guard case .export(let format) = binding.action else { continue }
            var choosing = state
            XCTAssertEqual(Update.update(.key(.character(format.menuKey)), state: &choosing, env: env), [.export(format)])
        }
    }

    func testTheFilterLineHintComesFromItsBindings() {
        var state = Update.initialState(columns: 120, rows: 30, query: "", env: env)
        Update.update(.key(.character("/")), state: &state, env: env)
        let status = Renderer.render(state, catalog: env.catalog).rowText(29)
        XCTAssertTrue(status.contains("Enter keep · Esc clear · ↑↓ history · Tab complete"), status)
        XCTAssertEqual(KeyMap.hintLine(.filterLine), "Enter keep · Esc clear · ↑↓ history · Tab complete")
    }

    func testTheReadmeKeyTableIsTheKeyMap() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try XCTUnwrap(readme.firstMatch(of: /<!-- keys: made from the key map -->\n((?s).*?)<!-- \/keys -->/),
                                  "the README marks its key table")
        XCTAssertEqual(String(block.output.1), KeyTable.markdown, "README.md's key table differs from the key map; paste KeyTable.markdown")
    }
}
