import Dispatch

/// The values of `first` and `second`, worked out on two threads when `concurrently`. Both must only read shared
/// state.
func sideBySide<A, B>(_ concurrently: Bool, _ first: @autoclosure () -> A, _ second: @autoclosure () -> B) -> (A, B) {
    guard concurrently else { return (first(), second()) }
    // Each thread writes only its own result, and both are read once concurrentPerform has returned.
    nonisolated(unsafe) var a: A?
    nonisolated(unsafe) var b: B?
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            nonisolated(unsafe) let (first, second) = (first, second)
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { a = first() } else { b = second() }
            }
        }
    }
    return (a!, b!)
}
