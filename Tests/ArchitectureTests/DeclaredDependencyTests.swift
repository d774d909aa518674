import XCTest

/// Every package module a target imports is a dependency `Package.swift` declares for it, so that an incremental
/// build recompiles the target's files when that module changes (`DeclaredDependencies` says why).
final class DeclaredDependencyTests: XCTestCase {
    func testEveryImportedPackageModuleIsDeclared() throws {
        let declared = DeclaredDependencies.read(try PackageTree.text(of: "Package.swift"))
        XCTAssertEqual(declared["AIWatchApp"], ["TerminalKit", "AIWatchData"], "the manifest is read")
        XCTAssertNotNil(declared["CNcursesw"], "system libraries count as modules")
        for path in PackageTree.swiftFiles(under: "Sources") + PackageTree.swiftFiles(under: "Tests") {
            guard let target = Layering.target(ofPath: path), declared[target] != nil else { continue }
            for violation in DeclaredDependencies.violations(path: path, source: try PackageTree.text(of: path), target: target, declared: declared) {
                XCTFail(violation)
            }
        }
    }

    func testAnUndeclaredImportIsNamedWithItsLine() {
        let declared = DeclaredDependencies.read("""
            .target(name: "TerminalKit"),
            .target(name: "AIWatchApp", dependencies: ["TerminalKit"]),
            .testTarget(
                name: "AIWatchAppTests", dependencies: ["AIWatchApp"]
            ),
            """)
        XCTAssertEqual(declared["AIWatchAppTests"], ["AIWatchApp"])
        let source = "import AIWatchApp\nimport TerminalKit\nimport XCTest\n"
        XCTAssertEqual(
            DeclaredDependencies.violations(path: "Tests/AIWatchAppTests/X.swift", source: source, target: "AIWatchAppTests", declared: declared),
            ["Tests/AIWatchAppTests/X.swift:2: AIWatchAppTests imports TerminalKit without declaring it in Package.swift"
                + " (an incremental build then misses its changes)"]
        )
    }
}
