import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

@testable import AIWatchApp

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Data planted with escape sequences, C1 controls, bidi overrides and invisible characters shows them as inert,
/// visible text: on every pane and detail, in every export, in error messages and on the filter line.
final class HostileTextTests: XCTestCase {
    static let env = Environment.standard(try! HostilePayloads.catalog())
    static let sizes = [(40, 12), (80, 24), (133, 41)]

    /// Fails naming the first cell that holds a control or format scalar.
    func assertClean(_ screen: Screen, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<screen.height {
            for x in 0..<screen.width where !screen[x, y].isContinuation {
                if let bad = HostilePayloads.firstControl(in: String(screen[x, y].character)) {
                    XCTFail("\(what): \(bad) at \(x),\(y) in row \(screen.rowText(y).debugDescription)", file: file, line: line)
                    return
                }
            }
        }
    }

    /// The state after pressing `keys` from the start screen.
    func state(_ keys: [Key], columns: Int, rows: Int) -> AppState {
        var state = Update.initialState(columns: columns, rows: rows, query: "", env: Self.env)
        for key in keys { Update.update(.key(key), state: &state, env: Self.env) }
        return state
    }

    func testPayloadsReallyReachTheCatalog() {
        let text = Self.env.catalog.organisations.map { $0.name + $0.summary.string + ($0.nameZh ?? "") }.joined()
        XCTAssertTrue(text.contains("␛[2J"), "the planted CSI shows as a visible ␛")
        XCTAssertTrue(text.contains("⟨U+009B⟩"), "the planted 8-bit CSI shows as a visible code point")
    }

    func testEveryPaneDetailAndOverlayShowsNoControl() {
        for (columns, rows) in Self.sizes {
            for pane in Pane.allCases {
                let views: [(String, [Key])] = [
                    ("list", [.character(pane.key)]),
                    ("detail", [.character(pane.key), .enter]),
                    ("second detail", [.character(pane.key), .down, .down, .enter, .tab, .enter]),
                    ("help", [.character(pane.key), .character("?")]),
                    ("export menu", [.character(pane.key), .character("x")]),
                ]
                for (name, keys) in views {
                    let screen = Renderer.render(state(keys, columns: columns, rows: rows), catalog: Self.env.catalog)
                    assertClean(screen, "\(pane) \(name) at \(columns)x\(rows)")
                }
            }
        }
    }

    func testExportsCarryNoControlSequences() throws {
        for pane in Pane.allCases {
            let shown = state([.character(pane.key), .enter], columns: 100, rows: 30)
            for format in ExportFormat.allCases {
                let output = ViewExport.render(format, state: shown, catalog: Self.env.catalog, theme: .named(.dark))
                let what = "\(pane) \(format)"
                switch format {
                case .txt, .md:
                    XCTAssertNil(HostilePayloads.firstControl(in: output.replacingOccurrences(of: "\n", with: "")), what)
                case .ansi:
                    assertOnlySGR(output, what)
                case .svg, .html:
                    let parser = XMLParser(data: Data(output.utf8))
                    XCTAssertTrue(parser.parse(), "\(what) parses as XML: \(String(describing: parser.parserError))")
                    XCTAssertNil(HostilePayloads.firstControl(in: output.replacingOccurrences(of: "\n", with: "")), what)
                }
            }
        }
    }

    /// Every ESC in `output` starts an SGR sequence (`ESC [ digits;… m`), and no other control appears.
    func assertOnlySGR(_ output: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = Array(output.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" {
                var end = index + 1
                guard end < scalars.count, scalars[end] == "[" else { return XCTFail("\(what): ESC not followed by [", file: file, line: line) }
                end += 1
                while end < scalars.count, "0123456789;".unicodeScalars.contains(scalars[end]) { end += 1 }
                guard end < scalars.count, scalars[end] == "m" else { return XCTFail("\(what): non-SGR sequence at \(index)", file: file, line: line) }
                index = end + 1
                continue
            }
            if scalar != "\n", HostilePayloads.isControl(scalar) {
                return XCTFail("\(what): control U+\(String(scalar.value, radix: 16)) in ANSI output", file: file, line: line)
            }
            index += 1
        }
    }

    func testErrorMessagesQuotingHostileIDsAndFieldNamesAreClean() {
        for payload in HostilePayloads.all {
            let text = "[{\"id\": \(json(payload)), \(json(payload)): 1}]"
            var files = CatalogLoader.bundledFiles().filter { $0.name != "companies.json" }
            files.append(DataFile(name: "companies.json", bytes: Array(text.utf8)))
            do {
                _ = try CatalogLoader.load(files: files, pinyin: [:])
                XCTFail("a record with a hostile id and field loads")
            } catch {
                XCTAssertFalse(error.problems.isEmpty)
                for problem in error.problems {
                    XCTAssertNil(HostilePayloads.firstControl(in: problem.description), problem.description)
                }
            }
        }
    }

    func testTypingPayloadsIntoTheFilterLineLeavesTheScreenClean() {
        for payload in HostilePayloads.all {
            var shown = state([.character("2"), .character("/")], columns: 80, rows: 24)
            for character in payload {
                Update.update(.key(.character(character)), state: &shown, env: Self.env)
            }
            assertClean(Renderer.render(shown, catalog: Self.env.catalog), "typing \(payload.debugDescription)")
            Update.update(.key(.enter), state: &shown, env: Self.env)
            assertClean(Renderer.render(shown, catalog: Self.env.catalog), "applied \(payload.debugDescription)")
        }
    }

    func testSanitizeIsIdempotentAndControlFreeOnGeneratedStrings() {
        var generator = SplitMix64(seed: 7)
        let pieces = HostilePayloads.all + ["\u{1B}", "[", "]", "\u{9B}", "\u{0}", "\u{7}", "a", "百", "\u{301}", "\u{200D}", "👍🏽", "\u{E0041}", "\u{2028}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 8) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let clean = Sanitizer.clean(text)
            XCTAssertNil(HostilePayloads.firstControl(in: clean), text.debugDescription)
            XCTAssertEqual(Sanitizer.clean(clean), clean, text.debugDescription)
        }
    }

    private func json(_ text: String) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), encoding: .utf8)!
    }
}
