/// What ARCHITECTURE.md must say so that a newcomer finds the room for a change: each target has a `### ` section
/// whose heading names `Sources/<target>`, and that section names each of the target's folders as `` `Folder/` ``.
enum ArchitectureDocument {
    /// Every folder of `sources` (paths from the package root) of the targets `targets` that `document` does not
    /// name in its target's section, and every target with no section.
    static func problems(document: String, sources: [String], targets: [String]) -> [String] {
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return targets.flatMap { target -> [String] in
            let heading = "`Sources/\(target)`"
            guard let start = lines.firstIndex(where: { $0.hasPrefix("### ") && $0.contains(heading) }) else {
                return ["ARCHITECTURE.md has no \"### …\" section whose heading names \(heading)"]
            }
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("#") } ?? lines.endIndex
            let section = lines[start..<end].joined(separator: "\n")
            let prefix = "Sources/\(target)/"
            let folders = Set(sources.compactMap { path -> String? in
                guard path.hasPrefix(prefix) else { return nil }
                let parts = path.dropFirst(prefix.count).split(separator: "/")
                return parts.count > 1 ? String(parts[0]) : nil
            })
            return folders.sorted().filter { !section.contains("`\($0)/`") }.map {
                "ARCHITECTURE.md's section on \(target) does not say what `\($0)/` holds"
            }
        }
    }
}
