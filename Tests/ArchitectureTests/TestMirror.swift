/// Where tests live: the tests of `Sources/X/F/` are in `Tests/XTests/F/`, and a test named after a source file
/// (`ScreenTests.swift` for `Screen.swift`) sits in the folder that mirrors the file's.
enum TestMirror {
    /// The targets whose tests mirror them folder for folder. The executable's tests are Tests/EndToEndTests.
    static let mirroredTargets = ["TerminalKit", "AIWatchData", "AIWatchApp", "AIWatchRuntime"]

    /// Folders of sources with no test folder yet, each with where they are tested meanwhile. An entry goes when
    /// its folder gets tests; the check says so.
    static let knownGaps: [String: String] = [
        "Sources/TerminalKit/Input": "plain values; decoding keys is tested in Tests/AIWatchRuntimeTests/Terminal",
        "Sources/AIWatchData/JSON": "read and written through the loader's and the list command's tests",
    ]

    /// Every way the test files `tests` fail to mirror the source files `sources` (paths from the package root).
    static func problems(sources: [String], tests: [String]) -> [String] {
        mirroredTargets.flatMap { target in
            problems(target: target, sources: files(sources, under: "Sources/\(target)"),
                     tests: files(tests, under: "Tests/\(target)Tests"))
        }
    }

    private static func problems(target: String, sources: [RelativeFile], tests: [RelativeFile]) -> [String] {
        let testRoot = "Tests/\(target)Tests"
        guard !tests.isEmpty else { return ["\(target) has no tests: they belong in \(testRoot)/"] }
        let sourceFolders = Set(sources.map(\.folder))
        let testFolders = Set(tests.map(\.folder))
        var found: [String] = []
        for folder in sourceFolders.sorted() {
            let key = join("Sources/\(target)", folder)
            let tested = testFolders.contains(folder)
            if !tested && knownGaps[key] == nil {
                found.append("\(key)/ has no tests: they belong in \(join(testRoot, folder))/")
            } else if tested && knownGaps[key] != nil {
                found.append("\(join(testRoot, folder))/ exists now: remove \"\(key)\" from TestMirror.knownGaps")
            }
        }
        // The root of a test target may hold its helpers (golden files, fixtures).
        for folder in testFolders.sorted() where !folder.isEmpty && !sourceFolders.contains(folder) {
            found.append("\(join(testRoot, folder))/ mirrors no folder of Sources/\(target)")
        }
        let sourceFolderOf = Dictionary(sources.map { ($0.name, $0.folder) }, uniquingKeysWith: { first, _ in first })
        for test in tests where test.name.hasSuffix("Tests") {
            let subject = String(test.name.dropLast("Tests".count))
            guard let folder = sourceFolderOf[subject], folder != test.folder else { continue }
            found.append(
                "\(join(join(testRoot, test.folder), test.name)).swift tests "
                    + "\(join(join("Sources/\(target)", folder), subject)).swift: it belongs in \(join(testRoot, folder))/"
            )
        }
        return found
    }

    /// A Swift file by its folder within its target ("" for the target's own folder) and its name without `.swift`.
    private struct RelativeFile {
        let folder: String
        let name: String
    }

    private static func files(_ paths: [String], under root: String) -> [RelativeFile] {
        paths.compactMap { path in
            guard path.hasPrefix(root + "/"), path.hasSuffix(".swift") else { return nil }
            var parts = path.dropFirst(root.count + 1).split(separator: "/").map(String.init)
            let name = String(parts.removeLast().dropLast(".swift".count))
            return RelativeFile(folder: parts.joined(separator: "/"), name: name)
        }
    }

    private static func join(_ base: String, _ rest: String) -> String { rest.isEmpty ? base : "\(base)/\(rest)" }
}
