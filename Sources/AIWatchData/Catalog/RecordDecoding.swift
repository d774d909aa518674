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
            reader.finished(Evidence(source: reader.string("source"), quote: reader.text("quote")))
        }
        if list.isEmpty, contains("evidence") { problem("must hold at least one quote", field: "evidence") }
        return list
    }

    func fuzzyDate(_ key: String, required: Bool = false) -> FuzzyDate? {
        guard let reader = object(key, required: required) else { return nil }
        let date = FuzzyDate(
            phrase: reader.optionalString("phrase"), date: reader.string("date"), end: reader.optionalString("end"),
            approximate: reader.bool("approximate"), basis: reader.basis()
        )
        for (field, value) in [("date", date.date), ("end", date.end ?? "")] where !value.isEmpty && !FuzzyDate.isValid(value) {
            reader.problem("expected YYYY, YYYY-MM or YYYY-MM-DD, found \"\(value)\"", field: field)
        }
        if let end = date.end, FuzzyDate.isValid(end), end < date.date {
            reader.problem("a span ends no earlier than it starts (\"\(date.date)\"), found \"\(end)\"", field: "end")
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
        let reason = optionalString("reason")
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
            if reason.count > Basis.maxReasonLength {
                problem("a reason is a short sentence of at most \(Basis.maxReasonLength) characters, found \(reason.count)", field: "reason")
            }
            return .inferred(reason: reason)
        case nil:
            return .stated
        }
    }

    /// A link to an organisation, with its basis.
    func link() -> Link {
        let id = string("id")
        return finished(Link(id: id, basis: basis()))
    }

    func source() -> Source {
        finished(Source(
            id: string("id"), headline: string("headline"), publisher: string("publisher"),
            published: publishedMonth(), url: optionalString("url"), note: optionalString("note"),
            evidence: evidenceList()
        ))
    }

    private func publishedMonth() -> String {
        let month = string("published")
        if !month.isEmpty && (month.count != 7 || !FuzzyDate.isValid(month)) {
            problem("expected YYYY-MM, found \"\(month)\"", field: "published")
        }
        return month
    }

    func organisation() -> Organisation {
        let id = string("id")
        return finished(Organisation(
            id: id, name: string("name"), nameZh: optionalString("nameZh"),
            kind: enumeration("kind", as: Organisation.Kind.self) ?? .company, parent: optionalString("parent"),
            sectors: strings("sectors"), summary: text("summary"),
            products: objects("products") { $0.product(of: id) }, evidence: evidenceList()
        ))
    }

    /// A product listed under the organisation `owner`, whose `organisation` link must name it.
    func product(of owner: String) -> Product {
        finished(Product(
            id: string("id"), name: string("name"), summary: text("summary"), sectors: strings("sectors"),
            organisation: owningOrganisation(owner),
            unit: optionalString("unit"), status: enumeration("status", as: Product.Status.self) ?? .announced,
            expected: fuzzyDate("expected")
        ))
    }

    private func owningOrganisation(_ owner: String) -> Link {
        guard let reader = object("organisation", required: true) else { return Link(id: owner) }
        let link = reader.link()
        if link.id != owner {
            reader.problem("a product's organisation is the one it is listed under, \"\(owner)\", found \"\(link.id)\"", field: "id")
        }
        return link
    }

    func regulation() -> Regulation {
        finished(Regulation(
            id: string("id"), title: text("title"), kind: enumeration("kind", as: Regulation.Kind.self) ?? .regulation,
            issuedBy: strings("issuedBy"), overseenBy: strings("overseenBy"), date: fuzzyDate("date"),
            summary: text("summary"), covers: text("covers"), appliesTo: text("appliesTo"),
            affects: objects("affects") { $0.link() }, requirements: strings("requirements"), status: string("status"),
            evidence: evidenceList()
        ))
    }

    func statistic() -> Statistic {
        finished(Statistic(
            id: string("id"), label: string("label"), subject: string("subject"), about: strings("about"),
            value: number("value"), display: string("display"), qualifier: optionalString("qualifier"),
            unit: string("unit"), share: object("share").map { $0.share() }, asOf: fuzzyDate("asOf"),
            summary: text("summary"), attribution: optionalString("attribution"), evidence: evidenceList()
        ))
    }

    func share() -> Share {
        let share = Share(
            ratio: number("ratio"), qualifier: optionalString("qualifier"), phrase: string("phrase"),
            part: optionalNumber("part"), whole: optionalNumber("whole"), of: string("of")
        )
        if !(0...1).contains(share.ratio) { problem("ratio must be between 0 and 1, found \(share.ratio)", field: "ratio") }
        return finished(share)
    }

    func person() -> Person {
        finished(Person(
            id: string("id"), name: string("name"), role: string("role"), affiliation: string("affiliation"),
            summary: text("summary"), quotes: objects("quotes") { $0.quote() }, evidence: evidenceList()
        ))
    }

    func quote() -> Quote {
        finished(Quote(
            id: string("id"), text: text("text"), source: string("source"), via: optionalString("via"),
            about: strings("about")
        ))
    }

    func event() -> Event {
        finished(Event(
            id: string("id"), title: text("title"),
            date: fuzzyDate("date", required: true) ?? FuzzyDate(phrase: nil, date: "", approximate: false),
            summary: text("summary"), related: strings("related"), evidence: evidenceList()
        ))
    }
}
