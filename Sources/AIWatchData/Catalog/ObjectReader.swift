import Foundation
import TerminalKit

/// Reads the fields of one parsed JSON object, logging a located problem for each missing, mistyped or unknown
/// field.
struct ObjectReader: FieldReading {
    let node: JSONNode
    let members: [(key: String, value: JSONNode)]
    let path: String
    let file: String
    let recordID: String?
    let log: ProblemLog
    private let used: UsedMembers

    /// Which members were asked for, by position: a record has a handful of members, so a scan beats hashing.
    private final class UsedMembers {
        var flags: [Bool]
        init(count: Int) { flags = Array(repeating: false, count: count) }
    }

    /// The array fields whose objects are records of their own (products, quotes), named by their own ids in a
    /// problem; any other object (a link, a date) is part of the record around it.
    private static let nestedRecords: Set<String> = ["products", "quotes"]

    /// A reader for `node`, or nil (with a problem logged) when it is not an object. A record's own `id` names it
    /// in problems unless `partOf` says it belongs to the record `recordID`.
    init?(_ node: JSONNode, path: String, file: String, recordID: String? = nil, partOf: Bool = false, log: ProblemLog) {
        guard case .object(let members) = node.value else {
            log.add(DataProblem(file: file, line: node.line, column: node.column, path: path, message: "expected an object, found \(node.kindName)"), in: file)
            return nil
        }
        self.node = node
        self.members = members
        self.used = UsedMembers(count: members.count)
        self.path = path
        self.file = file
        self.log = log
        let id = partOf ? nil : members.first { $0.key == "id" }.flatMap { member -> String? in
            if case .string(let text) = member.value.value { return text }
            return nil
        }
        self.recordID = id ?? recordID
    }

    func problem(_ message: @autoclosure () -> String, field: String?) { problem(message(), at: nil, field: field) }

    /// Logs `message` about `node` (the object itself when nil); the message is made only if the log keeps it.
    func problem(_ message: @autoclosure () -> String, at node: JSONNode?, field: String?) {
        let where_ = node ?? self.node
        log.add(DataProblem(
            file: file, line: where_.line, column: where_.column, path: field.map { path + "." + $0 } ?? path,
            recordID: recordID, message: message()
        ), in: file)
    }

    private func member(_ key: String, required: Bool) -> JSONNode? {
        guard let position = members.firstIndex(where: { $0.key == key }) else {
            if required { problem("missing required field \"\(key)\"", field: nil) }
            return nil
        }
        used.flags[position] = true
        let value = members[position].value
        if case .null = value.value, !required { return nil }
        return value
    }

    private func mistyped(_ key: String, _ node: JSONNode, expected: String) {
        problem("expected \(expected), found \(node.kindName)", at: node, field: key)
    }

    func optionalString(_ key: String, required: Bool, limit: FieldLimit) -> String? {
        guard let node = member(key, required: required) else { return nil }
        guard case .string(let text) = node.value else { mistyped(key, node, expected: "a string"); return nil }
        if required && Self.isBlank(text) { problem("must not be empty", at: node, field: key) }
        if let excess = limit.excess(text) { problem(excess, at: node, field: key) }
        return Sanitizer.clean(text)
    }

    func text(_ key: String, limit: FieldLimit) -> StoredText { StoredText(string(key, limit)) }

    func optionalNumber(_ key: String, required: Bool) -> Double? {
        guard let node = member(key, required: required) else { return nil }
        guard case .number(let value) = node.value else { mistyped(key, node, expected: "a number"); return nil }
        return value
    }

    func bool(_ key: String) -> Bool {
        guard let node = member(key, required: true) else { return false }
        guard case .bool(let value) = node.value else { mistyped(key, node, expected: "true or false"); return false }
        return value
    }

    func strings(_ key: String, required: Bool, limit: FieldLimit) -> [String] {
        array(key, required: required).enumerated().compactMap { index, element in
            guard case .string(let text) = element.value else {
                problem("expected a string, found \(element.kindName)", at: element, field: "\(key)[\(index)]")
                return nil
            }
            if let excess = limit.excess(text) { problem(excess, at: element, field: "\(key)[\(index)]") }
            return Sanitizer.clean(text)
        }
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) -> E? where E.RawValue == String {
        guard let node = member(key, required: true) else { return nil }
        guard case .string(let text) = node.value else { mistyped(key, node, expected: "a string"); return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            problem("expected one of \(allowed), found \"\(DataProblem.quoted(text))\"", at: node, field: key)
            return nil
        }
        return value
    }

    func objects<T>(_ key: String, required: Bool, _ read: (ObjectReader) -> T) -> [T] {
        array(key, required: required).enumerated().compactMap { index, element in
            ObjectReader(element, path: "\(path).\(key)[\(index)]", file: file, recordID: recordID,
                         partOf: !Self.nestedRecords.contains(key), log: log).map(read)
        }
    }

    /// The objects in array field `key`, skipping anything else without logging: for a second pass over fields
    /// the first pass has already reported on.
    func quietObjects(_ key: String) -> [ObjectReader] {
        guard let node = members.first(where: { $0.key == key })?.value, case .array(let elements) = node.value else { return [] }
        return elements.enumerated().compactMap { index, element in
            guard case .object = element.value else { return nil }
            return ObjectReader(element, path: "\(path).\(key)[\(index)]", file: file, recordID: recordID,
                                partOf: !Self.nestedRecords.contains(key), log: log)
        }
    }

    func object(_ key: String, required: Bool) -> ObjectReader? {
        guard let node = member(key, required: required) else { return nil }
        return ObjectReader(node, path: "\(path).\(key)", file: file, recordID: recordID, partOf: true, log: log)
    }

    private func array(_ key: String, required: Bool) -> [JSONNode] {
        guard let node = member(key, required: required) else { return [] }
        guard case .array(let elements) = node.value else { mistyped(key, node, expected: "an array"); return [] }
        return elements
    }

    func contains(_ key: String) -> Bool { members.contains { $0.key == key } }

    func rejectUnknownFields() {
        for (member, isUsed) in zip(members, used.flags) where !isUsed {
            problem("unknown field \"\(DataProblem.quoted(member.key))\"", at: member.value, field: DataProblem.quoted(member.key))
        }
    }
}
