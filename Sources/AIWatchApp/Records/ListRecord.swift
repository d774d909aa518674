import AIWatchData
import TerminalKit

/// A record as `aiwatch list` gives it to scripts: typed members in a fixed order per pane, which JSON writes as
/// they are and CSV flattens into the same columns for every row.
public enum ListRecord {
    /// The members of `ref` as a row of `pane` (the overview lists as the Companies do).
    public static func members(_ ref: RecordRef, catalog: Catalog) -> [ListMember] {
        [ListMember("id", .clean(catalog.id(of: ref)))] + typed(ref, catalog: catalog) + [
            ListMember("sources", .texts(unique(catalog.evidence(of: ref).compactMap { catalog.source($0.source)?.citation }))),
            ListMember("evidence", .list(catalog.evidence(of: ref).map { evidence($0, catalog: catalog) })),
        ]
    }

    /// The members every record of `pane` has (those of its first record in the catalog), for a CSV header
    /// that does not depend on what the filter leaves; `id` alone for a pane with no records.
    public static func template(_ pane: Pane, catalog: Catalog) -> [ListMember] {
        let first: RecordRef? = switch pane {
        case .dashboard, .companies: catalog.organisations.isEmpty ? nil : .organisation(0)
        case .regulations: catalog.regulations.isEmpty ? nil : .regulation(0)
        case .statistics: catalog.statistics.isEmpty ? nil : .statistic(0)
        case .people: catalog.people.isEmpty ? nil : .person(0)
        case .quotes: catalog.people.firstIndex { !$0.quotes.isEmpty }.map { .quote(person: $0, index: 0) }
        case .timeline: catalog.events.isEmpty ? nil : .event(0)
        case .sources: catalog.sources.isEmpty ? nil : .source(0)
        }
        return first.map { members($0, catalog: catalog) } ?? [ListMember("id", .null)]
    }

    private static func typed(_ ref: RecordRef, catalog: Catalog) -> [ListMember] {
        switch ref {
        case .organisation(let i):
            let organisation = catalog.organisations[i]
            return [
                ListMember("name", .clean(organisation.name)), ListMember("name_zh", .clean(organisation.nameZh)),
                ListMember("kind", .clean(organisation.kind.rawValue)),
                ListMember("parent", organisation.parent.map { link($0, catalog: catalog) } ?? .absent(members: linkMembers)),
                ListMember("sectors", .texts(organisation.sectors)),
                ListMember("products", .list(organisation.products.map { product($0, catalog: catalog) })),
                ListMember("summary", .clean(organisation.summary.string)),
            ]
        case .regulation(let i):
            let regulation = catalog.regulations[i]
            return [
                ListMember("rule", .clean(regulation.title.string)), ListMember("kind", .clean(regulation.kind.rawValue)),
                ListMember("issued_by", links(regulation.issuedBy, catalog: catalog)),
                ListMember("overseen_by", links(regulation.overseenBy, catalog: catalog)),
                ListMember("since", .date(regulation.date)), ListMember("status", .clean(regulation.status)),
                ListMember("covers", .clean(regulation.covers.string)), ListMember("applies_to", .clean(regulation.appliesTo.string)),
                ListMember("affects", .list(regulation.affects.map { link($0, catalog: catalog) })),
                ListMember("requirements", .texts(regulation.requirements)),
                ListMember("summary", .clean(regulation.summary.string)),
            ]
        case .statistic(let i):
            let statistic = catalog.statistics[i]
            return [
                ListMember("figure", .number(statistic.value)), ListMember("qualifier", .clean(statistic.qualifier)),
                ListMember("figure_as_written", .clean(statistic.display)), ListMember("unit", .clean(statistic.unit)),
                ListMember("what", .clean(statistic.label)), ListMember("subject", .clean(statistic.subject)),
                ListMember("share", share(statistic.share)), ListMember("as_of", .date(statistic.asOf)),
                ListMember("attribution", .clean(statistic.attribution)),
                ListMember("about", links(statistic.about, catalog: catalog)),
                ListMember("summary", .clean(statistic.summary.string)),
            ]
        case .person(let i):
            let person = catalog.people[i]
            return [
                ListMember("name", .clean(person.name)), ListMember("role", .clean(person.role)),
                ListMember("affiliation", link(person.affiliation, catalog: catalog)),
                ListMember("quotes", .list(person.quotes.map { quote($0, catalog: catalog) })),
                ListMember("summary", .clean(person.summary.string)),
            ]
        case .event(let i):
            let event = catalog.events[i]
            return [
                ListMember("when", .date(event.date)), ListMember("event", .clean(event.title.string)),
                ListMember("related", links(event.related, catalog: catalog)),
                ListMember("summary", .clean(event.summary.string)),
            ]
        case .source(let i):
            let source = catalog.sources[i]
            return [
                ListMember("publisher", .clean(source.publisher)), ListMember("headline", .clean(source.headline)),
                ListMember("published", .clean(source.published)), ListMember("url", .clean(source.url)),
                ListMember("note", .clean(source.note)),
                ListMember("records", .number(Double(catalog.recordsCiting(source.id).reduce(0) { $0 + $1.count }))),
            ]
        case .quote(let i, let j):
            let person = catalog.people[i]
            let quote = person.quotes[j]
            return [
                ListMember("person", link(person.id, catalog: catalog)), ListMember("role", .clean(person.role)),
                ListMember("affiliation", link(person.affiliation, catalog: catalog)),
                ListMember("quote", .clean(quote.text.string)), ListMember("via", .clean(quote.via)),
                ListMember("source", source(quote.source, catalog: catalog)),
                ListMember("about", links(quote.about, catalog: catalog)),
            ]
        case .product:
            return [ListMember("name", .clean(catalog.name(of: catalog.id(of: ref))))]
        }
    }

    /// The members of a link's object.
    private static let linkMembers = ["id", "name"]

    /// A link to another record: `{"id": "cac", "name": "Cyberspace Administration of China (CAC)"}`, then
    /// `qualities`, what the data says of the link itself (such as whether the article states it or the data infers
    /// it, and why). Every link is an object, so that such members join it without changing its type; CSV shows a
    /// link by its name.
    static func link(_ id: String, catalog: Catalog, qualities: [ListMember] = []) -> ListValue {
        let name = catalog.name(of: id)
        return .object([ListMember("id", .clean(id)), ListMember("name", .clean(name))] + qualities, cell: Sanitizer.clean(name))
    }

    /// A link whose basis the data records: `{"id", "name", "basis", "reason"}`; in a cell the name, followed by
    /// "(inferred)" when the compilers inferred the link.
    private static func link(_ link: Link, catalog: Catalog) -> ListValue {
        let name = catalog.name(of: link.id)
        let members = [ListMember("id", .clean(link.id)), ListMember("name", .clean(name))] + ListValue.basis(link.basis)
        return .object(members, cell: Sanitizer.clean(name + (link.basis.isInferred ? " (inferred)" : "")))
    }

    private static func links(_ ids: [String], catalog: Catalog) -> ListValue {
        .list(ids.map { link($0, catalog: catalog) })
    }

    /// `{"id", "name", "organisation", "status", "expected", "sectors", "unit"}`; in a cell "name [id]".
    private static func product(_ product: Product, catalog: Catalog) -> ListValue {
        .object([
            ListMember("id", .clean(product.id)), ListMember("name", .clean(product.name)),
            ListMember("organisation", link(product.organisation, catalog: catalog)),
            ListMember("status", .clean(product.status.rawValue)), ListMember("expected", .date(product.expected).orNull),
            ListMember("sectors", .texts(product.sectors)),
            ListMember("unit", product.unit.map { link($0, catalog: catalog) } ?? .null),
        ], cell: Sanitizer.clean(product.name + " [" + product.id + "]"))
    }

    /// `{"ratio", "qualifier", "phrase", "part", "whole", "of"}`.
    private static func share(_ share: Share?) -> ListValue {
        let members = ["ratio", "qualifier", "phrase", "part", "whole", "of"]
        guard let share else { return .absent(members: members) }
        return .object([
            ListMember("ratio", .number(share.ratio)), ListMember("qualifier", .clean(share.qualifier)),
            ListMember("phrase", .clean(share.phrase)), ListMember("part", .number(share.part)),
            ListMember("whole", .number(share.whole)), ListMember("of", .clean(share.of)),
        ], cell: Sanitizer.clean(share.phrase))
    }

    /// A quote of a person: `{"id", "quote", "via", "source", "about"}`; in a cell "“quote” — publisher, month".
    static func quote(_ quote: Quote, catalog: Catalog) -> ListValue {
        let text = quote.text.string
        return .object([
            ListMember("id", .clean(quote.id)), ListMember("quote", .clean(text)), ListMember("via", .clean(quote.via)),
            ListMember("source", source(quote.source, catalog: catalog)),
            ListMember("about", links(quote.about, catalog: catalog)),
        ], cell: Sanitizer.clean("“" + text + "” — " + (catalog.source(quote.source)?.citation ?? quote.source)))
    }

    /// `{"source": {…}, "quote": "…"}`; in a cell "“quote” — publisher, month".
    private static func evidence(_ evidence: Evidence, catalog: Catalog) -> ListValue {
        let text = evidence.quote.string
        return .object([ListMember("source", source(evidence.source, catalog: catalog)), ListMember("quote", .clean(text))],
                       cell: Sanitizer.clean("“" + text + "” — " + (catalog.source(evidence.source)?.citation ?? evidence.source)))
    }

    /// `{"id", "publisher", "month", "url"}`: where the words come from, as `sources.json` records it.
    static func source(_ id: String, catalog: Catalog) -> ListValue {
        guard let source = catalog.source(id) else { return .object([ListMember("id", .clean(id))], cell: Sanitizer.clean(id)) }
        return .object([
            ListMember("id", .clean(source.id)), ListMember("publisher", .clean(source.publisher)),
            ListMember("month", .clean(source.published)), ListMember("url", .clean(source.url)),
        ], cell: Sanitizer.clean(source.citation))
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension ListValue {
    /// An absent object as plain `null`: inside a list's object, where CSV needs no columns for it.
    var orNull: ListValue {
        if case .absent = self { return .null }
        return self
    }
}
