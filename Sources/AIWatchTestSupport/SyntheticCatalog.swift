import AIWatchData

/// Generated catalogs for benchmarks and scale tests: deterministic for a seed, spread across every kind like the
/// bundled data (30% organisations, 15% regulations, statistics and people each, 20% events, 5% sources), with
/// English text, Chinese names and their pinyin, accented Latin names, and only valid references.
public struct SyntheticCatalog {
    private typealias Words = SyntheticVocabulary

    private var random: SplitMix64
    private var organisationNames: [String] = []
    private var organisationKinds: [Organisation.Kind] = []
    private var issuers: [Int] = []
    private var sourceCount = 0
    private var publishers: [String] = []

    /// A catalog of about `records` top-level records (at least one of each kind), the same for the same seed.
    public static func make(records: Int, seed: UInt64) -> Catalog {
        var maker = SyntheticCatalog(random: SplitMix64(seed: seed))
        let total = max(records, 6)
        let counts = [5, 30, 15, 15, 15].map { max(1, total * $0 / 100) }
        let events = max(1, total - counts.reduce(0, +))
        return maker.catalog(sources: counts[0], organisations: counts[1], regulations: counts[2], statistics: counts[3], people: counts[4], events: events)
    }

    private init(random: SplitMix64) {
        self.random = random
    }

    private mutating func catalog(sources: Int, organisations: Int, regulations: Int, statistics: Int, people: Int, events: Int) -> Catalog {
        sourceCount = sources
        publishers = (0..<sources).map { _ in pick(Words.publishers) }
        var pinyin: [String: String] = [:]
        var chineseNames: [String?] = []
        for _ in 0..<organisations {
            let syllables = (0..<int(2...3)).map { _ in pick(Words.syllables) }
            let brand = syllables.prefix(2).map(\.pinyin).joined()
            organisationNames.append(brand.prefix(1).uppercased() + brand.dropFirst() + " " + pick(Words.companySuffixes))
            let roll = int(0...99)
            organisationKinds.append(roll < 80 ? .company : roll < 86 ? .governmentBody : roll < 90 ? .regulator : roll < 94 ? .researchInstitute : roll < 97 ? .university : .consultancy)
            if chance(90) {
                let chinese = syllables.map(\.hanzi).joined()
                pinyin[chinese] = syllables.map(\.pinyin).joined(separator: " ")
                chineseNames.append(chinese)
            } else {
                chineseNames.append(nil)
            }
        }
        issuers = organisationKinds.indices.filter { organisationKinds[$0] == .regulator || organisationKinds[$0] == .governmentBody }
        if issuers.isEmpty { issuers = [0] }
        let madeSources = (0..<sources).map { source($0) }
        let madeOrganisations = (0..<organisations).map { organisation($0, chinese: chineseNames[$0]) }
        let madeRegulations = (0..<regulations).map { regulation($0) }
        let madeStatistics = (0..<statistics).map { statistic($0) }
        let madePeople = (0..<people).map { person($0) }
        let madeEvents = (0..<events).map { event($0, regulations: regulations, statistics: statistics) }
        return Catalog(
            sources: madeSources, organisations: madeOrganisations, regulations: madeRegulations,
            statistics: madeStatistics, people: madePeople, events: madeEvents, pinyin: pinyin
        )
    }

    private mutating func source(_ i: Int) -> Source {
        let headline = "\(pick(organisationNamesOrDefault)) \(pick(Words.eventVerbs)) \(pick(Words.eventObjects)) as China’s AI race heats up"
        let id = "source-\(i)"
        return Source(
            id: id, headline: headline, publisher: publishers[i], published: String(int(2015...2025)) + "-" + twoDigits(int(1...12)),
            url: "https://news.example.com/\(i)", note: chance(10) ? "Republished rewrite; some passages are garbled." : nil,
            evidence: [Evidence(source: id, quote: StoredText(headline))]
        )
    }

    private var organisationNamesOrDefault: [String] { organisationNames.isEmpty ? ["A startup"] : organisationNames }

    private mutating func organisation(_ i: Int, chinese: String?) -> Organisation {
        let name = organisationNames[i]
        let sectors = some(Words.sectors, upTo: 3)
        let rival = organisationNames[int(0...(organisationNames.count - 1))]
        let summary = "\(name) is a \(pick(Words.cities))-based \(kindNoun(organisationKinds[i])) working on \(pick(Words.topics))"
            + (sectors.isEmpty ? "" : " for \(sectors[0]) customers") + ". It said it would \(pick(Words.actions)) \(pick(Words.timeframes))"
            + (chance(40) && rival != name ? ", ahead of rival \(rival)." : ".")
        let brand = String(name.split(separator: " ")[0])
        let products = (0..<int(0...3)).map { k in
            Product(
                id: "org-\(i)-p\(k)", name: brand + " " + pick(Words.productWords),
                summary: StoredText("A \(pick(Words.topics)) product for \(pick(Words.sectors)) users, \(pick(Words.timeframes))."),
                sectors: some(Words.sectors, upTo: 2), organisation: Self.link(to: "org-\(i)", k),
                unit: chance(10) ? "org-\(int(0...(organisationNames.count - 1)))" : nil,
                status: pick(Self.productStatuses), expected: chance(50) ? date() : nil
            )
        }
        return Organisation(
            id: "org-\(i)", name: name, nameZh: chinese, kind: organisationKinds[i], parent: nil, sectors: sectors,
            summary: StoredText(summary), products: products, evidence: evidence(about: name)
        )
    }

    private mutating func regulation(_ i: Int) -> Regulation {
        let topic = pick(Words.regulationTopics)
        let requirements = some(Words.requirements, upTo: 3)
        let sector = pick(Words.sectors)
        let title = (chance(30) ? pick(Words.cities) + " " + topic.lowercased() : topic) + " " + pick(Words.regulationNouns)
        let summary = "Sets out how \(sector) firms must handle \(topic.lowercased()) work" + (requirements.isEmpty ? "." : "; they must \(requirements[0]).")
        return Regulation(
            id: "reg-\(i)", title: StoredText(title),
            kind: pick(Regulation.Kind.allCases), issuedBy: issuerIDs(upTo: 2),
            overseenBy: issuerIDs(upTo: 1), date: chance(80) ? date() : nil,
            summary: StoredText(summary),
            covers: StoredText("\(topic) services and \(pick(Words.topics))"),
            appliesTo: StoredText("\(sector) companies offering \(pick(Words.topics))"),
            affects: organisationIDs(upTo: 5).enumerated().map { Self.link(to: $0.element, $0.offset + i) }, requirements: requirements,
            status: pick(Words.regulationStatuses), evidence: evidence(about: topic)
        )
    }

    private mutating func statistic(_ i: Int) -> Statistic {
        let subject = chance(60) ? pick(Words.cities) : pick(organisationNamesOrDefault)
        let (metric, unit) = pick(Words.statisticMetrics)
        let value = Double(int(10...99_999))
        let display = chance(30) ? "\(Int(value) / 1000).\(Int(value) % 10) billion" : grouped(Int(value))
        let qualifier = chance(70) ? pick(Words.qualifiers) : nil
        let share = chance(20) ? Share(ratio: 0.25, qualifier: nil, phrase: "about a quarter", part: nil, whole: nil, of: "\(metric) in China") : nil
        return Statistic(
            id: "stat-\(i)", label: "\(subject) \(metric)", subject: subject,
            about: organisationIDs(upTo: 2), value: value, display: display,
            qualifier: qualifier, unit: unit, share: share, asOf: chance(70) ? date() : nil,
            summary: StoredText("\(subject) counts \([qualifier, display].compactMap { $0 }.joined(separator: " ")) \(unit) of \(metric), a figure quoted in briefings on \(pick(Words.topics))."),
            attribution: chance(50) ? "\(pick(Words.cities)) municipal bureau" : nil, evidence: evidence(about: subject)
        )
    }

    private mutating func person(_ i: Int) -> Person {
        let name = pick(Words.givenNames) + " " + pick(Words.familyNames)
        let affiliation = int(0...(organisationNames.count - 1))
        let role = pick(Words.roles)
        let claim = pick(Words.quoteClaims)
        let quotes = (0..<int(1...3)).map { k in
            Quote(
                id: "person-\(i)-q\(k)", text: StoredText("\(pick(Words.quoteOpenings)) \(pick(Words.quoteClaims))."),
                source: "source-\(int(0...(sourceCount - 1)))", via: chance(50) ? pick(Words.vias) : nil,
                about: organisationIDs(upTo: 2)
            )
        }
        return Person(
            id: "person-\(i)", name: name, role: role, affiliation: "org-\(affiliation)",
            summary: StoredText("\(role.prefix(1).uppercased() + role.dropFirst()) at \(organisationNames[affiliation]) who argues that \(claim)."),
            quotes: quotes, evidence: evidence(about: name)
        )
    }

    private mutating func event(_ i: Int, regulations: Int, statistics: Int) -> Event {
        let actor = pick(organisationNamesOrDefault)
        let object = pick(Words.eventObjects)
        var related = organisationIDs(upTo: 2)
        if chance(40) { related.append("reg-\(int(0...(regulations - 1)))") }
        if chance(20) { related.append("stat-\(int(0...(statistics - 1)))") }
        let when = date()
        return Event(
            id: "event-\(i)", title: StoredText("\(actor) \(pick(Words.eventVerbs)) \(object)"), date: when,
            summary: StoredText("\(actor) said \(object) would help it \(pick(Words.actions)); analysts linked the move to \(pick(Words.topics))."),
            related: related, evidence: evidence(about: actor)
        )
    }

    private mutating func evidence(about subject: String) -> [Evidence] {
        (0..<int(1...2)).map { _ in
            let source = int(0...(sourceCount - 1))
            let quote: String
            switch int(0...3) {
            case 0: quote = "“\(subject) plans to \(pick(Words.actions)) \(pick(Words.timeframes)),” \(publishers[source]) reported."
            case 1: quote = "\(subject) is among the groups racing to catch up in \(pick(Words.topics))."
            case 2: quote = "People familiar with \(subject) said work on \(pick(Words.topics)) began in \(pick(Words.months))."
            default: quote = "The \(pick(Words.sectors)) industry is watching \(subject) closely, \(pick(Words.roles))s say."
            }
            return Evidence(source: "source-\(source)", quote: StoredText(quote))
        }
    }

    private func kindNoun(_ kind: Organisation.Kind) -> String {
        switch kind {
        case .company: return "company"
        case .researchInstitute: return "research institute"
        case .governmentBody: return "government body"
        case .regulator: return "regulator"
        case .university: return "university"
        case .consultancy: return "consultancy"
        }
    }

    private mutating func date() -> FuzzyDate {
        let year = int(2015...2025)
        if chance(50) { return Self.dated(phrase: "in \(year)", date: String(year), approximate: chance(30)) }
        let month = int(1...12)
        return Self.dated(phrase: "\(Words.months[month - 1]) \(year)", date: String(year) + "-" + twoDigits(month), approximate: chance(30))
    }

    /// A date whose basis follows from it: an approximate one was resolved, so inferred. The basis, like the links'
    /// below, draws no random numbers, so the catalog a seed makes is the one it made before links had a basis.
    private static func dated(phrase: String, date: String, approximate: Bool) -> FuzzyDate {
        FuzzyDate(phrase: phrase, date: date, approximate: approximate,
                  basis: approximate ? .inferred(reason: "Resolved from the article's relative phrase.") : .stated)
    }

    /// A link to `id`, every third one inferred (`n` counts them).
    private static func link(to id: String, _ n: Int) -> Link {
        Link(id: id, basis: n % 3 == 2 ? .inferred(reason: "The article names the sector, not the firm.") : .stated)
    }

    /// The statuses products are drawn from: the ones there were when the benchmark's figures were first taken, so
    /// that a seed still makes the same catalog.
    private static let productStatuses: [Product.Status] = [.announced, .inDevelopment, .released]

    /// Up to `limit` distinct organisation ids.
    private mutating func organisationIDs(upTo limit: Int) -> [String] {
        var chosen: [Int] = []
        for _ in 0..<int(0...limit) {
            let next = int(0...(organisationNames.count - 1))
            if !chosen.contains(next) { chosen.append(next) }
        }
        return chosen.map { "org-\($0)" }
    }

    /// Up to `limit` distinct ids of regulators and government bodies.
    private mutating func issuerIDs(upTo limit: Int) -> [String] {
        var chosen: [Int] = []
        for _ in 0..<int(0...limit) {
            let next = pick(issuers)
            if !chosen.contains(next) { chosen.append(next) }
        }
        return chosen.map { "org-\($0)" }
    }

    private mutating func some(_ words: [String], upTo limit: Int) -> [String] {
        var chosen: [String] = []
        for _ in 0..<int(0...limit) {
            let next = pick(words)
            if !chosen.contains(next) { chosen.append(next) }
        }
        return chosen
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    private mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    private func grouped(_ value: Int) -> String {
        value >= 1000 ? "\(value / 1000)," + String(String(value % 1000 + 1000).dropFirst()) : String(value)
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
