import XCTest

/// Only `Update.update` changes the app's state: the runtime and the benchmark hand it messages and never assign
/// to the state themselves (ARCHITECTURE.md, "The loop").
final class StateOwnershipTests: XCTestCase {
    /// `state.` followed by a property and an assignment (`=`, `+=`, …, but not `==`), alone or in a tuple.
    static func assigns(_ line: String) -> Bool {
        line.contains(/\bstate\.(?!pointee)[A-Za-z_][A-Za-z0-9_.\[\]]*\s*[-+*\/]?=(?!=)/) || line.contains(/\(\s*state\.(?!pointee)[^)]*\)\s*=(?!=)/)
    }

    func testNothingOutsideUpdateAssignsToTheState() throws {
        let files = PackageTree.swiftFiles(under: "Sources/AIWatchRuntime") + PackageTree.swiftFiles(under: "Sources/aiwatch-bench")
        XCTAssertGreaterThan(files.count, 10)
        for path in files {
            for (number, line) in try PackageTree.text(of: path).components(separatedBy: "\n").enumerated()
            where Self.assigns(line) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                XCTFail("\(path):\(number + 1): assigns to the state outside Update.update; send a Message instead")
            }
        }
    }

    func testTheCheckSeesAnAssignmentAndNotAComparison() {
        XCTAssertTrue(Self.assigns("        state.message = export(choice)"))
        XCTAssertTrue(Self.assigns("state.engine.backgroundAbove += 1"))
        XCTAssertTrue(Self.assigns("(state.columns, state.rows) = terminal.size()"))
        XCTAssertFalse(Self.assigns("if state.pane == .dashboard {"))
        XCTAssertFalse(Self.assigns("let engine = state.engine"))
    }
}
