import CNcursesw
import TerminalKit

/// Turns what `wget_wch` returned into a `Key`. Pure, so it is unit-tested without a terminal.
enum KeyDecoder {
    /// One `wget_wch` result that was not `ERR`.
    enum Input: Equatable {
        /// `OK`: a character (a Unicode scalar, or a control code below 32, or DEL).
        case character(UInt32)
        /// `KEY_CODE_YES`: a curses function key code such as `KEY_UP`.
        case function(Int32)
    }

    /// What the input means.
    enum Decoded: Equatable {
        case key(Key)
        /// `KEY_MOUSE`: the event must be fetched with `getmouse`.
        case mouse
        /// Not something the app reacts to (an unknown function key, an invalid scalar, a C1 control).
        case ignored
    }

    static func decode(_ input: Input) -> Decoded {
        switch input {
        case .character(let code): return decodeCharacter(code)
        case .function(let code): return decodeFunction(code)
        }
    }

    /// Control codes and text. In raw mode Ctrl-C, Ctrl-Z and Ctrl-\ arrive here as codes 3, 26 and 28.
    static func decodeCharacter(_ code: UInt32) -> Decoded {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + code)))))
        case 28: return .key(.control("\\"))
        case 29: return .key(.control("]"))
        case 30: return .key(.control("^"))
        case 31: return .key(.control("_"))
        case 0, 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// Curses function key codes.
    static func decodeFunction(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_FIND, KEY_A1: return .key(.home)
        case KEY_END, KEY_SELECT, KEY_C1: return .key(.end)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_RESIZE: return .key(.resize)
        case KEY_MOUSE: return .mouse
        default: return .ignored
        }
    }
}
