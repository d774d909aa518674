import TerminalKit

/// Turns a curses mouse event (button state bits and a cell) into a `MouseEvent`. Pure.
struct MouseDecoder: Sendable {
    /// The `BUTTON1_PRESSED`, `BUTTON4_PRESSED` (wheel up) and `BUTTON5_PRESSED` (wheel down) bits.
    let press: UInt32, wheelUp: UInt32, wheelDown: UInt32

    /// All the buttons reported, for `mousemask`.
    var mask: UInt32 { press | wheelUp | wheelDown }

    /// The event, or nil for states the app does not use (releases, other buttons, motion).
    func decode(state: UInt32, x: Int32, y: Int32) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if state & wheelUp != 0 {
            kind = .wheelUp
        } else if state & wheelDown != 0 {
            kind = .wheelDown
        } else if state & press != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: Int(x), y: Int(y))
    }
}
