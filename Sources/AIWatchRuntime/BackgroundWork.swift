import Foundation

/// Work done on a background thread while the app keeps drawing and reading keys: it polls `result`, and shows
/// `progress` meanwhile. Used for loading a data folder and for building the search index.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?
    private var done = 0.0

    /// Starts `work` at once; `work` reports the fraction it has done, 0 to 1, as it goes.
    public init(_ work: @escaping @Sendable (_ report: @escaping @Sendable (Double) -> Void) -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = work { fraction in self.condition.withLock { self.done = fraction } }
            condition.withLock {
                value = result
                condition.broadcast()
            }
        }
    }

    /// The fraction done so far, 0 to 1.
    public var progress: Double { condition.withLock { value == nil ? done : 1 } }

    /// What the work made, once it is done.
    public var result: Value? { condition.withLock { value } }

    /// What the work made, waiting up to `milliseconds` for it.
    public func wait(milliseconds: Int) -> Value? {
        let deadline = Date(timeIntervalSinceNow: Double(milliseconds) / 1000)
        return condition.withLock {
            while value == nil && condition.wait(until: deadline) {}
            return value
        }
    }
}
