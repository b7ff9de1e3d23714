// Whether the shell's history keeps what was typed on meldboek's command line: titles, names, search words.
import Foundation
import MeldboekCore

/// Counts the meldboek commands in the shell history files that carry the journal's words.
///
/// The lines themselves are never printed: the check-up's output may be pasted into a question for help.
struct ShellHistoryCheck {
    let host: HostFiles

    /// Options whose value is the journal's own text.
    static let wordOptions: Set<String> = [
        "--title", "--when-approx", "--where", "--person", "--witness", "--category", "--tag", "--impact",
        "--action", "--text", "--redact-word",
    ]

    /// Commands followed by the journal's words (search terms, tags), with how many plain words come before them.
    static let wordCommands: [String: Int] = ["search": 0, "zoek": 0, "tag": 1, "label": 1]

    /// The history files of bash, zsh and fish, `HISTFILE` first when the environment names one.
    var files: [String] {
        let home = host.home
        let data = host.environment["XDG_DATA_HOME"] ?? home + "/.local/share"
        var files = [home + "/.bash_history", home + "/.zsh_history", home + "/.histfile",
                     data + "/fish/fish_history"]
        if let named = host.environment["HISTFILE"], !named.isEmpty, !files.contains(named) { files.insert(named, at: 0) }
        return files
    }

    func run() -> CheckupFinding {
        var found: [(file: String, count: Int)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            // zsh writes bytes above 0x7F in its own "metafied" form; a lossy read still finds ASCII options.
            let text = String(decoding: data, as: UTF8.self)
            let count = text.split(separator: "\n").filter { Self.keepsWords(String($0)) }.count
            if count > 0 { found.append((file, count)) }
        }
        guard !found.isEmpty else { return CheckupFinding(.shellHistory, .ok, .doctorHistoryClean) }
        return CheckupFinding(.shellHistory, .risk, .doctorHistoryWords(found), advice: .doctorHistoryAdvice)
    }

    /// Whether a history line runs meldboek with the journal's words on it.
    static func keepsWords(_ line: String) -> Bool {
        // zsh's extended history (": 1700000000:0;command") and fish's ("- cmd: command") put the command after a prefix.
        var command = Substring(line)
        if command.hasPrefix(": "), let separator = command.firstIndex(of: ";") {
            command = command[command.index(after: separator)...]
        } else if command.hasPrefix("- cmd: ") {
            command = command.dropFirst("- cmd: ".count)
        }
        let words = command.split(whereSeparator: { " \t;|&()".contains($0) }).map(String.init)
        guard let start = words.firstIndex(where: { $0 == "meldboek" || $0.hasSuffix("/meldboek") }) else { return false }
        let arguments = words[(start + 1)...]
        if arguments.contains(where: { word in
            wordOptions.contains(word) || wordOptions.contains { word.hasPrefix($0 + "=") }
        }) {
            return true
        }
        // `meldboek search WORDS`, `meldboek tag ID TAGS`: words after the command (and the id) that aren't options.
        let plain = arguments.filter { !$0.hasPrefix("-") }
        // The command is the first plain word that names one (`--vault DIR` puts a folder before it).
        guard let at = plain.firstIndex(where: { wordCommands[$0] != nil }), let before = wordCommands[plain[at]]
        else { return false }
        return plain.count - at > 1 + before
    }
}
