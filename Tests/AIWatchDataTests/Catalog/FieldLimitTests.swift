import Foundation
import XCTest

@testable import AIWatchData

/// The "at most" column of the field reference (`Data/README.md`) is what the loader enforces: each documented
/// field is tried one unit over its limit, which must be a located problem, and at its limit, which must not.
final class FieldLimitTests: XCTestCase {
    /// Where the first object of each table of the reference is in the bundled files: a file and a path to it.
    private static var objects: [String: (file: String, path: [Any])] { [
        "FuzzyDate": ("events.json", [0, "date"]),
        "Basis": ("regulations.json", [0, "affects", 0]),
        "Link": ("regulations.json", [0, "affects", 0]),
        "Evidence": ("sources.json", [0, "evidence", 0]),
        "sources.json": ("sources.json", [0]),
        "companies.json": ("companies.json", [0]),
        "Product": ("companies.json", [0, "products", 0]),
        "regulations.json": ("regulations.json", [0]),
        "statistics.json": ("statistics.json", [0]),
        "Share": ("statistics.json", [1, "share"]),
        "people.json": ("people.json", [0]),
        "Quote": ("people.json", [0, "quotes", 0]),
        "events.json": ("events.json", [0]),
    ] }

    /// Each documented limit: the table it is in, the field, whether the field is an array of strings, the limit.
    private func documentedLimits() throws -> [(table: String, field: String, isArray: Bool, limit: String)] {
        let reference = String(decoding: CatalogLoader.bundledFieldReference.bytes, as: UTF8.self)
        var table = ""
        var limits: [(String, String, Bool, String)] = []
        for line in reference.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { table = line.drop { $0 == "#" || $0 == " " }.trimmingCharacters(in: .whitespaces) }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 7, cells[1].hasPrefix("`") else { continue }
            if !cells[4].isEmpty { limits.append((table, cells[1].trimmingCharacters(in: ["`"]), cells[2].hasPrefix("array"), cells[4])) }
            if cells[2].contains("string"), !cells[2].contains("enum") {
                XCTAssertFalse(cells[4].isEmpty, "\(table) \(cells[1]) is a string with no limit documented")
            }
        }
        return limits
    }

    func testEveryDocumentedLimitIsOneOfTheCodes() throws {
        let limits = try documentedLimits()
        XCTAssertGreaterThan(limits.count, 40)
        let known = Set(FieldLimit.allCases.map(\.description))
        for limit in limits { XCTAssertTrue(known.contains(limit.limit), "\(limit.table) \(limit.field): \(limit.limit)") }
        XCTAssertEqual(Set(limits.map(\.limit)), known, "every limit of the code is documented")
    }

    func testEachFieldIsRefusedOneOverItsDocumentedLimitAndAcceptedAtIt() throws {
        for (table, field, isArray, documented) in try documentedLimits() {
            let limit = try XCTUnwrap(FieldLimit.allCases.first { $0.description == documented }, documented)
            let (file, path) = try XCTUnwrap(Self.objects[table], "no object known for the table \(table)")
            let where_ = isArray ? "\(field)[0]" : field
            let over = try problems(file, path: path, field: field, isArray: isArray, length: limit.amount + 1)
            let message = "\(limit.amount + 1) \(limit.countsBytes ? "bytes" : "characters"), at most \(limit.amount)"
            XCTAssertTrue(over.contains { $0.contains(".\(where_)") && $0.hasSuffix(message) }, "\(table) \(field): \(over)")
            let at = try problems(file, path: path, field: field, isArray: isArray, length: limit.amount)
            XCTAssertFalse(at.contains { $0.contains("at most") }, "\(table) \(field): \(at)")
        }
    }

    /// The problems of the bundled data with `field` of the object at `path` in `file` set to a text of `length`
    /// characters (each one byte), or to a list of one such text.
    private func problems(_ file: String, path: [Any], field: String, isArray: Bool, length: Int) throws -> [String] {
        var files = CatalogLoader.bundledFiles()
        let index = try XCTUnwrap(files.firstIndex { $0.name == file })
        let text = String(repeating: "a", count: length)
        let json = try JSONSerialization.jsonObject(with: Data(files[index].bytes))
        let changed = setting(field, to: isArray ? [text] : text, at: path[...], in: json)
        files[index] = DataFile(name: file, bytes: Array(try JSONSerialization.data(withJSONObject: changed)))
        do {
            _ = try CatalogLoader.load(files: files, pinyin: [:])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private func setting(_ field: String, to value: Any, at path: ArraySlice<Any>, in json: Any) -> Any {
        guard let step = path.first else {
            var object = json as! [String: Any]
            object[field] = value
            return object
        }
        if let position = step as? Int {
            var array = json as! [Any]
            array[position] = setting(field, to: value, at: path.dropFirst(), in: array[position])
            return array
        }
        var object = json as! [String: Any]
        object[step as! String] = setting(field, to: value, at: path.dropFirst(), in: object[step as! String]!)
        return object
    }
}
