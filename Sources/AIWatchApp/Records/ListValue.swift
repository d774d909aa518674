import AIWatchData
import TerminalKit

/// One typed value of a record as `aiwatch list --format json` prints it, and as CSV flattens it.
public indirect enum ListValue: Equatable, Sendable {
    /// JSON `null`: the record does not have it.
    case null
    /// A string, already sanitized.
    case text(String)
    /// A number, without its qualifier (which is a value of its own).
    case number(Double)
    /// `true` or `false`.
    case flag(Bool)
    /// An array.
    case list([ListValue])
    /// An object: its members in order, and `cell`, how it reads as an element of a list in one CSV cell.
    case object([ListMember], cell: String)
    /// An object the record lacks: `null` in JSON, and in CSV the columns of `members` left empty, so that every
    /// row has the same columns.
    case absent(members: [String])

    /// Text from the data, sanitized, or `null` when nil.
    static func clean(_ text: String?) -> ListValue {
        text.map { .text(Sanitizer.clean($0)) } ?? .null
    }

    /// Sanitized strings.
    static func texts(_ texts: [String]) -> ListValue {
        .list(texts.map { .text(Sanitizer.clean($0)) })
    }

    /// `number`, or `null` when nil.
    static func number(_ number: Double?) -> ListValue {
        number.map { .number($0) } ?? .null
    }

    /// A date as ISO 8601 strings ("2023", "2023-01", "2023-01-31"; `end` for a span, else null), whether it is
    /// approximate, the article's own phrase, and whether the article states it:
    /// `{"date": "2023-01", "end": null, "approximate": true, "phrase": "Last month", "basis": "inferred", "reason": …}`.
    static func date(_ date: FuzzyDate?) -> ListValue {
        guard let date else { return .absent(members: ["date", "end", "approximate", "phrase", "basis", "reason"]) }
        return .object([
            ListMember("date", .clean(date.date)), ListMember("end", .clean(date.end)),
            ListMember("approximate", .flag(date.approximate)), ListMember("phrase", .clean(date.phrase)),
        ] + basis(date.basis), cell: Sanitizer.clean(date.display))
    }

    /// Whether the article states a link or date, and the compilers' reason when they inferred it:
    /// `"basis": "inferred", "reason": "…"`, or `"basis": "stated", "reason": null`.
    static func basis(_ basis: Basis) -> [ListMember] {
        [ListMember("basis", .clean(basis.word)), ListMember("reason", .clean(basis.reason))]
    }
}

/// A key of a `ListValue.object` and its value.
public struct ListMember: Equatable, Sendable {
    /// The JSON key, lower case with `_`.
    public let key: String
    /// Its value.
    public let value: ListValue

    /// `key` with `value`.
    public init(_ key: String, _ value: ListValue) {
        self.key = key
        self.value = value
    }
}

extension ListValue {
    /// The CSV columns this value takes under `key` and their cells: an object's members become `key_member`
    /// columns; a list is one cell, its objects joined by ` | ` and its plain values by `; `.
    func flattened(under key: String) -> [(column: String, cell: String)] {
        switch self {
        case .object(let members, _):
            return members.flatMap { member in
                member.value.flattened(under: key + "_" + member.key)
            }
        case .absent(let members):
            return members.map { (key + "_" + $0, "") }
        default:
            return [(key, cell)]
        }
    }

    /// The value in one cell.
    var cell: String {
        switch self {
        case .null, .absent: return ""
        case .text(let text): return text
        case .number(let number): return ListValue.format(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .object(_, let cell): return cell
        case .list(let items):
            let joint = items.contains { if case .object = $0 { return true } else { return false } } ? " | " : "; "
            return items.map(\.cell).joined(separator: joint)
        }
    }

    /// A number as JSON writes it: without a fraction when it is whole (`1048`, not `1048.0`).
    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }
}

extension ListValue {
    /// Whether it is a plain value: no list, no object.
    var isPlain: Bool {
        switch self {
        case .list, .object: return false
        default: return true
        }
    }
}
