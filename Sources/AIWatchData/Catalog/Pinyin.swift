import Foundation

/// Latin transcription of Chinese text, so `jingdong` finds 京东. ICU's first use costs tens of milliseconds, so
/// the bundled data's pinyin is computed at build time; this is for user data folders.
public enum Pinyin {
    /// Toneless pinyin, syllables separated by spaces ("jing dong").
    public static func latin(_ chinese: String) -> String {
        chinese.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) ?? ""
    }
}
