import AIWatchData
import Foundation
import TerminalKit

/// A short string naming a view — pane, filter, a zoomed overview, selected record, and `!` when its detail is
/// open — that a briefing can cite and `aiwatch --view` reopens: `companies?q=sector:finance#jd-com`,
/// `people#winston-ma!`, `dashboard?zoom#baidu`, and `?grid` when the who-is-affected grid is open.
public enum ViewString {
    /// Characters percent-encoded in the query part; everything else (CJK included) stays as typed. A list, not a
    /// `Set`: the first set of characters would cost a search of all the binary's protocol conformances, on the
    /// first frame.
    private static let reserved: [Character] = ["%", "#", "&", "+", "?", "!", "\"", " "]

    /// The view string of what `state` shows.
    public static func format(_ state: AppState, catalog: Catalog) -> String {
        var parameters: [String] = []
        if !state.filter.applied.isEmpty {
            parameters.append("q=" + state.filter.applied.map { character in
                character == " " ? "+" : reserved.contains(character)
                    ? String(character).utf8.map { "%" + String($0, radix: 16, uppercase: true) }.joined() : String(character)
            }.joined())
        }
        if let sort = state.sort[state.listPane], let name = PaneSort.name(of: sort.column, in: state.listPane) {
            parameters.append("sort=" + name + (sort.descending ? ":desc" : ""))
        }
        if state.zoomed && state.pane == .dashboard { parameters.append("zoom") }
        if state.grid != nil { parameters.append("grid") }
        var text = state.pane.rawValue + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
        if let ref = state.detailPath.last {
            text += "#" + catalog.id(of: ref) + "!"
        } else if let ref = state.selectedRecord {
            text += "#" + catalog.id(of: ref)
        }
        return text
    }

    /// A view string cut to `width` cells so a reader can still place it: first the filter gives way
    /// (`companies?q=…#jd-com`), then the middle of a long record id (`statistics#beiji…panies`); the pane stays.
    /// Empty when only a short id would be left to cut.
    public static func shorten(_ text: String, to width: Int) -> String {
        guard CellWidth.of(text) > width else { return text }
        var head = text[...]
        var tail = ""[...]
        if let hash = text.firstIndex(of: "#") {
            head = text[..<hash]
            tail = text[hash...]
        }
        var shortened = String(head)
        if let question = head.firstIndex(of: "?") {
            shortened = String(head[..<question]) + "?q=…"
            if CellWidth.of(shortened + tail) <= width { return shortened + tail }
        }
        let room = width - CellWidth.of(shortened)
        guard !tail.isEmpty else { return TextFit.truncate(shortened, to: width) }
        // A short id cut in the middle names nothing (`#jd…om`): such a view string is left off instead.
        let idWidth = CellWidth.of(String(tail))
        guard room >= 5, idWidth > 12 else { return "" }
        return shortened + TextFit.truncateMiddle(String(tail), to: room)
    }

    /// The view options a string names.
    public static func parse(_ text: String) throws(UsageError) -> ViewOptions {
        var options = ViewOptions()
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            var id = String(rest[rest.index(after: hash)...])
            if id.hasSuffix("!") {
                options.open = true
                id.removeLast()
            }
            guard !id.isEmpty else { throw UsageError(message: "view \"\(Sanitizer.clean(text))\" has an empty #id") }
            options.select = id.removingPercentEncoding ?? id
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            let parameters = rest[rest.index(after: question)...]
            rest = rest[..<question]
            for parameter in parameters.split(separator: "&") {
                if parameter == "zoom" {
                    options.zoom = true
                    continue
                }
                if parameter == "grid" {
                    options.grid = true
                    continue
                }
                if parameter.hasPrefix("sort=") {
                    options.sort = String(parameter.dropFirst(5))
                    continue
                }
                guard parameter.hasPrefix("q=") else {
                    throw UsageError(message: "view \"\(Sanitizer.clean(text))\": unknown part \"\(Sanitizer.clean(String(parameter)))\"; q=, sort=, zoom and grid are known")
                }
                let value = parameter.dropFirst(2).replacingOccurrences(of: "+", with: " ")
                options.filter = value.removingPercentEncoding ?? value
            }
        }
        options.pane = try Pane.named(rest.isEmpty ? "dashboard" : String(rest))
        return options
    }
}
