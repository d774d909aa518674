import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchData

/// A record's detail lists what refers to it: every referring record, once per reference, in catalog order.
final class BacklinksTests: XCTestCase {
    private func everyRecord(_ catalog: Catalog) -> [RecordRef] {
        catalog.sources.indices.map(RecordRef.source)
            + catalog.organisations.indices.flatMap { i in
                [RecordRef.organisation(i)] + catalog.organisations[i].products.indices.map { RecordRef.product(organisation: i, index: $0) }
            }
            + catalog.regulations.indices.map(RecordRef.regulation) + catalog.statistics.indices.map(RecordRef.statistic)
            + catalog.people.indices.flatMap { i in
                [RecordRef.person(i)] + catalog.people[i].quotes.indices.map { RecordRef.quote(person: i, index: $0) }
            }
            + catalog.events.indices.map(RecordRef.event)
    }

    func testReferrersAreEveryRecordThatNamesTheId() throws {
        for catalog in [try CatalogLoader.bundled(), SyntheticCatalog.make(records: 600, seed: 3)] {
            let records = everyRecord(catalog)
            var linked = 0
            for target in records {
                let id = catalog.id(of: target)
                let expected = records.flatMap { from in catalog.references(of: from).filter { $0 == id }.map { _ in from } }
                XCTAssertEqual(Array(catalog.referrers(of: target)), expected, id)
                linked += expected.count
            }
            XCTAssertGreaterThan(linked, 10, "the catalog has links to check")
        }
    }

    func testEveryRecordHasItsOwnNumber() throws {
        // Organisations and people without products or quotes sit between ones with them.
        for catalog in [try CatalogLoader.bundled(), SyntheticCatalog.make(records: 600, seed: 3)] {
            let slots = RecordSlots(catalog)
            let records = everyRecord(catalog)
            XCTAssertEqual(slots.count, records.count)
            XCTAssertEqual(Set(records.map(slots.slot(of:))).count, records.count)
            for ref in records { XCTAssertEqual(slots.record(at: slots.slot(of: ref)), ref) }
        }
    }

    func testBaiduIsReferredToByItsProductAndTheRecordsAboutIt() throws {
        let catalog = try CatalogLoader.bundled()
        let baidu = try XCTUnwrap(catalog.locate("baidu"))
        let names = catalog.referrers(of: baidu).map { catalog.name(of: catalog.id(of: $0)) }
        XCTAssertFalse(names.isEmpty)
        XCTAssertTrue(catalog.related(to: baidu).contains { if case .product = $0 { return true } else { return false } }, "\(names)")
    }
}
