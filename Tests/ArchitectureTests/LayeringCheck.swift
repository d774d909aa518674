/// One place where a file breaks a rule of the layering.
struct Violation: CustomStringConvertible, Equatable {
    /// The file, from the package root.
    let path: String
    let line: Int
    /// The rule, in words.
    let rule: String

    var description: String { "\(path):\(line): \(rule)" }
}

/// Checks a source file against `Layering`.
enum LayeringCheck {
    /// Every import of `source` its target may not make, and in a pure target every use of what the target may not
    /// touch. `path` is the file's path from the package root.
    static func violations(path: String, source: String) -> [Violation] {
        guard let target = Layering.target(ofPath: path) else { return [] }
        let code = SwiftCode(source)
        return importViolations(path: path, target: target, code: code)
            + (Layering.pureTargets.contains(target) ? apiViolations(path: path, target: target, code: code) : [])
    }

    private static func importViolations(path: String, target: String, code: SwiftCode) -> [Violation] {
        guard var allowed = Layering.allowedImports[target] else {
            let rule = "\(target) is not a target of the layering: add it to Layering.allowedImports and ARCHITECTURE.md"
            return [Violation(path: path, line: 1, rule: rule)]
        }
        if Layering.loaderFiles.contains(path) { allowed.insert("Dispatch") }
        return code.imports.compactMap { module, line in
            guard !allowed.contains(module) else { return nil }
            return Violation(path: path, line: line, rule: importRule(target: target, module: module, allowed: allowed))
        }
    }

    private static func importRule(target: String, module: String, allowed: Set<String>) -> String {
        let others = allowed.sorted().joined(separator: ", ")
        if let own = Layering.layers.firstIndex(of: target), let their = Layering.layers.firstIndex(of: module) {
            let direction = their == own ? "itself" : "\(module), a layer above it"
            return "\(target) imports \(direction); it may import only \(others)"
        }
        if Layering.systemModules.contains(module) {
            return "\(target) imports \(module), a system module; it may import only \(others)"
        }
        return "\(target) imports \(module), which is not below it in the layering; it may import only \(others)"
    }

    private static func apiViolations(path: String, target: String, code: SwiftCode) -> [Violation] {
        let isLoader = Layering.loaderFiles.contains(path)
        let concerns = Layering.Concern.allCases.filter { !(isLoader && Layering.loaderConcerns.contains($0)) }
        var found: [Violation] = []
        for line in code.lines.indices.map({ $0 + 1 }) {
            for identifier in code.identifiers(onLine: line) {
                guard let concern = concern(touchedBy: identifier), concerns.contains(concern) else { continue }
                let rule = "`\(identifier.name)` touches \(concern.rawValue), " + whoMay(concern, target: target)
                found.append(Violation(path: path, line: line, rule: rule))
            }
        }
        return found
    }

    private static func whoMay(_ concern: Layering.Concern, target: String) -> String {
        guard target == "AIWatchData" else { return "which the pure target \(target) may not (only AIWatchRuntime may)" }
        if Layering.loaderConcerns.contains(concern) {
            return "which AIWatchData may only in its loader files (Layering.loaderFiles)"
        }
        return "which AIWatchData may not, not even in its loader files"
    }

    /// Modules whose members are the system's own functions: `Foundation.exit` is `exit`.
    private static let moduleQualifiers: Set = ["Foundation", "Glibc", "Darwin", "Musl", "Dispatch", "Swift"]

    /// Every forbidden name with what it touches.
    private static let concernOfName: [String: Layering.Concern] = Dictionary(
        Layering.Concern.allCases.flatMap { concern in concern.names.map { ($0, concern) } },
        uniquingKeysWith: { first, _ in first }
    )

    private static func concern(touchedBy identifier: SwiftCode.Identifier) -> Layering.Concern? {
        // A member of something else (`state.exit`, `.signal`), or a name declared here, is not the system's.
        if identifier.isDeclared { return nil }
        if let qualifier = identifier.qualifier, !moduleQualifiers.contains(qualifier) { return nil }
        let name = identifier.name
        if let concern = concernOfName[name] { return concern }
        return Layering.Concern.allCases.first { concern in
            concern.prefixes.contains(where: name.hasPrefix)
                || concern.calls.contains { $0.name == name && $0.followedBy.contains(where: identifier.isFollowed) }
        }
    }
}
