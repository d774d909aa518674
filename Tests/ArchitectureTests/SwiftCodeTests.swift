import Foundation
import XCTest

/// The layering check reads code, not prose: comments and text are blanked, lines keep their numbers.
final class SwiftCodeTests: XCTestCase {
    func testEveryFormOfImportNamesItsModuleAndLine() {
        let code = SwiftCode("""
            import Foundation
            @testable import AIWatchApp
            @_spi(Testing) @preconcurrency import AIWatchData
            import struct TerminalKit.Screen
            import Glibc.stdio
            #if canImport(Darwin)
                import Darwin
            #endif
            // import CNcursesw
            let text = "import Dispatch"
            """)
        XCTAssertEqual(code.imports.map { "\($0.line) \($0.module)" }, [
            "1 Foundation", "2 AIWatchApp", "3 AIWatchData", "4 TerminalKit", "5 Glibc", "7 Darwin",
        ])
    }

    func testCommentsAndTextAreBlankedAndLinesKeepTheirNumbers() {
        let code = SwiftCode("""
            let a = "one" // two
            /* three
               four */ let b = #"five "six""#
            let c = \"""
                seven \\(eight) nine
                \"""
            let d = 1
            """)
        XCTAssertEqual(code.lines.count, 7)
        XCTAssertEqual(code.lines[0].trimmingCharacters(in: .whitespaces), #"let a = "   ""#)
        XCTAssertEqual(code.lines[1].trimmingCharacters(in: .whitespaces), "")
        XCTAssertEqual(code.lines[2].trimmingCharacters(in: .whitespaces), ##"let b = #"          "#"##)
        XCTAssertEqual(code.lines[4].trimmingCharacters(in: .whitespaces), "(eight)")
        XCTAssertEqual(code.lines[5].trimmingCharacters(in: .whitespaces), String(repeating: "\"", count: 3))
        XCTAssertEqual(code.lines[6], "let d = 1")
    }
}
