import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

/// The export key's file and the status line it leaves.
final class ExportFileTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func testAFailedExportShowsItsReasonBeforeThePath() throws {
        var state = try ViewBuilder.state(ViewOptions(), columns: 100, rows: 24, env: env)
        state.pane = .regulations
        let folder = "/nonexistent-aiwatch-\(getpid())/a/rather/long/folder/name/for/an/export"
        let message = Commands.exportFile(.svg, state: state, theme: .named(.dark), catalog: env.catalog, directory: folder)
        XCTAssertTrue(message.hasPrefix("Export failed: no such folder — \(folder)/aiwatch-regulations-"), message)
        state.message = message
        let status = Renderer.render(state, catalog: env.catalog).text.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(status.contains("Export failed: no such folder — /nonexistent"), "the reason survives a narrow status line: \(status)")
    }

    func testAWrittenExportShowsItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-export-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let state = try ViewBuilder.state(ViewOptions(), columns: 80, rows: 24, env: env)
        let message = Commands.exportFile(.txt, state: state, theme: .named(.dark), catalog: env.catalog, directory: folder)
        XCTAssertTrue(message.hasPrefix("Saved \(folder)/aiwatch-dashboard-"), message)
    }
}
