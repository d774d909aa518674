/// Tells a closed terminal from an ordinary timeout. When the terminal goes away, `wget_wch` returns `ERR` at once
/// instead of waiting, every time; a loop that took that for a timeout would spin at 100% CPU forever. Pure: the
/// caller measures and polls.
struct HangupDetector: Sendable {
    /// Early `ERR`s in a row (no hangup flag seen) after which the terminal is given up as gone. Signals (a resize,
    /// a continued stop) cause single early returns; a dead input causes an unbroken stream of them.
    let patience: Int
    private(set) var earlyErrors = 0

    init(patience: Int = 50) {
        self.patience = patience
    }

    /// What `poll` said about the input right after an early `ERR`.
    struct InputState: Sendable {
        /// `POLLHUP`, `POLLERR` or `POLLNVAL`: the line is gone.
        var hungUp: Bool
        /// `POLLIN` although curses read nothing: end of file.
        var readable: Bool
    }

    /// Call after `wget_wch` returned `ERR` having waited `elapsed` of a `timeout` in milliseconds (negative:
    /// blocking). `input` is consulted only for an early return. Returns true when the terminal is gone.
    mutating func errorReturned(elapsed: Int, timeout: Int, input: () -> InputState) -> Bool {
        let early = timeout < 0 || elapsed + 5 < timeout
        guard early else {
            earlyErrors = 0
            return false
        }
        let state = input()
        if state.hungUp { return true }
        earlyErrors += state.readable ? patience / 10 + 1 : 1
        return earlyErrors >= patience
    }

    /// A key arrived: the terminal is alive.
    mutating func keyArrived() {
        earlyErrors = 0
    }
}
