/// What an exporter may do with one cell's character.
enum ExportGlyph {
    /// `character` as it is when every scalar in it is safe to show, else U+FFFD. Cells hold sanitized text, so
    /// this only guards against a drawing bug: no control can leave an export even then.
    static func safe(_ character: Character) -> Character {
        character.unicodeScalars.allSatisfy(Sanitizer.isPlain) ? character : "\u{FFFD}"
    }
}
