import AIWatchTestSupport
import Foundation

@testable import TerminalKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML with Foundation's parser and keeps every element's name, attributes and direct text.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    /// Why parsing failed, or nil when the document is well-formed.
    private(set) var failure: String?

    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        if !parser.parse() {
            failure = parser.parserError.map { "\($0)" } ?? "unknown error"
            failure! += " at line \(parser.lineNumber), column \(parser.columnNumber)"
        }
    }

    /// The elements named `name`, in document order.
    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}
