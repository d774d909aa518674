import TerminalKit

/// Checks ids: each unique across all files, and every reference pointing at an existing record of the right kind.
struct ReferenceChecker {
    let readers: [DataFileName: [ObjectReader]]
    let log: ProblemLog

    private enum Kind { case any, organisation, source }

    func check() {
        var kinds: [String: (file: DataFileName, isOrganisation: Bool)] = [:]
        func register(_ reader: ObjectReader, file: DataFileName, organisation: Bool = false) {
            guard let node = reader.members.first(where: { $0.key == "id" })?.value, case .string(let id) = node.value else { return }
            if let first = kinds[id] {
                reader.problem("duplicate id \"\(Sanitizer.clean(id))\" (also in \(first.file.fileName))", at: node, field: "id")
            } else {
                kinds[id] = (file, organisation)
            }
        }
        for (file, records) in readers.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for record in records {
                register(record, file: file, organisation: file == .companies)
                for nested in record.quietObjects("products") + record.quietObjects("quotes") {
                    register(nested, file: file)
                }
            }
        }
        let sourceIDs = Set(kinds.filter { $0.value.file == .sources }.keys)
        func exists(_ id: String, _ kind: Kind) -> Bool {
            switch kind {
            case .any: return kinds[id] != nil
            case .organisation: return kinds[id]?.isOrganisation == true
            case .source: return sourceIDs.contains(id)
            }
        }
        func refs(_ reader: ObjectReader, _ field: String, _ kind: Kind) {
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
                reader.problem("unknown \(what) id \"\(Sanitizer.clean(id))\"", at: target, field: field + (index.map { "[\($0)]" } ?? ""))
            }
        }
        for (file, records) in readers {
            for record in records {
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
        }
    }
}
