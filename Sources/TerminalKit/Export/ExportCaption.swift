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
