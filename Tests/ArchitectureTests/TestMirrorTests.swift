import XCTest

/// Tests sit where a newcomer looks for them: `Tests/<Target>Tests/<Folder>/` for `Sources/<Target>/<Folder>/`.
final class TestMirrorTests: XCTestCase {
    func testEveryFolderOfSourcesHasItsTestsInTheMirroredFolder() {
        let problems = TestMirror.problems(
            sources: PackageTree.swiftFiles(under: "Sources"), tests: PackageTree.swiftFiles(under: "Tests")
        )
        for problem in problems { XCTFail(problem) }
    }

    func testAFolderWithoutTestsIsNamed() {
        let problems = TestMirror.problems(
            sources: ["Sources/AIWatchApp/App/Update.swift", "Sources/AIWatchApp/Layout/Layout.swift"] + otherTargets,
            tests: ["Tests/AIWatchAppTests/App/UpdateTests.swift"] + otherTests
        )
        XCTAssertEqual(problems, [
            "Sources/AIWatchApp/Layout/ has no tests: they belong in Tests/AIWatchAppTests/Layout/",
        ])
    }

    func testATestOfAFileInAnotherFolderIsNamedWithWhereItBelongs() {
        let problems = TestMirror.problems(
            sources: ["Sources/AIWatchApp/App/Update.swift", "Sources/AIWatchApp/Layout/Layout.swift"] + otherTargets,
            tests: ["Tests/AIWatchAppTests/App/UpdateTests.swift", "Tests/AIWatchAppTests/App/LayoutTests.swift",
                    "Tests/AIWatchAppTests/Layout/TabTests.swift"] + otherTests
        )
        XCTAssertEqual(problems, [
            "Tests/AIWatchAppTests/App/LayoutTests.swift tests Sources/AIWatchApp/Layout/Layout.swift: "
                + "it belongs in Tests/AIWatchAppTests/Layout/",
        ])
    }

    func testATestFolderMirroringNothingIsNamed() {
        let problems = TestMirror.problems(
            sources: ["Sources/AIWatchApp/App/Update.swift"] + otherTargets,
            tests: ["Tests/AIWatchAppTests/App/UpdateTests.swift", "Tests/AIWatchAppTests/Misc/OddTests.swift",
                    "Tests/AIWatchAppTests/Golden.swift"] + otherTests
        )
        XCTAssertEqual(problems, ["Tests/AIWatchAppTests/Misc/ mirrors no folder of Sources/AIWatchApp"])
    }

    func testAKnownGapThatGetsTestsMustLeaveTheList() throws {
        let gap = try XCTUnwrap(TestMirror.knownGaps.keys.sorted().first)
        let parts = gap.split(separator: "/").map(String.init)
        let (target, folder) = (parts[1], parts[2])
        let problems = TestMirror.problems(
            sources: otherTargets + ["\(gap)/Thing.swift"],
            tests: otherTests + ["Tests/\(target)Tests/\(folder)/ThingTests.swift"]
        )
        XCTAssertTrue(
            problems.contains("Tests/\(target)Tests/\(folder)/ exists now: remove \"\(gap)\" from TestMirror.knownGaps"),
            "\(problems)"
        )
    }

    /// One tested file in every mirrored target, so that each case above is about one target only.
    private let otherTargets = TestMirror.mirroredTargets.map { "Sources/\($0)/Root.swift" }
    private let otherTests = TestMirror.mirroredTargets.map { "Tests/\($0)Tests/RootTests.swift" }
}
