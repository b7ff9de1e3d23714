// Where a vault lives: --vault, then MELDBOEK_VAULT, then the XDG data folder.
import Foundation

/// Chooses the vault folder.
public enum VaultLocation {
    /// The folder named by `option` (from `--vault`), else the environment `variable`, else
    /// `$XDG_DATA_HOME/<name>` (default `~/.local/share/<name>`).
    /// - Parameter name: `meldboek` for the melder's journal; the adviser's vault has its own.
    /// - Parameter variable: The environment variable that names the folder (`MELDBOEK_VAULT`;
    ///   the adviser's vault has `MELDBOEK_ADVISER_VAULT`).
    public static func resolve(
        option: String?, name: String = "meldboek", variable: String = "MELDBOEK_VAULT",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let option, !option.isEmpty { return URL(fileURLWithPath: expand(option, environment)) }
        if let path = environment[variable], !path.isEmpty {
            return URL(fileURLWithPath: expand(path, environment))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? home + "/.local/share"
        return URL(fileURLWithPath: dataHome).appendingPathComponent(name)
    }

    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }
}
