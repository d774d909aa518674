import XCTest

/// ARCHITECTURE.md stays a true map: it is linked from the README and names every folder of every layer.
final class ArchitectureDocumentTests: XCTestCase {
    func testTheDocumentSaysWhatEveryFolderOfEveryLayerHolds() throws {
        let problems = ArchitectureDocument.problems(
            document: try PackageTree.text(of: "ARCHITECTURE.md"), sources: PackageTree.swiftFiles(under: "Sources"),
            targets: Layering.layers.filter { $0 != "aiwatch" } + ["AIWatchTestSupport"]
        )
        for problem in problems { XCTFail(problem) }
    }

    func testANewFolderMissingFromTheDocumentIsNamed() {
        let document = """
            ### AIWatchApp · `Sources/AIWatchApp`
            - `App/` the state and its update
            ### TerminalKit · `Sources/TerminalKit`
            - `Layout/` is not in this section
            """
        let problems = ArchitectureDocument.problems(
            document: document,
            sources: ["Sources/AIWatchApp/App/Update.swift", "Sources/AIWatchApp/Layout/Layout.swift"],
            targets: ["AIWatchApp", "AIWatchData"]
        )
        XCTAssertEqual(problems, [
            "ARCHITECTURE.md's section on AIWatchApp does not say what `Layout/` holds",
            "ARCHITECTURE.md has no \"### …\" section whose heading names `Sources/AIWatchData`",
        ])
    }

    func testTheReadmeLinksToTheDocument() throws {
        XCTAssertTrue(try PackageTree.text(of: "README.md").contains("(ARCHITECTURE.md)"))
        XCTAssertTrue(PackageTree.exists("ARCHITECTURE.md"))
    }
}
