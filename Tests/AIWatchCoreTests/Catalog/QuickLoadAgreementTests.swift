import XCTest
@testable import AIWatchCore

/// A valid folder is accepted by the loader's quick reading, and every broken reference sends it to the located
/// one: the two readings must apply the same rules, or a valid folder would be refused without a located reason.
final class QuickLoadAgreementTests: XCTestCase {
    func testValidCatalogsPassTheQuickCheck() throws {
        XCTAssertTrue(try CatalogLoader.bundled().hasConsistentReferences)
        XCTAssertTrue(SyntheticCatalog.make(records: 2_000, seed: 11).hasConsistentReferences)
    }

    /// Each field that holds a reference, pointed at an id that does not exist (or a duplicate id made), gives the
    /// located message naming that field.
    func testEveryBrokenReferenceIsLocated() throws {
        let cases: [(file: String, from: String, to: String, field: String)] = [
            ("companies.json", "\"source\": \"techwireasia\"", "\"source\": \"nowhere\"", "evidence[0].source"),
            ("companies.json", "\"parent\": \"", "\"parent\": \"x-", "parent"),
            ("regulations.json", "\"issuedBy\": [\n      \"", "\"issuedBy\": [\n      \"x-", "issuedBy[0]"),
            ("statistics.json", "\"about\": [\n      \"", "\"about\": [\n      \"x-", "about[0]"),
            ("people.json", "\"affiliation\": \"", "\"affiliation\": \"x-", "affiliation"),
            ("people.json", "\"about\": [\n          \"", "\"about\": [\n          \"x-", "about[0]"),
            ("events.json", "\"related\": [\n      \"", "\"related\": [\n      \"x-", "related[0]"),
            ("sources.json", "\"source\": \"cnbc\"", "\"source\": \"techwire\"", "evidence[0].source"),
            ("events.json", "\"id\": \"", "\"id\": \"baidu\", \"x\": \"", "id"),
        ]
        for (file, from, to, field) in cases {
            var files = CatalogLoader.bundledFiles()
            let i = try XCTUnwrap(files.firstIndex { $0.name == file })
            let text = String(decoding: files[i].bytes, as: UTF8.self)
            let range = try XCTUnwrap(text.range(of: from), "\(file) holds \(from)")
            files[i] = DataFile(name: file, bytes: Array(text.replacingCharacters(in: range, with: to).utf8))
            XCTAssertThrowsError(try CatalogLoader.load(files: files, pinyin: [:]), "\(file) \(field)") { error in
                let messages = (error as? DataProblems)?.problems.map(\.description) ?? []
                XCTAssertTrue(messages.contains { $0.hasPrefix(file + ":") && $0.contains(field) }, "\(file) \(field): \(messages)")
            }
        }
    }
}
