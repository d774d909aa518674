import XCTest

/// Every public declaration of `Sources` says what it is for in a `///` summary, since that is what the layer
/// above reads of it (the rule is `PublicSummaryCheck`'s), and the check that says so has teeth.
final class PublicSummaryTests: XCTestCase {
    func testEveryPublicDeclarationHasASummary() throws {
        let files = PackageTree.swiftFiles(under: "Sources")
        XCTAssertGreaterThan(files.count, 100, "the check found the package's files")
        let findings = try files.flatMap { PublicSummaryCheck.findings(path: $0, source: try PackageTree.text(of: $0)) }
        let count = findings.count == 1 ? "1 public declaration has" : "\(findings.count) public declarations have"
        XCTAssert(findings.isEmpty, """
            \(count) no `///` summary directly above (or above the attributes); say in one line what each is or \
            does for its caller:
            \(findings.map(\.description).joined(separator: "\n"))
            """)
    }

    func testAPublicDeclarationWithoutASummaryIsNamedWithItsLine() {
        let source = """
            /// A grid of cells.
            public struct Screen {
                public let width: Int
                /// How many rows.
                public let height: Int

                public init(width: Int, height: Int) {
                    self.width = width
                    self.height = height
                }
                public subscript(x: Int, y: Int) -> Int { 0 }
                public static func == (a: Screen, b: Screen) -> Bool { true }
                public private(set) var cells: [Int] = []
                @inlinable public func rowText(_ y: Int) -> String { "" }
                @discardableResult
                public mutating func put(
                    _ text: String, x: Int
                ) -> Int { 0 }
                public class func make() -> Screen { Screen(width: 0, height: 0) }
                public var x: Int, y: Int
            }
            public final class Terminal {}
            open class Canvas {}
            public typealias Line = [Int]
            public protocol Drawable {}
            public let brace = "{", open = 1
            """
        XCTAssertEqual(findings(source), [
            "3: public let width: Int", "7: public init(width: Int, height: Int)",
            "11: public subscript(x: Int, y: Int) -> Int", "12: public static func == (a: Screen, b: Screen) -> Bool",
            "13: public private(set) var cells: [Int] = []", "14: @inlinable public func rowText(_ y: Int) -> String",
            "16: public mutating func put(", "19: public class func make() -> Screen", "20: public var x: Int, y: Int",
            "22: public final class Terminal", "23: open class Canvas", "24: public typealias Line = [Int]",
            "25: public protocol Drawable", #"26: public let brace = "{", open = 1"#,
        ])
    }

    func testASummaryMayStandAboveAttributesButNotAboveABlankLineOrAPlainComment() {
        let source = """
            /// Drawn once.
            @discardableResult
            @available(
                *, deprecated, message: "use put"
            )
            public func draw() -> Int { 0 }
            /// Lost by the blank line.

            public func lost() {}
            /// Lost by the comment.
            // A note for the next engineer.
            public func noted() {}
            // Only a plain comment.
            public func plain() {}
            """
        XCTAssertEqual(findings(source), [
            "9: public func lost()", "12: public func noted()", "14: public func plain()",
        ])
    }

    func testMembersOfAPublicExtensionAndRequirementsOfAPublicProtocolArePublicWithoutTheWord() {
        let source = """
            /// Drawing for screens.
            public extension Screen {
                func fill() {
                    let inner = 1
                }
                /// Documented.
                static var blank: Screen { Screen() }
                private func helper() {}
                struct Nested {
                    func notPublic() {}
                }
            }
            extension Screen {
                func internalHelper() {}
                public func exported() {}
            }
            /// Something drawable.
            public protocol Drawable {
                associatedtype Canvas
                func draw(into canvas: inout Canvas)
                var size: Int { get }
            }
            """
        XCTAssertEqual(findings(source), [
            "3: func fill()", "9: struct Nested", "15: public func exported()", "19: associatedtype Canvas",
            "20: func draw(into canvas: inout Canvas)", "21: var size: Int",
        ])
    }

    func testCasesExtensionsImportsAndTextAreNotDeclarationsToDocument() {
        let source = """
            public import Foundation
            /// A key.
            public enum Key {
                case up, down
                case character(Character)
            }
            public extension Key {}
            // public func commented() {}
            /* public func blocked() {} */
            let help = "public func quoted()"
            let text = \"""
                public func inAString()
                \"""
            private var open: Int?
            let file = open(path)
            """
        XCTAssertEqual(findings(source), [])
    }

    private func findings(_ source: String) -> [String] {
        PublicSummaryCheck.findings(path: "Sources/TerminalKit/Screen/Screen.swift", source: source)
            .map { "\($0.line): \($0.declaration)" }
    }
}
