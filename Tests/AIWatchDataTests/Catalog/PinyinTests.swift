import AIWatchTestSupport
import XCTest

@testable import AIWatchData

final class PinyinTests: XCTestCase {
    /// Every distinct Chinese name of the bundled data and of a large synthetic catalog reads exactly as ICU reads
    /// it, whether the table or ICU answers; the names with a character the table lacks are counted.
    func testTheTableReadsEveryNameOfTheBundledAndASyntheticCatalogAsICUDoes() throws {
        let bundled = Set(EmbeddedData.pinyin.keys)
        let synthetic = Set(SyntheticCatalog.make(records: 200_000, seed: 2023).organisations.compactMap(\.nameZh))
        XCTAssertGreaterThan(synthetic.count, 25_000)
        var toICU: [String] = []
        for name in bundled.union(synthetic).sorted() {
            XCTAssertEqual(Pinyin.latin(name), Pinyin.icuLatin(name), name)
            if Pinyin.tableLatin(name) == nil { toICU.append(name) }
        }
        for name in bundled { XCTAssertEqual(Pinyin.latin(name), EmbeddedData.pinyin[name], "as computed at build time: \(name)") }
        XCTAssertEqual(toICU.filter(synthetic.contains), [], "the synthetic names use only characters with one reading")
        print("PinyinTests: \(bundled.count) bundled and \(synthetic.count) synthetic names, \(toICU.count) read by ICU: \(toICU)")
    }

    /// A character read by the one after it sends its name to ICU, which reads it in context.
    func testANameWithACharacterReadByItsContextIsReadByICU() {
        XCTAssertEqual(Pinyin.latin("重庆"), "chong qing")
        XCTAssertEqual(Pinyin.latin("重要"), "zhong yao")
        XCTAssertEqual(Pinyin.latin("重庆银行"), "chong qing yin xing")
        XCTAssertEqual(Pinyin.latin("秘鲁"), "bi lu")
        XCTAssertEqual(Pinyin.latin("藏语"), "zang yu")
        XCTAssertNil(Pinyin.tableLatin("重庆"))
        XCTAssertEqual(Pinyin.tableLatin("京东"), "jing dong")
    }

    /// Spacing around anything not Han is ICU's: such names go to it and read as it reads them.
    func testANameWithLatinLettersSpacesOrPunctuationIsReadByICU() {
        for name in ["百度AI", "京 东", "京,东", "华为 Cloud", "𠀀京", ""] {
            XCTAssertEqual(Pinyin.latin(name), Pinyin.icuLatin(name), name)
        }
        XCTAssertEqual(Pinyin.latin("京,东"), "jing, dong")
    }
}
