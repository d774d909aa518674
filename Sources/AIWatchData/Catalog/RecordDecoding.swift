/// How a data file spells a `Basis`.
private enum BasisWord: String, CaseIterable { case stated, inferred }

/// Turns object readers into model values. Each decoder reads every field of its schema (see `Data/README.md`) and
/// then rejects the fields it does not know.
extension FieldReading {
    // `consuming`: the decoded value is handed on, not copied (a copy retains every string in it).
    private func finished<T>(_ value: consuming T) -> T {
        rejectUnknownFields()
        return value
    }

    func evidenceList() -> [Evidence] {
        let list = objects("evidence") { reader in
            reader.finished(Evidence(source: reader.string("source", .identifier), quote: reader.text("quote", .quote)))
        }
        if list.isEmpty, contains("evidence") { problem("must hold at least one quote", field: "evidence") }
        return list
    }

    func fuzzyDate(_ key: String, required: Bool = false) -> FuzzyDate? {
        guard let reader = object(key, required: required) else { return nil }
        let date = FuzzyDate(
            phrase: reader.optionalString("phrase", .shortText), date: reader.string("date", .shortText), end: reader.optionalString("end", .shortText),
            approximate: reader.bool("approximate"), basis: reader.basis()
        )
        for (field, value) in [("date", date.date), ("end", date.end ?? "")] where !value.isEmpty && !FuzzyDate.isValid(value) {
            reader.problem("expected YYYY, YYYY-MM or YYYY-MM-DD, found \"\(DataProblem.quoted(value))\"", field: field)
        }
        if let end = date.end, FuzzyDate.isValid(end), end < date.date {
            reader.problem("a span ends no earlier than it starts (\"\(date.date)\"), found \"\(DataProblem.quoted(end))\"", field: "end")
        }
        if let phrase = date.phrase, Self.isBlank(phrase) { reader.problem("must not be empty", field: "phrase") }
        // Without the article's words the date can only be the compilers' placing.
        if date.phrase == nil, !date.basis.isInferred {
            reader.problem("a date without a phrase is placed by the compilers: its basis must be \"inferred\"", field: "basis")
        }
        return reader.finished(date)
    }

    /// The `basis` of a link or a date, with its `reason`: required for an inference, refused for a statement,
    /// and a short sentence at most.
    func basis() -> Basis {
        let reason = optionalString("reason", .shortText)
        switch enumeration("basis", as: BasisWord.self) {
        case .stated?:
            if reason != nil { problem("a stated basis takes no reason; say \"inferred\" to give one", field: "reason") }
            return .stated
        case .inferred?:
            guard let reason else {
                problem("missing required field \"reason\": an inferred basis says why, in a sentence", field: nil)
                return .inferred(reason: "")
            }
            if Self.isBlank(reason) { problem("must not be empty", field: "reason") }
            return .inferred(reason: reason)
        case nil:
            return .stated
        }
    }

    /// A link to an organisation, with its basis.
    func link() -> Link {
        let id = string("id", .identifier)
        return finished(Link(id: id, basis: basis()))
    }

    func source() -> Source {
        finished(Source(
            id: string("id", .identifier), headline: string("headline", .shortText), publisher: string("publisher", .shortText),
            published: publishedMonth(), url: optionalString("url", .url), note: optionalString("note", .longText),
            evidence: evidenceList()
        ))
    }

    private func publishedMonth() -> String {
        let month = string("published", .shortText)
        if !month.isEmpty && (month.count != 7 || !FuzzyDate.isValid(month)) {
            problem("expected YYYY-MM, found \"\(DataProblem.quoted(month))\"", field: "published")
        }
        return month
    }

    func organisation() -> Organisation {
        let id = string("id", .identifier)
        return finished(Organisation(
            id: id, name: string("name", .shortText), nameZh: optionalString("nameZh", .shortText),
            kind: enumeration("kind", as: Organisation.Kind.self) ?? .company, parent: optionalString("parent", .identifier),
            sectors: strings("sectors", .shortText), summary: text("summary", .longText),
            products: objects("products") { $0.product(of: id) }, evidence: evidenceList()
        ))
    }

    /// A product listed under the organisation `owner`, whose `organisation` link must name it.
    func product(of owner: String) -> Product {
        finished(Product(
            id: string("id", .identifier), name: string("name", .shortText), summary: text("summary", .longText), sectors: strings("sectors", .shortText),
            organisation: owningOrganisation(owner),
            unit: optionalString("unit", .identifier), status: enumeration("status", as: Product.Status.self) ?? .announced,
            expected: fuzzyDate("expected")
        ))
    }

    private func owningOrganisation(_ owner: String) -> Link {
        guard let reader = object("organisation", required: true) else { return Link(id: owner) }
        let link = reader.link()
        if link.id != owner {
            reader.problem("a product's organisation is the one it is listed under, \"\(owner)\", found \"\(DataProblem.quoted(link.id))\"", field: "id")
        }
        return link
    }

    func regulation() -> Regulation {
        finished(Regulation(
            id: string("id", .identifier), title: text("title", .shortText), kind: enumeration("kind", as: Regulation.Kind.self) ?? .regulation,
            issuedBy: strings("issuedBy", .identifier), overseenBy: strings("overseenBy", .identifier), date: fuzzyDate("date"),
            summary: text("summary", .longText), covers: text("covers", .longText), appliesTo: text("appliesTo", .longText),
            affects: objects("affects") { $0.link() }, requirements: strings("requirements", .longText), status: string("status", .shortText),
            evidence: evidenceList()
        ))
    }

    func statistic() -> Statistic {
        finished(Statistic(
            id: string("id", .identifier), label: string("label", .shortText), subject: string("subject", .shortText), about: strings("about", .identifier),
            value: number("value"), display: string("display", .shortText), qualifier: optionalString("qualifier", .shortText),
            unit: string("unit", .shortText), share: object("share").map { $0.share() }, asOf: fuzzyDate("asOf"),
            summary: text("summary", .longText), attribution: optionalString("attribution", .shortText), evidence: evidenceList()
        ))
    }

    func share() -> Share {
        let share = Share(
            ratio: number("ratio"), qualifier: optionalString("qualifier", .shortText), phrase: string("phrase", .shortText),
            part: optionalNumber("part"), whole: optionalNumber("whole"), of: string("of", .shortText)
        )
        if !(0...1).contains(share.ratio) { problem("ratio must be between 0 and 1, found \(share.ratio)", field: "ratio") }
        return finished(share)
    }

    func person() -> Person {
        finished(Person(
            id: string("id", .identifier), name: string("name", .shortText), role: string("role", .shortText), affiliation: string("affiliation", .identifier),
            summary: text("summary", .longText), quotes: objects("quotes") { $0.quote() }, evidence: evidenceList()
        ))
    }

    func quote() -> Quote {
        finished(Quote(
            id: string("id", .identifier), text: text("text", .quote), source: string("source", .identifier), via: optionalString("via", .shortText),
            about: strings("about", .identifier)
        ))
    }

    func event() -> Event {
        finished(Event(
            id: string("id", .identifier), title: text("title", .shortText),
            date: fuzzyDate("date", required: true) ?? FuzzyDate(phrase: nil, date: "", approximate: false),
            summary: text("summary", .longText), related: strings("related", .identifier), evidence: evidenceList()
        ))
    }
}
