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
        var options = ViewOptions()
        options.pane = .regulations
        var state = try ViewBuilder.state(options, columns: 100, rows: 24, env: env)
        let folder = "/nonexistent-aiwatch-\(getpid())/a/rather/long/folder/name/for/an/export"
        let result = Commands.exportFile(.view(.svg), state: state, theme: .named(.dark), catalog: env.catalog, directory: folder)
        guard case .failure(let error) = result else { return XCTFail("an export into no folder succeeded: \(result)") }
        XCTAssertTrue(error.reasonFirst.hasPrefix("no such folder — \(folder)/aiwatch-regulations-"), error.reasonFirst)
        Update.update(.exportFailed(error.reasonFirst), state: &state, env: env)
        let status = Renderer.render(state, catalog: env.catalog).text.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(status.contains("Export failed: no such folder — /nonexistent"), "the reason survives a narrow status line: \(status)")
    }

    func testAWrittenExportShowsItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-export-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var state = try ViewBuilder.state(ViewOptions(), columns: 120, rows: 24, env: env)
        let path = try Commands.exportFile(.view(.txt), state: state, theme: .named(.dark), catalog: env.catalog, directory: folder).get()
        XCTAssertTrue(path.hasPrefix("\(folder)/aiwatch-dashboard-"), path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        Update.update(.exported(path: path), state: &state, env: env)
        let status = Renderer.render(state, catalog: env.catalog).text.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(status.contains("Saved \(folder)/aiwatch-dashboard-"), status)
    }
}
