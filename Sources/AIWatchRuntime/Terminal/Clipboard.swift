import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The system clipboard, reached through the terminal: OSC 52 ("manipulate selection data"), which xterm, iTerm2,
/// kitty, WezTerm and Windows Terminal carry out, and tmux passes on with `set -g set-clipboard on`.
enum Clipboard {
    /// The sequence that puts `text` on the clipboard: `ESC ] 52 ; c ; BASE64 BEL`.
    static func sequence(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x07]
    }
}

extension Terminal {
    /// Sends `text` to the clipboard (after the frame on screen, which curses has already written out). False when
    /// the terminal could not be written to; whether the terminal honours the request cannot be known.
    @MainActor
    public func copyToClipboard(_ text: String) -> Bool {
        let bytes = Clipboard.sequence(text)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
