import Foundation

/// SVG and HTML exporters: a screen holding the (sanitized) input, in every theme, exports to well-formed XML.
func fuzzExport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Sanitizer.clean(FuzzSupport.text(data, size))
    var screen = Screen(width: 24, height: 4)
    let roles = Role.allCases
    for (row, line) in text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).enumerated() {
        screen.put(String(line), x: row, y: row, role: roles[(size + row) % roles.count], flags: [])
    }
    let caption = Provenance(pane: text, filter: text, matched: 1, total: 2, sources: [text], dataDate: "2026-01-01").exportCaption
    let theme = Theme.named(Theme.Name.allCases[size % 3])
    FuzzSupport.requireXML(SVGExporter.render(screen, theme: theme, caption: caption), "SVG")
    FuzzSupport.requireXML(HTMLExporter.render(screen, theme: theme, caption: caption), "HTML")
    return 0
}
