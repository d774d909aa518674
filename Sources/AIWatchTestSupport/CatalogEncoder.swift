import AIWatchData

/// Writes a catalog out as a data folder's files, in the schema `CatalogLoader` reads (`Data/README.md`): what
/// the benchmark loads, and a check that the schema round-trips.
public enum CatalogEncoder {
    /// One file per kind of record, in `DataFileName` order.
    public static func files(_ catalog: Catalog) -> [DataFile] {
        DataFileName.allCases.map { name in
            var writer = JSONWriter()
            writer.array { writer in
                switch name {
                case .sources: for record in catalog.sources { writer.write(record) }
                case .companies: for record in catalog.organisations { writer.write(record) }
                case .regulations: for record in catalog.regulations { writer.write(record) }
                case .statistics: for record in catalog.statistics { writer.write(record) }
                case .people: for record in catalog.people { writer.write(record) }
                case .events: for record in catalog.events { writer.write(record) }
                }
            }
            return DataFile(name: name.fileName, bytes: writer.bytes)
        }
    }
}

private extension JSONWriter {
    mutating func write(_ source: Source) {
        object { w in
            w.member("id", source.id)
            w.member("headline", source.headline)
            w.member("publisher", source.publisher)
            w.member("published", source.published)
            w.member("url", source.url)
            w.member("note", source.note)
            w.write(source.evidence)
        }
    }

    mutating func write(_ organisation: Organisation) {
        object { w in
            w.member("id", organisation.id)
            w.member("name", organisation.name)
            w.member("nameZh", organisation.nameZh)
            w.member("kind", organisation.kind.rawValue)
            w.member("parent", organisation.parent)
            w.member("sectors", organisation.sectors)
            w.member("summary", organisation.summary.string)
            w.key("products")
            w.array { w in
                for product in organisation.products { w.write(product) }
            }
            w.write(organisation.evidence)
        }
    }

    mutating func write(_ product: Product) {
        object { w in
            w.member("id", product.id)
            w.member("name", product.name)
            w.member("summary", product.summary.string)
            w.member("sectors", product.sectors)
            w.write("organisation", product.organisation)
            w.member("unit", product.unit)
            w.member("status", product.status.rawValue)
            w.write("expected", product.expected)
        }
    }

    mutating func write(_ regulation: Regulation) {
        object { w in
            w.member("id", regulation.id)
            w.member("title", regulation.title.string)
            w.member("kind", regulation.kind.rawValue)
            w.member("issuedBy", regulation.issuedBy)
            w.member("overseenBy", regulation.overseenBy)
            w.write("date", regulation.date)
            w.member("summary", regulation.summary.string)
            w.member("covers", regulation.covers.string)
            w.member("appliesTo", regulation.appliesTo.string)
            w.key("affects")
            w.array { w in
                for link in regulation.affects { w.write(nil, link) }
            }
            w.member("requirements", regulation.requirements)
            w.member("status", regulation.status)
            w.write(regulation.evidence)
        }
    }

    mutating func write(_ statistic: Statistic) {
        object { w in
            w.member("id", statistic.id)
            w.member("label", statistic.label)
            w.member("subject", statistic.subject)
            w.member("about", statistic.about)
            w.member("value", statistic.value)
            w.member("display", statistic.display)
            w.member("qualifier", statistic.qualifier)
            w.member("unit", statistic.unit)
            if let share = statistic.share {
                w.key("share")
                w.object { w in
                    w.member("ratio", share.ratio)
                    w.member("qualifier", share.qualifier)
                    w.member("phrase", share.phrase)
                    w.member("part", share.part)
                    w.member("whole", share.whole)
                    w.member("of", share.of)
                }
            }
            w.write("asOf", statistic.asOf)
            w.member("summary", statistic.summary.string)
            w.member("attribution", statistic.attribution)
            w.write(statistic.evidence)
        }
    }

    mutating func write(_ person: Person) {
        object { w in
            w.member("id", person.id)
            w.member("name", person.name)
            w.member("role", person.role)
            w.member("affiliation", person.affiliation)
            w.member("summary", person.summary.string)
            w.key("quotes")
            w.array { w in
                for quote in person.quotes {
                    w.object { w in
                        w.member("id", quote.id)
                        w.member("text", quote.text.string)
                        w.member("source", quote.source)
                        w.member("via", quote.via)
                        w.member("about", quote.about)
                    }
                }
            }
            w.write(person.evidence)
        }
    }

    mutating func write(_ event: Event) {
        object { w in
            w.member("id", event.id)
            w.member("title", event.title.string)
            w.write("date", event.date)
            w.member("summary", event.summary.string)
            w.member("related", event.related)
            w.write(event.evidence)
        }
    }

    mutating func write(_ key: String, _ date: FuzzyDate?) {
        guard let date else { return }
        self.key(key)
        object { w in
            w.member("phrase", date.phrase)
            w.member("date", date.date)
            w.member("end", date.end)
            w.key("approximate")
            w.value(date.approximate)
            w.write(date.basis)
        }
    }

    /// A link object, as the member `key` or (with no key) as an element of an array.
    mutating func write(_ key: String?, _ link: Link) {
        if let key { self.key(key) }
        object { w in
            w.member("id", link.id)
            w.write(link.basis)
        }
    }

    /// The `basis` member, and the `reason` of an inference.
    mutating func write(_ basis: Basis) {
        member("basis", basis.word)
        member("reason", basis.reason)
    }

    mutating func write(_ evidence: [Evidence]) {
        key("evidence")
        array { w in
            for item in evidence {
                w.object { w in
                    w.member("source", item.source)
                    w.member("quote", item.quote.string)
                }
            }
        }
    }
}
