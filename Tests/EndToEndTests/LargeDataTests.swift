import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// A large data folder: the terminal shows the loading progress at once, the app is usable as soon as the records
/// are read, and a filter typed while the index is built runs when it is ready.
final class LargeDataTests: XCTestCase {
    override func setUpWithError() throws {
        guard TerminalSession.tmuxAvailable() else { throw XCTSkip("tmux is not installed") }
    }

    /// A folder of `records` synthetic records; removed at the end of the test.
    private func folder(records: Int) throws -> (path: String, catalog: Catalog) {
        let folder = NSTemporaryDirectory() + "aiwatch-large-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = SyntheticCatalog.make(records: records, seed: 5)
        for file in CatalogEncoder.files(catalog) {
            try Data(file.bytes).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        }
        return (folder, catalog)
    }

    func testKeysTypedWhileLoadingApplyToTheFirstFrame() throws {
        let (folder, _) = try folder(records: 40_000)
        let app = try TerminalSession(["--data", folder], columns: 100, rows: 30)
        app.waitFor("Loading the data", timeout: 60)
        app.send("2")
        app.send("/")
        app.send("chat", literal: true)
        app.send("Enter")
        let typedWhileLoading = app.screen().contains("Loading the data")
        let filtered = app.waitFor("filter: chat", timeout: 120)
        XCTAssertTrue(filtered.contains("Companies"), filtered)
        XCTAssertTrue(filtered.contains("companies?q=chat"), "the pane key typed first applies too: \(filtered)")
        if !typedWhileLoading { print("note: the folder loaded before the keys arrived; the keys were typed into the app") }
        app.send("q")
        app.waitFor("[exited 0]")
    }

    func testLoadingShowsProgressAndAnEarlyFilterRunsLater() throws {
        let (folder, catalog) = try folder(records: 20_000)
        let expected = catalog.organisations.count

        let app = try TerminalSession(["--data", folder], columns: 100, rows: 30)
        let loading = app.waitFor("Loading the data")
        XCTAssertTrue(loading.contains("q quits"), loading)
        app.waitFor("Headline numbers", timeout: 60)
        app.send("/")
        app.send("chat", literal: true)
        app.send("Enter")
        // Whether or not the index was still being built when the query was typed, the panes end up filtered.
        let filtered = app.waitFor("filter: chat", timeout: 60)
        XCTAssertFalse(filtered.contains("Loading the data"), filtered)
        let tabs = app.waitForAbsence("indexing the records", timeout: 60)
        // The companies pane's title counts matched/total.
        let counted = tabs.range(of: #"Companies ─* (\d+)/\#(expected) "#, options: .regularExpression).map { String(tabs[$0]) }
        let matched = counted.flatMap { Int($0.split(separator: "/")[0].split(separator: " ").last ?? "") }
        XCTAssertNotNil(matched, tabs)
        XCTAssertLessThan(matched ?? expected, expected, "companies are filtered: \(tabs)")
        app.send("q")
        app.waitFor("[exited 0]")
    }
}
