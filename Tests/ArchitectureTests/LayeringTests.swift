import XCTest

/// The package keeps to its layering (ARCHITECTURE.md, "Rules"), and the check that says so has teeth.
final class LayeringTests: XCTestCase {
    func testEveryFileImportsOnlyWhatItsLayerMayAndPureTargetsTouchNothingOutside() throws {
        let files = PackageTree.swiftFiles(under: "Sources") + PackageTree.swiftFiles(under: "Tests")
        XCTAssertGreaterThan(files.count, 100, "the check found the package's files")
        for path in files {
            for violation in LayeringCheck.violations(path: path, source: try PackageTree.text(of: path)) {
                XCTFail(violation.description)
            }
        }
    }

    func testAnImportFromAboveOrOfTheSystemInAPureTargetIsNamedWithItsLine() {
        XCTAssertEqual(
            rules("Sources/TerminalKit/Screen/Cell.swift", "import Foundation\nimport CNcursesw\n"),
            ["Sources/TerminalKit/Screen/Cell.swift:2: TerminalKit imports CNcursesw, a system module; "
                + "it may import only Foundation"]
        )
        XCTAssertEqual(
            rules("Sources/AIWatchApp/App/Update.swift", "import AIWatchData\n@testable import AIWatchRuntime\n"),
            ["Sources/AIWatchApp/App/Update.swift:2: AIWatchApp imports AIWatchRuntime, a layer above it; "
                + "it may import only AIWatchData, Foundation, TerminalKit"]
        )
        XCTAssertEqual(
            rules("Sources/AIWatchApp/Views/Renderer.swift", "import Dispatch"),
            ["Sources/AIWatchApp/Views/Renderer.swift:1: AIWatchApp imports Dispatch, a system module; "
                + "it may import only AIWatchData, Foundation, TerminalKit"]
        )
        XCTAssertEqual(
            rules("Sources/AIWatchTestSupport/GoldenFile.swift", "import struct AIWatchRuntime.AppRunner"),
            ["Sources/AIWatchTestSupport/GoldenFile.swift:1: AIWatchTestSupport imports AIWatchRuntime, which is "
                + "not below it in the layering; it may import only AIWatchApp, AIWatchData, Foundation, TerminalKit"]
        )
    }

    func testTheRuntimeAndTheToolsMayUseTheSystem() {
        XCTAssertEqual(rules("Sources/AIWatchRuntime/Terminal/Terminal.swift", "import CNcursesw\nimport Glibc\n"), [])
        XCTAssertEqual(rules("Sources/curses-floor/main.swift", "import CNcursesw"), [])
    }

    func testANewTargetMustBeAddedToTheLayeringFirst() {
        XCTAssertEqual(
            rules("Sources/AIWatchPlugins/Plugin.swift", "import Foundation"),
            ["Sources/AIWatchPlugins/Plugin.swift:1: AIWatchPlugins is not a target of the layering: add it to "
                + "Layering.allowedImports and ARCHITECTURE.md"]
        )
    }

    func testAPureTargetThatTouchesTheMachineIsNamedWithItsLine() {
        let source = """
            import Foundation
            let started = Date()
            let home = getenv("HOME")
            let worker = Thread { }
            let names = try FileManager.default.contentsOfDirectory(atPath: ".")
            """
        XCTAssertEqual(rules("Sources/AIWatchApp/App/Update.swift", source), [
            "Sources/AIWatchApp/App/Update.swift:2: `Date` touches the clock, which the pure target AIWatchApp may "
                + "not (only AIWatchRuntime may)",
            "Sources/AIWatchApp/App/Update.swift:3: `getenv` touches the environment and the command line, which "
                + "the pure target AIWatchApp may not (only AIWatchRuntime may)",
            "Sources/AIWatchApp/App/Update.swift:4: `Thread` touches threads and locks, which the pure target "
                + "AIWatchApp may not (only AIWatchRuntime may)",
            "Sources/AIWatchApp/App/Update.swift:5: `FileManager` touches files, which the pure target AIWatchApp "
                + "may not (only AIWatchRuntime may)",
        ])
        XCTAssertEqual(rules("Sources/TerminalKit/Screen/Screen.swift", "let p = mmap(nil, 1, 0, 0, -1, 0)"), [
            "Sources/TerminalKit/Screen/Screen.swift:1: `mmap` touches memory mapping, which the pure target "
                + "TerminalKit may not (only AIWatchRuntime may)",
        ])
    }

    func testTheDataLayerTouchesFilesAndThreadsOnlyInItsLoaderFiles() {
        let threads = "import Dispatch\nDispatchQueue.concurrentPerform(iterations: 2) { _ in }"
        XCTAssertEqual(rules("Sources/AIWatchData/Catalog/CatalogLoader.swift", threads), [])
        XCTAssertEqual(rules("Sources/AIWatchData/Query/SearchIndex.swift", threads), [
            "Sources/AIWatchData/Query/SearchIndex.swift:1: AIWatchData imports Dispatch, a system module; it may "
                + "import only Foundation, TerminalKit",
            "Sources/AIWatchData/Query/SearchIndex.swift:2: `DispatchQueue` touches threads and locks, which "
                + "AIWatchData may only in its loader files (Layering.loaderFiles)",
        ])
        XCTAssertEqual(rules("Sources/AIWatchData/Catalog/CatalogLoader.swift", "let now = Date.now"), [
            "Sources/AIWatchData/Catalog/CatalogLoader.swift:1: `Date` touches the clock, which AIWatchData may "
                + "not, not even in its loader files",
        ])
    }

    func testNamesInCommentsAndTextOrOfOtherThingsAreNotUses() {
        let source = """
            // Thread, getenv and mmap are the runtime's.
            /* A block comment: FileManager /* nested: Date() */ ProcessInfo */
            let help = "set NO_COLOR in the environment; getenv is not called here"
            let raw = #"Date() is "now" \\(getenv)"#
            let text = \"""
                print(stdout)
                \"""
            enum Action { case exit }
            let action = Action.exit
            let day = Date(timeIntervalSince1970: 0)
            func signal(_ x: Int) {}
            """
        XCTAssertEqual(rules("Sources/AIWatchApp/App/Update.swift", source), [])
    }

    func testCodeInsideAnInterpolationIsAUse() {
        XCTAssertEqual(rules("Sources/AIWatchApp/App/Update.swift", #"let s = "home: \(getenv("HOME"))""#), [
            "Sources/AIWatchApp/App/Update.swift:1: `getenv` touches the environment and the command line, which "
                + "the pure target AIWatchApp may not (only AIWatchRuntime may)",
        ])
        XCTAssertEqual(rules("Sources/AIWatchApp/App/Update.swift", "let s = \"\\(Foundation.exit(1))\""), [
            "Sources/AIWatchApp/App/Update.swift:1: `exit` touches the process, which the pure target AIWatchApp "
                + "may not (only AIWatchRuntime may)",
        ])
    }

    private func rules(_ path: String, _ source: String) -> [String] {
        LayeringCheck.violations(path: path, source: source).map(\.description)
    }
}
