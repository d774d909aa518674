import TerminalKit

/// Checks ids: each unique across all files, and every reference pointing at an existing record of the right kind.
/// Records are handed over one at a time, in two rounds: every record is `register`ed, then every record's
/// references are `check`ed, so that no file's records need be kept.
struct ReferenceChecker {
    let log: ProblemLog
    private var kinds: [String: (file: DataFileName, isOrganisation: Bool)] = [:]
    private var sourceIDs: Set<String> = []

    init(log: ProblemLog) { self.log = log }

    private enum Kind { case any, organisation, source }

    /// Notes the ids of `record` (of `file`) and its products and quotes; a second record with an id is a problem.
    mutating func register(_ record: ObjectReader, file: DataFileName) {
        register(id: record, file: file, organisation: file == .companies)
        for nested in record.quietObjects("products") + record.quietObjects("quotes") {
            register(id: nested, file: file, organisation: false)
        }
    }

    private mutating func register(id reader: ObjectReader, file: DataFileName, organisation: Bool) {
        guard let node = reader.members.first(where: { $0.key == "id" })?.value, case .string(let id) = node.value else { return }
        if let first = kinds[id] {
            reader.problem("duplicate id \"\(DataProblem.quoted(id))\" (also in \(first.file.fileName))", at: node, field: "id")
        } else {
            kinds[id] = (file, organisation)
            if file == .sources { sourceIDs.insert(id) }
        }
    }

    private func exists(_ id: String, _ kind: Kind) -> Bool {
        switch kind {
        case .any: return kinds[id] != nil
        case .organisation: return kinds[id]?.isOrganisation == true
        case .source: return sourceIDs.contains(id)
        }
    }

    /// Checks the references of `record` (of `file`) against every record registered.
    func check(_ record: ObjectReader, file: DataFileName) {
        for evidence in record.quietObjects("evidence") { refs(evidence, "source", .source) }
        switch file {
        case .companies:
            refs(record, "parent", .organisation)
            for product in record.quietObjects("products") { refs(product, "unit", .organisation) }
        case .regulations:
            refs(record, "issuedBy", .organisation)
            refs(record, "overseenBy", .organisation)
            for link in record.quietObjects("affects") { refs(link, "id", .organisation) }
        case .statistics: refs(record, "about", .any)
        case .people:
            refs(record, "affiliation", .organisation)
            for quote in record.quietObjects("quotes") {
                refs(quote, "source", .source)
                refs(quote, "about", .any)
            }
        case .events: refs(record, "related", .any)
        case .sources: break
        }
    }

    private func refs(_ reader: ObjectReader, _ field: String, _ kind: Kind) {
        guard let node = reader.members.first(where: { $0.key == field })?.value else { return }
        let targets: [(Int?, JSONNode)]
        switch node.value {
        case .string: targets = [(nil, node)]
        case .array(let elements): targets = elements.enumerated().map { ($0.offset, $0.element) }
        default: return
        }
        for (index, target) in targets {
            guard case .string(let id) = target.value, !exists(id, kind) else { continue }
            let what = kind == .source ? "source" : kind == .organisation ? "organisation" : "record"
            reader.problem("unknown \(what) id \"\(DataProblem.quoted(id))\"", at: target, field: field + (index.map { "[\($0)]" } ?? ""))
        }
    }
}
