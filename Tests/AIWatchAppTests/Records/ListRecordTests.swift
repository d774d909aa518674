import AIWatchData
import AIWatchTestSupport
import Foundation
import XCTest

@testable import AIWatchApp

/// `aiwatch list --format json` gives scripts typed values, with the qualifiers, phrases and sources a briefing
/// must keep; CSV has the same columns, flattened, one row per record.
final class ListRecordTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    private func records(_ pane: Pane, filter: String = "") -> [[ListMember]] {
        let state = Update.initialState(columns: 80, rows: 24, query: filter, env: env)
        return state.rows(pane).map { ListRecord.members($0, catalog: env.catalog) }
    }

    /// The JSON of `pane`, parsed back.
    private func parsed(_ pane: Pane, filter: String = "") throws -> [[String: Any]] {
        let json = ListFormatter.json(records(pane, filter: filter))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], json)
    }

    private func record(_ id: String, in pane: Pane) throws -> [String: Any] {
        try XCTUnwrap(parsed(pane).first { $0["id"] as? String == id }, id)
    }

    func testAFigureIsANumberWithItsQualifierApart() throws {
        let talent = try record("beijing-ai-talent", in: .statistics)
        XCTAssertEqual(talent["figure"] as? Double, 40_000)
        XCTAssertEqual(talent["qualifier"] as? String, "more than")
        XCTAssertEqual(talent["figure_as_written"] as? String, "40,000")
        let share = try XCTUnwrap(talent["share"] as? [String: Any])
        XCTAssertEqual(share["ratio"] as? Double, 0.6)
        XCTAssertEqual(share["qualifier"] as? String, "more than")
        let wudao = try record("wudao-2-0-parameters", in: .statistics)
        XCTAssertEqual(wudao["figure"] as? Double, 1.75e12, "1.75 trillion, as a number")
        XCTAssertTrue(wudao["share"] is NSNull, "no share is null, not an empty string")
    }

    func testADateIsAnISOStringWithItsPhraseAndWhetherItIsApproximate() throws {
        let since = try XCTUnwrap(record("deep-synthesis-regulation", in: .regulations)["since"] as? [String: Any])
        XCTAssertEqual(since["date"] as? String, "2023-01")
        XCTAssertEqual(since["approximate"] as? Bool, true)
        XCTAssertEqual(since["phrase"] as? String, "Last month")
        let when = try XCTUnwrap(parsed(.timeline).first?["when"] as? [String: Any])
        XCTAssertNotNil(when["approximate"] as? Bool)
    }

    func testListsAreArraysProductsByNameAndID() throws {
        let baidu = try record("baidu", in: .companies)
        let products = try XCTUnwrap(baidu["products"] as? [[String: Any]])
        XCTAssertEqual(products.first?["id"] as? String, "baidu-chatgpt-style-product")
        XCTAssertEqual(products.first?["name"] as? String, "Baidu's ChatGPT-style product")
        XCTAssertEqual(products.first?["status"] as? String, "announced")
        XCTAssertNotNil(try record("jd-com", in: .companies)["sectors"] as? [String])
        let affects = try XCTUnwrap(record("deep-synthesis-regulation", in: .regulations)["affects"] as? [[String: Any]])
        XCTAssertEqual(affects.compactMap { $0["id"] as? String }.first, "baidu")
        XCTAssertEqual(affects.compactMap { $0["name"] as? String }.first, "Baidu")
    }

    func testEvidenceCarriesItsSourcesPublisherMonthAndURL() throws {
        let evidence = try XCTUnwrap(record("beijing-ai-talent", in: .statistics)["evidence"] as? [[String: Any]])
        let source = try XCTUnwrap(evidence.first?["source"] as? [String: Any])
        XCTAssertEqual(source["publisher"] as? String, "Tech Wire Asia")
        XCTAssertEqual(source["month"] as? String, "2023-02")
        XCTAssertEqual(source["url"] as? String, env.catalog.source("techwireasia")?.url)
        XCTAssertTrue((evidence.first?["quote"] as? String)?.contains("40,000 AI talents") == true)
        let cnbc = try XCTUnwrap((record("deep-synthesis-regulation", in: .regulations)["evidence"] as? [[String: Any]])?.first)
        XCTAssertTrue((cnbc["source"] as? [String: Any])?["url"] is NSNull, "the CNBC copy has no recorded URL")
    }

    /// Every pane: the CSV header is the JSON's keys with objects flattened to `key_member`, and each record is
    /// one row under it, whatever the filter leaves.
    func testCSVHasTheJSONsColumnsFlattenedOneRowPerRecord() throws {
        for pane in Pane.recordPanes {
            let all = records(pane)
            let columns = ListFormatter.columns(ListRecord.template(pane, catalog: env.catalog))
            let json = try parsed(pane)
            var expected: [String] = []
            for member in all[0] {
                if let object = json[0][member.key] as? [String: Any], case .object(let members, _) = member.value {
                    XCTAssertEqual(Set(object.keys), Set(members.map(\.key)))
                    expected += members.map { member.key + "_" + $0.key }
                } else if json.contains(where: { $0[member.key] is [String: Any] }), case .absent(let members) = member.value {
                    expected += members.map { member.key + "_" + $0 }
                } else {
                    expected.append(member.key)
                }
            }
            XCTAssertEqual(columns, expected, pane.rawValue)
            for row in all { XCTAssertEqual(ListFormatter.columns(row), columns, "every row has the same columns (\(pane))") }
            let csv = ListFormatter.csv(all, columns: columns)
            XCTAssertEqual(csv.components(separatedBy: "\r\n").count, all.count + 2, "a header, one line a record, an end (\(pane))")
            XCTAssertTrue(csv.hasPrefix(columns.joined(separator: ",") + "\r\n"), pane.rawValue)
        }
    }

    func testCSVFlattensListsIntoOneCell() {
        let row = ListFormatter.csv(records(.regulations, filter: "id:deep-synthesis-regulation"), columns: ListFormatter.columns(ListRecord.template(.regulations, catalog: env.catalog)))
        XCTAssertTrue(row.contains(",Baidu (inferred) | Alibaba (inferred) | Alibaba cloud division (inferred) | JD.com (inferred) | NetEase (inferred) | Youdao (inferred),"), row)
        XCTAssertTrue(row.contains(",2023-01,,true,Last month,inferred,\"“Last month” read against"), row)
    }

    /// One golden file per pane, to be read: the whole pane as `list --format json` prints it.
    func testEveryPaneAsJSON() {
        for pane in Pane.recordPanes {
            Golden.assertMatches(ListFormatter.json(records(pane)), named: "list-\(pane.rawValue).json")
        }
    }

    /// A data folder whose text holds escape sequences gives scripts none: every string is sanitized, in the JSON
    /// once decoded and in the CSV as written.
    func testHostileTextReachesNeitherJSONNorCSV() throws {
        let catalog = try HostilePayloads.catalog()
        let env = Environment.standard(catalog)
        func strings(_ value: Any) -> [String] {
            if let text = value as? String { return [text] }
            if let list = value as? [Any] { return list.flatMap(strings) }
            if let object = value as? [String: Any] { return object.values.flatMap(strings) }
            return []
        }
        for pane in Pane.recordPanes {
            let state = Update.initialState(columns: 80, rows: 24, query: "", env: env)
            let records = state.rows(pane).map { ListRecord.members($0, catalog: catalog) }
            let json = try JSONSerialization.jsonObject(with: Data(ListFormatter.json(records).utf8))
            for text in strings(json) { XCTAssertNil(HostilePayloads.firstControl(in: text), "\(pane): \(text.debugDescription)") }
            let csv = ListFormatter.csv(records, columns: ListFormatter.columns(ListRecord.template(pane, catalog: catalog)))
            XCTAssertNil(HostilePayloads.firstControl(in: csv.replacingOccurrences(of: "\r\n", with: "")), pane.rawValue)
        }
    }
}
