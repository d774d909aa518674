import Foundation

/// Latin transcription of Chinese text, so `jingdong` finds 京东. A name made only of characters that ICU always
/// reads one way is read from `PinyinTable`; any other goes to ICU's Han-Latin transform, which is slow (its rules
/// load in tens of milliseconds, and it reads one name at a time however many threads ask).
public enum Pinyin {
    /// Toneless pinyin, syllables separated by spaces ("jing dong"), exactly as ICU's Han-Latin transform gives it.
    public static func latin(_ chinese: String) -> String {
        tableLatin(chinese) ?? icuLatin(chinese)
    }

    /// ICU's reading of `chinese`, without its tones.
    static func icuLatin(_ chinese: String) -> String {
        chinese.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) ?? ""
    }

    /// The reading of `chinese` from the table, or nil when it has a character the table lacks (one read by its
    /// context, one outside U+3400-U+9FFF, or anything not Han, whose spacing is ICU's to decide).
    static func tableLatin(_ chinese: String) -> String? {
        var latin = ""
        for scalar in chinese.unicodeScalars {
            let offset = Int(scalar.value) &- Int(PinyinTable.first)
            guard offset >= 0, offset < Decoded.numbers.count else { return nil }
            let number = Int(Decoded.numbers[offset])
            guard number > 0 else { return nil }
            if !latin.isEmpty { latin += " " }
            latin += Decoded.readings[number - 1]
        }
        return chinese.isEmpty ? nil : latin
    }

    /// `PinyinTable` unpacked, on first use (a few hundred microseconds), so that the bundled data never pays for it.
    private enum Decoded {
        static let readings = PinyinTable.readings.split(separator: " ").map(String.init)
        static let numbers: [UInt16] = {
            var value = [Int](repeating: 0, count: 128)
            for (i, letter) in PinyinTable.alphabet.utf8.enumerated() { value[Int(letter)] = i }
            let letters = Array(PinyinTable.codes.utf8)
            return stride(from: 0, to: letters.count, by: 2).map { UInt16(value[Int(letters[$0])] * 64 + value[Int(letters[$0 + 1])]) }
        }()
    }
}
