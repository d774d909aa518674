import Foundation

/// Repeated measurements of one figure, in milliseconds.
struct Samples {
    private(set) var values: [Double] = []

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var worst: Double { values.max() ?? 0 }

    var isEmpty: Bool { values.isEmpty }

    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    /// Times `block` and keeps the time.
    mutating func time<T>(_ block: () throws -> T) rethrows -> T {
        let start = Clock.now()
        let result = try block()
        add(Clock.milliseconds(since: start))
        return result
    }

    /// The figure for the JSON report.
    var json: [String: Any] { ["medianMs": median, "worstMs": worst, "runs": values.count] }
}

/// The monotonic clock the benchmark reads.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1_000_000 }
}
