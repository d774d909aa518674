import Foundation

/// Builds `Environment.standard` for a catalog on a background thread, so neither the first frame nor a key ever
/// waits for the search index: the app polls `result` and meanwhile shows `progress`.
public final class EnvironmentBuilder: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Environment?
    private var done = 0.0

    /// Starts building at once.
    public init(_ catalog: Catalog) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let environment = Environment.standard(catalog) { fraction in self.lock.withLock { self.done = fraction } }
            lock.withLock { built = environment }
        }
    }

    /// The fraction of the records indexed so far, 0 to 1.
    public var progress: Double { lock.withLock { built == nil ? done : 1 } }

    /// The complete environment, once it is built.
    public var result: Environment? { lock.withLock { built } }
}
