import AIWatchApp
import AIWatchData
import Foundation
import TerminalKit

/// The user's settings file, `$XDG_CONFIG_HOME/aiwatch/config.json` (or `~/.config/aiwatch/config.json`):
/// `{"theme": NAME, "clipboard": false}`, NAME one of `Theme.Name`'s. A broken file never stops aiwatch: it says why and uses the defaults.
public struct Settings: Equatable, Sendable {
    /// The theme to use when the command line names none; nil: the default.
    public var theme: Theme.Name?
    /// Whether citations go to the terminal's clipboard (else to the citations file).
    public var clipboard = true

    /// Where the settings file is read from.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/aiwatch/config.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/aiwatch/config.json" }
        return nil
    }

    /// The settings in `path`, or the defaults and a one-line warning when the file is broken.
    public static func load(path: String?) -> (Settings, warning: String?) {
        // `access`, not FileManager, which costs a tenth of a millisecond to set up before the first frame.
        guard let path, access(path, F_OK) == 0 else { return (Settings(), nil) }
        let name = Sanitizer.clean(path)
        guard let data = FileManager.default.contents(atPath: path) else { return (Settings(), "\(name): cannot be read; using defaults") }
        let node: JSONNode
        do {
            node = try JSONParser.parse(Array(data))
        } catch {
            return (Settings(), "\(name):\(error.line):\(error.column): \(error.message); using defaults")
        }
        guard case .object(let members) = node.value else { return (Settings(), "\(name): expected an object; using defaults") }
        var settings = Settings()
        for (key, value) in members {
            switch (key, value.value) {
            case ("theme", .string(let text)):
                guard let theme = Theme.Name(rawValue: text) else {
                    return (Settings(), "\(name):\(value.line):\(value.column): theme must be \(Theme.Name.eitherOr); using defaults")
                }
                settings.theme = theme
            case ("clipboard", .bool(let flag)):
                settings.clipboard = flag
            case ("clipboard", _):
                return (Settings(), "\(name):\(value.line):\(value.column): clipboard must be true or false; using defaults")
            default:
                return (Settings(), "\(name):\(value.line):\(value.column): unknown setting \"\(Sanitizer.clean(key))\"; using defaults")
            }
        }
        return (settings, nil)
    }

    /// The theme to use: the command line's, else mono under `NO_COLOR`, else the settings file's, else dark.
    public static func theme(flag: Theme.Name?, settings: Settings, environment: [String: String]) -> Theme.Name {
        if let flag { return flag }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
        return settings.theme ?? .dark
    }
}
