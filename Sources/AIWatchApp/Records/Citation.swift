import AIWatchData
import TerminalKit

/// A record cited for a briefing: what it says (a quote verbatim, or the record's name and summary), the sources
/// it comes from with publisher, month and URL, and the view string that reopens it in aiwatch.
public struct Citation: Equatable, Sendable {
    /// The record's id.
    public let id: String
    /// A quote's words, verbatim; nil for a record that is not a quote.
    public let quote: String?
    /// Who said a quote ("Paul Triolo, Head of technology policy"), or the record's name.
    public let attribution: String
    /// The record's summary; empty for a quote.
    public let summary: String
    /// The sources behind it, each once, in catalog order.
    public let sources: [(citation: String, url: String?)]
    /// The view string that reopens it.
    public let view: String

    /// The citation of `ref`, reopened by `view`.
    public init(_ ref: RecordRef, view: String, catalog: Catalog) {
        id = catalog.id(of: ref)
        self.view = view
        if case .quote(let i, let j) = ref {
            let person = catalog.people[i]
            quote = person.quotes[j].text.string
            attribution = person.name + ", " + catalog.credit(of: person) + (person.quotes[j].via.map { " (\($0))" } ?? "")
            summary = ""
        } else {
            quote = nil
            attribution = catalog.name(of: id)
            summary = Citation.summary(of: ref, catalog: catalog)
        }
        var seen = Set<String>()
        let ids = catalog.evidence(of: ref).map(\.source) + (quoteSource(ref, catalog).map { [$0] } ?? [])
        sources = catalog.sources.filter { ids.contains($0.id) && seen.insert($0.id).inserted }.map { ($0.citation, $0.url) }
    }

    /// Whether every field is the same, the sources compared citation by citation (tuples are not `Equatable`).
    public static func == (a: Citation, b: Citation) -> Bool {
        a.id == b.id && a.quote == b.quote && a.attribution == b.attribution && a.summary == b.summary
            && a.sources.map(\.citation) == b.sources.map(\.citation) && a.sources.map(\.url) == b.sources.map(\.url) && a.view == b.view
    }

    /// The citation as text in `format`; every string from the data sanitized, so none reaches a terminal or a
    /// clipboard as a control sequence.
    public func text(_ format: CitationFormat) -> String {
        let clean = Sanitizer.clean
        let sourceLines = sources.map { clean($0.citation) + ($0.url.map { ", " + clean($0) } ?? "") }
        switch format {
        case .txt:
            let said = quote.map { "“\(clean($0))” — \(clean(attribution))" } ?? clean(attribution) + ": " + clean(summary)
            return said + "\nSource: " + sourceLines.joined(separator: "; ") + "\naiwatch view: " + view + "\n"
        case .md:
            let said = quote.map { "> “\(MarkdownExporter.escape(clean($0)))”\n>\n> — \(MarkdownExporter.escape(clean(attribution)))" }
                ?? "**\(MarkdownExporter.escape(clean(attribution)))**: \(MarkdownExporter.escape(clean(summary)))"
            let links = sources.map { source in
                let name = MarkdownExporter.escape(clean(source.citation))
                return source.url.map { "[\(name)](\(clean($0)))" } ?? name
            }
            return said + "\n\nSource: " + links.joined(separator: "; ") + ". aiwatch view: `" + view + "`\n"
        case .json:
            var writer = JSONWriter()
            writer.object { object in
                object.member("id", id)
                object.member("quote", quote.map(clean))
                object.member("attribution", clean(attribution))
                object.member("summary", quote == nil ? clean(summary) : nil)
                object.key("sources")
                object.array { list in
                    for source in sources {
                        list.object { entry in
                            entry.member("citation", clean(source.citation))
                            entry.member("url", source.url.map(clean))
                        }
                    }
                }
                object.member("view", view)
            }
            return String(decoding: writer.bytes, as: UTF8.self) + "\n"
        }
    }

    private static func summary(of ref: RecordRef, catalog: Catalog) -> String {
        switch ref {
        case .organisation(let i): return catalog.organisations[i].summary.string
        case .product(let i, let j): return catalog.organisations[i].products[j].summary.string
        case .regulation(let i): return catalog.regulations[i].summary.string
        case .statistic(let i): return catalog.statistics[i].summary.string
        case .person(let i): return catalog.people[i].summary.string
        case .event(let i): return catalog.events[i].summary.string
        case .source(let i): return catalog.sources[i].headline
        case .quote: return ""
        }
    }
}

private func quoteSource(_ ref: RecordRef, _ catalog: Catalog) -> String? {
    if case .quote(let i, let j) = ref { return catalog.people[i].quotes[j].source }
    if case .source(let i) = ref { return catalog.sources[i].id }
    return nil
}

/// The forms `aiwatch cite` prints a citation in.
public enum CitationFormat: String, CaseIterable, OptionValue {
    case md, txt, json
}
