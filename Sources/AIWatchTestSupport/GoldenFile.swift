import Foundation

/// Golden files: expected output a person has read, kept beside the tests and re-recorded when the environment has
/// `AIWATCH_RECORD=1` (then read again before committing).
public enum GoldenFile {
    /// Whether this run records the golden files instead of checking them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["AIWATCH_RECORD"] == "1" }

    /// Why `actual` does not match the golden file `name` in `directory`, naming the first line that differs; nil
    /// when it matches, or when recording (then `actual` is written as the new golden file).
    public static func mismatch(_ actual: String, named name: String, in directory: URL) -> String? {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "cannot record \(name): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden \(name); run with AIWATCH_RECORD=1 to record it"
        }
        guard actual != expected else { return nil }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? actualLines[index] : "<end>"
        let wanted = index < expectedLines.count ? expectedLines[index] : "<end>"
        return "\(name) differs at line \(index + 1):\n  expected: \(wanted.debugDescription)\n  actual:   \(got.debugDescription)\n"
            + "(AIWATCH_RECORD=1 re-records)"
    }
}
