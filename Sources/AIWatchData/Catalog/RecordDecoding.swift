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
        let date = FuzzyDate(phrase: reader.string("phrase"), date: reader.string("date"), approximate: reader.bool("approximate"))
        if !date.date.isEmpty && !FuzzyDate.isValid(date.date) {
            reader.problem("expected YYYY, YYYY-MM or YYYY-MM-DD, found \"\(DataProblem.quoted(date.date))\"", field: "date")
        }
        return reader.finished(date)
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
            problem("expected YYYY-MM, found \"\(DataProblem.quoted(month))\"", field: "published")
        }
        return month
    }

    func organisation() -> Organisation {
        finished(Organisation(
            id: string("id"), name: string("name"), nameZh: optionalString("nameZh"),
            kind: enumeration("kind", as: Organisation.Kind.self) ?? .company, parent: optionalString("parent"),
            sectors: strings("sectors"), summary: text("summary"),
            products: objects("products") { $0.product() }, evidence: evidenceList()
        ))
    }

    func product() -> Product {
        finished(Product(
            id: string("id"), name: string("name"), summary: text("summary"), sectors: strings("sectors"),
            unit: optionalString("unit"), status: enumeration("status", as: Product.Status.self) ?? .announced,
            expected: fuzzyDate("expected")
        ))
    }

    func regulation() -> Regulation {
        finished(Regulation(
            id: string("id"), title: text("title"), kind: enumeration("kind", as: Regulation.Kind.self) ?? .regulation,
            issuedBy: strings("issuedBy"), overseenBy: strings("overseenBy"), date: fuzzyDate("date"),
            summary: text("summary"), covers: text("covers"), appliesTo: text("appliesTo"),
            affects: strings("affects"), requirements: strings("requirements"), status: string("status"),
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
            date: fuzzyDate("date", required: true) ?? FuzzyDate(phrase: "", date: "", approximate: false),
            summary: text("summary"), related: strings("related"), evidence: evidenceList()
        ))
    }
}
