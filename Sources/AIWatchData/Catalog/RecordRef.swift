/// Where a record lives in a `Catalog`: products and quotes are nested in their organisation and person.
public enum RecordRef: Hashable, Sendable {
    case source(Int)
    case organisation(Int)
    case product(organisation: Int, index: Int)
    case regulation(Int)
    case statistic(Int)
    case person(Int)
    case quote(person: Int, index: Int)
    case event(Int)
}

extension RecordRef {
    /// The record a nested one belongs to (a product's organisation, a quote's person); nil for the others.
    public var owner: RecordRef? {
        switch self {
        case .product(let organisation, _): return .organisation(organisation)
        case .quote(let person, _): return .person(person)
        default: return nil
        }
    }
}
