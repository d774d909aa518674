import Foundation
import XCTest

@testable import AIWatchData

/// A data folder's files are opened before they are looked at, so a file swapped for a FIFO, a folder or a symlink
/// is refused by name instead of blocking the loader.
final class DataFolderTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "aiwatch-data-folder-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in CatalogLoader.bundledFiles() {
            try Data(file.bytes).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// The problems of loading the folder, or none when it loads.
    private func problems() -> [String] { Self.problems(folder) }

    private static func problems(_ folder: String) -> [String] {
        do {
            _ = try CatalogLoader.load(directory: folder)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func testAFIFOIsRefusedByNameWithoutWaitingForAWriter() throws {
        XCTAssertEqual(unlink(folder + "/events.json"), 0)
        XCTAssertEqual(mkfifo(folder + "/events.json", 0o600), 0)
        XCTAssertEqual(problems(), ["events.json: is not a regular file"])
    }

    func testASymlinkIsRefusedAndADanglingOneSaysSo() throws {
        let events = folder + "/events.json"
        try FileManager.default.moveItem(atPath: events, toPath: folder + "/events.real")
        XCTAssertEqual(symlink(folder + "/events.real", events), 0)
        XCTAssertEqual(problems(), ["events.json: is a symlink; a data file must be the file itself"])
        XCTAssertEqual(unlink(events), 0)
        XCTAssertEqual(symlink(folder + "/nowhere", events), 0)
        XCTAssertEqual(problems(), ["events.json: is a symlink to nothing (dangling)"])
    }

    /// A file that keeps being swapped for a FIFO (renamed over it, and back) while the folder is loaded: every load
    /// either loads or names the FIFO. Checking the name before opening it would sooner or later open the FIFO and
    /// wait for a writer that never comes.
    func testAFileSwappedForAFIFOWhileLoadingNeverBlocks() throws {
        let folder = folder
        let events = folder + "/events.json"
        let good = try Data(contentsOf: URL(fileURLWithPath: events))
        // One FIFO, also linked as `spare`, so that a load stuck on it can be let go by opening it for writing.
        let spare = folder + "/events.fifo"
        XCTAssertEqual(mkfifo(spare, 0o600), 0)
        let stop = Flag()
        let racer = Thread {
            var swaps = 0
            while !stop.isSet {
                _ = link(spare, folder + "/swap-in")
                _ = rename(folder + "/swap-in", events)
                try? good.write(to: URL(fileURLWithPath: folder + "/swap-back"))
                _ = rename(folder + "/swap-back", events)
                swaps += 1
            }
        }
        racer.start()
        let done = DispatchSemaphore(value: 0)
        let outcomes = Outcomes()
        Thread {
            for _ in 0..<3_000 { outcomes.add(Self.problems(folder)) }
            done.signal()
        }.start()
        // A hang guard only: the loads take well under a second each.
        let finished = done.wait(timeout: .now() + 120) == .success
        stop.set()
        if !finished {
            // Let the stuck open go: a writer comes and goes, so the reader sees the end of the file.
            let writer = open(spare, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = done.wait(timeout: .now() + 10)
        }
        XCTAssertTrue(finished, "a load blocked on the FIFO")
        for problems in outcomes.all where !problems.isEmpty {
            XCTAssertTrue(problems.allSatisfy { $0.hasPrefix("events.json: ") }, "\(problems)")
        }
    }
}

/// A flag set by one thread and read by another.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// The problems of each load, gathered from the loading thread.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [[String]] = []
    var all: [[String]] { lock.withLock { list } }
    func add(_ problems: [String]) { lock.withLock { list.append(problems) } }
}
