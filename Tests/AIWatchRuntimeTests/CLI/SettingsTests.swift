import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class SettingsTests: XCTestCase {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-settings-\(getpid())-\(text.hashValue).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testThemeFromFileFlagAndNoColor() throws {
        let (settings, warning) = Settings.load(path: try write("{\"theme\": \"light\"}"))
        XCTAssertNil(warning)
        XCTAssertEqual(Settings.theme(flag: nil, settings: settings, environment: [:]), .light)
        XCTAssertEqual(Settings.theme(flag: nil, settings: settings, environment: ["NO_COLOR": "1"]), .mono)
        XCTAssertEqual(Settings.theme(flag: .dark, settings: settings, environment: ["NO_COLOR": "1"]), .dark, "the flag wins")
        XCTAssertEqual(Settings.theme(flag: nil, settings: Settings(), environment: [:]), .dark)
    }

    /// `"clipboard": false` sends citations to the citations file instead of the terminal's clipboard.
    func testTheClipboardCanBeTurnedOff() throws {
        XCTAssertTrue(Settings().clipboard)
        XCTAssertFalse(Settings.load(path: try write("{\"clipboard\": false}")).0.clipboard)
        let bad = try write("{\"clipboard\": \"no\"}")
        XCTAssertEqual(Settings.load(path: bad).warning, "\(bad):1:15: clipboard must be true or false; using defaults")
    }

    func testBrokenFileGivesALocatedWarningAndDefaults() throws {
        let bad = try write("{\"theme\": \"neon\"}")
        let (settings, warning) = Settings.load(path: bad)
        XCTAssertNil(settings.theme)
        XCTAssertEqual(warning, "\(bad):1:11: theme must be dark, light or mono; using defaults")
        XCTAssertTrue(Settings.load(path: try write("{\"theme\": ")).warning!.contains(":1:11: unexpected end of file"))
        XCTAssertTrue(Settings.load(path: try write("{\"colour\": 1}")).warning!.contains("unknown setting \"colour\""))
        XCTAssertNil(Settings.load(path: "/nonexistent/config.json").warning, "no file: defaults, no warning")
    }

    func testPathFollowsXDG() {
        XCTAssertEqual(Settings.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/aiwatch/config.json")
        XCTAssertEqual(Settings.path(environment: ["HOME": "/h"]), "/h/.config/aiwatch/config.json")
    }
}
