/// Collects problems while records are decoded, so one pass reports all of them, but keeps only the first
/// `shownPerFile` of each file and counts the rest: a small file of a million bad records makes a page of problems,
/// not a million lines and a gigabyte of them.
final class ProblemLog {
    /// How many problems of one file are kept to be shown.
    static let shownPerFile = 100

    /// The kept problems, each with the name of its file, in the order they were found.
    private var kept: [(file: String, problem: DataProblem)] = []
    /// For each file, how many problems it has, kept or not, and the order the files first had one.
    private var counts: [String: Int] = [:]
    private var files: [String] = []

    /// Whether nothing is wrong so far.
    var isEmpty: Bool { counts.isEmpty }

    /// Notes a problem of `file`, made only if it is among the file's first `shownPerFile`.
    func add(_ problem: @autoclosure () -> DataProblem, in file: String) {
        let count = counts[file, default: 0]
        if count == 0 { files.append(file) }
        counts[file] = count + 1
        if count < Self.shownPerFile { kept.append((file, problem())) }
    }

    /// Forgets every problem of `file`: for a file found not to parse after some of its records were read.
    func discard(_ file: String) {
        guard counts.removeValue(forKey: file) != nil else { return }
        files.removeAll { $0 == file }
        kept.removeAll { $0.file == file }
    }

    /// The problems to show: each file's together, in the order the files first had one, and for a file with more
    /// than `shownPerFile` a last line that says how many more it has.
    var problems: DataProblems {
        var shown: [DataProblem] = []
        for file in files {
            let problems = kept.filter { $0.file == file }.map(\.problem)
            shown += problems
            let more = counts[file, default: 0] - problems.count
            if more > 0 { shown.append(DataProblem(file: file, message: "and \(more) more problem\(more == 1 ? "" : "s")")) }
        }
        return DataProblems(problems: shown, total: counts.values.reduce(0, +))
    }
}
