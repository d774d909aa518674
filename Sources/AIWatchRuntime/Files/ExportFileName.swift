import AIWatchApp
import Foundation

/// Default names for export files: `aiwatch-<pane or brief>-<yyyymmdd-hhmmss>.<ext>`, made unique with `-2`, `-3`, … .
public enum ExportFileName {
    /// The name for an export of `subject` (a pane, or "brief") made at `date`. The time is the wall clock of `timeZone`, the user's own
    /// (local time) unless told otherwise, so the name matches the clock they exported by.
    public static func make(subject: String, fileExtension: String, date: Date, timeZone: TimeZone = .current) -> String {
        "aiwatch-\(slug(subject))-\(stamp(date, timeZone: timeZone)).\(fileExtension)"
    }

    /// `make`'s name, or the first of `name-2.ext`, `name-3.ext`, … that nothing in `directory` has (checked with
    /// `exists`, which sees dangling symbolic links too). Returns the name only, not joined to `directory`.
    public static func unique(
        subject: String, fileExtension: String, date: Date, timeZone: TimeZone = .current, in directory: String = ".",
        exists: (String) -> Bool = AtomicFileWriter.entryExists
    ) -> String {
        let stem = "aiwatch-\(slug(subject))-\(stamp(date, timeZone: timeZone))"
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        var name = stem + "." + fileExtension
        var number = 2
        while exists(folder + name) {
            name = "\(stem)-\(number).\(fileExtension)"
            number += 1
        }
        return name
    }

    /// The pane's name as lower-case ASCII letters, digits and dashes ("screen" if nothing is left).
    static func slug(_ pane: String) -> String {
        var slug = ""
        for scalar in pane.lowercased().unicodeScalars {
            if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "screen" : slug
    }

    /// `yyyymmdd-hhmmss` on the Gregorian calendar in `timeZone`.
    static func stamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day) + "-"
            + two(parts.hour) + two(parts.minute) + two(parts.second)
    }
}
