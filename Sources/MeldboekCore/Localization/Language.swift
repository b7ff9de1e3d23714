// The two languages Meldboek speaks, and how the user's one is chosen.
import Foundation

/// A language the interface speaks: Dutch or English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case nl
    case en

    /// The language named by the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
    ///
    /// Dutch when the first one set starts with `nl`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("nl") ? .nl : .en
        }
        return .en
    }
}
