import Foundation

/// The targets `Package.swift` declares, each with the targets and system libraries it names as dependencies.
///
/// Every module a file imports must be among them, even one that comes along with another dependency. SwiftPM
/// passes the compiler only the modules a target declares as inputs of its build, so an incremental build does not
/// recompile a file whose undeclared import changed: when `AppState` gained a stored property, a test file holding
/// an `AppState` kept the old size, and the test died of signal 11 until a clean build.
enum DeclaredDependencies {
    /// Each target's declared dependencies, by target name, read from the text of `Package.swift`.
    static func read(_ manifest: String) -> [String: Set<String>] {
        var targets: [String: Set<String>] = [:]
        let calls = manifest.matches(of: /\.(?:target|executableTarget|testTarget|systemLibrary)\(\s*name: "([\w-]+)"((?s).*?)\)\s*(?:,|\])/)
        for call in calls {
            let arguments = String(call.output.2)
            let list = arguments.firstMatch(of: /dependencies: \[([^\]]*)\]/).map { String($0.output.1) } ?? ""
            targets[String(call.output.1)] = Set(list.matches(of: /"([\w-]+)"/).map { String($0.output.1) })
        }
        return targets
    }

    /// `file:line: rule` for each import in `source` (a file of `target`) of a package module the target does not
    /// declare.
    static func violations(path: String, source: String, target: String, declared: [String: Set<String>]) -> [String] {
        let modules = Set(declared.keys)
        let own = declared[target] ?? []
        return SwiftCode(source).imports.compactMap { module, line in
            guard modules.contains(module), module != target, !own.contains(module) else { return nil }
            return "\(path):\(line): \(target) imports \(module) without declaring it in Package.swift"
                + " (an incremental build then misses its changes)"
        }
    }
}
