import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Shared checks for the fuzz targets (compiled into each fuzz binary, never into SwiftPM targets).
enum FuzzSupport {
    /// The input as text: invalid UTF-8 becomes U+FFFD, as when a file is decoded leniently.
    static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// Whether `scalar` could act on a terminal or reorder text: C0/C1 controls, DEL, line separators and
    /// invisible format characters (ZWJ/ZWNJ and emoji tags excepted, as in `Sanitizer`).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 { return true }
        if value == 0x200C || value == 0x200D || (0xE0020...0xE007F).contains(value) { return false }
        return scalar.properties.generalCategory == .format
    }

    /// Stops the fuzzer with a finding.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("FUZZ FINDING: " + message + "\n").utf8))
        abort()
    }

    /// Fails unless `document` is well-formed XML.
    static func requireXML(_ document: String, _ what: String) {
        let parser = XMLParser(data: Data(document.utf8))
        if !parser.parse() {
            fail("\(what) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
    }
}
