/// A field that `field:value` filters on. Field names are case-insensitive; a value matches when it appears
/// (folded: case-, accent- and width-insensitive) within one of the record's values for that field. A record that
/// has no such field does not match, so `sector:finance` leaves only companies.
///
/// | field | companies | regulations | statistics | people | timeline | sources |
/// |---|---|---|---|---|---|---|
/// | `id` | id, product ids | id | id | id, quote ids | id | id |
/// | `name` | name, Chinese name, pinyin | title | label | name | title | headline, publisher |
/// | `kind` | company, research-institute, government-body, regulator, university, consultancy | regulation, policy, scrutiny, access | | | | |
/// | `sector` | its and its products' sectors | | | | | |
/// | `product` | product names and ids | | | | | |
/// | `status` | product status (announced, in-development, developed, released) | status (introduced, pledged, …) | | | | |
/// | `regulator` | | issuing or overseeing organisations (id, name, Chinese name) | | | | |
/// | `affects` | | organisations it may apply to (id, name, Chinese name) | | | | |
/// | `source` | evidence sources (id, publisher) | same | same | same, and their quotes' sources | same | the source itself |
/// | `year` | years products are expected | date | as-of date | | date | publication |
/// | `subject` | | | subject | | | |
/// | `unit` | units building its products (id, name) | | unit counted | | | |
/// | `about` | | | records it is about (id, name) | records their quotes are about | related records | |
/// | `person` | people affiliated with it or quoted about it | people quoted about it | people quoted about it | the person | people quoted about it | |
/// | `affiliation` | | | | organisation (id, name, Chinese name) | | |
/// | `role` | | | | role | | |
public enum Facet: String, CaseIterable, Sendable {
    case id, name, kind, sector, product, status, regulator, affects, source, year, subject, unit, about, person
    case affiliation, role

    /// The facet called `name`, ignoring case.
    public init?(named name: some StringProtocol) {
        self.init(rawValue: name.lowercased())
    }

    /// One line for the help overlay.
    public var help: String {
        switch self {
        case .id: return "record id, also product and quote ids"
        case .name: return "name or title; Chinese name and pinyin for organisations"
        case .kind: return "organisation kind (company, regulator…) or regulation kind (policy, scrutiny…)"
        case .sector: return "company and product sectors (finance, e-commerce…)"
        case .product: return "product names and ids of a company"
        case .status: return "product status (released…) or regulation status (introduced…)"
        case .regulator: return "organisation that issues or oversees a regulation (id or name: regulator:cac)"
        case .affects: return "organisation a regulation may apply to"
        case .source: return "evidence source id or publisher (source:cnbc)"
        case .year: return "year of any date on the record (year:2023)"
        case .subject: return "what a statistic describes"
        case .unit: return "unit a statistic counts, or the unit building a product"
        case .about: return "records a statistic, event or person's quotes are about"
        case .person: return "a person, or records a person is affiliated with or quoted about"
        case .affiliation: return "a person's organisation"
        case .role: return "a person's role"
        }
    }
}
