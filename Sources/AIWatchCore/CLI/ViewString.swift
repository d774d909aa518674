import Foundation

/// A short string naming a view — pane, filter, selected record — that a briefing can cite and
/// `aiwatch --view` reopens: `companies?q=sector:finance#jd`.
public enum ViewString {
    /// Characters left as they are in the query part; everything else is percent-encoded.
    private static let queryCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: ":-_.~,'!*()/@")
        return set
    }()

    /// The view string of what `state` shows.
    public static func format(_ state: AppState, catalog: Catalog) -> String {
        var text = state.pane.rawValue
        if !state.filter.applied.isEmpty {
            let encoded = state.filter.applied.addingPercentEncoding(withAllowedCharacters: queryCharacters) ?? ""
            text += "?q=" + encoded.replacingOccurrences(of: "%20", with: "+")
        }
        if let ref = state.detailPath.last ?? state.selectedRecord { text += "#" + catalog.id(of: ref) }
        return text
    }

    /// The view options a string names.
    public static func parse(_ text: String) throws(UsageError) -> ViewOptions {
        var options = ViewOptions()
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            let id = String(rest[rest.index(after: hash)...])
            guard !id.isEmpty else { throw UsageError(message: "view \"\(Sanitizer.clean(text))\" has an empty #id") }
            options.select = id.removingPercentEncoding ?? id
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            let parameters = rest[rest.index(after: question)...]
            rest = rest[..<question]
            for parameter in parameters.split(separator: "&") {
                guard parameter.hasPrefix("q=") else {
                    throw UsageError(message: "view \"\(Sanitizer.clean(text))\": unknown part \"\(Sanitizer.clean(String(parameter)))\"; only q= is known")
                }
                let value = parameter.dropFirst(2).replacingOccurrences(of: "+", with: " ")
                options.filter = value.removingPercentEncoding ?? value
            }
        }
        options.pane = try CommandLineParser.parsePane(rest.isEmpty ? "dashboard" : String(rest))
        return options
    }
}
