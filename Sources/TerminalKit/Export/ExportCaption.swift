import Foundation

/// The words that go with an exported screen: the title a viewer's window or tab shows, and the caption line
/// under the picture.
public struct ExportCaption: Equatable, Sendable {
    /// A short title: what the screen shows ("Companies").
    public var title: String
    /// One line under the picture, saying what it shows and where it comes from.
    public var text: String

    /// A caption; both strings are sanitized by the exporters.
    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

extension ExportCaption {
    /// The caption's grey in `theme`: the theme's muted colour where that reads at WCAG AA (4.5:1) on the
    /// background, else a darker grey used only by exports, so the terminal's colours stay as they are.
    static func color(in theme: Theme) -> RGB {
        let muted = theme.paint(.muted).foregroundRGB
        if muted.contrast(with: theme.background) >= 4.5 { return muted }
        return theme.background.luminance > 0.5 ? RGB(0x656D76) : RGB(0x9CA3AF)
    }
}

extension RGB {
    /// Relative luminance as WCAG 2 defines it (0 black, 1 white).
    var luminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2 contrast ratio between this colour and `other` (1 to 21).
    func contrast(with other: RGB) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
