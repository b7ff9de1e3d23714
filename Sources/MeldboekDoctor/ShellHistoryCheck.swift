// Whether the shell's history keeps what was typed on meldboek's command line: a passphrase or recovery code,
// titles, names, places, notes, search words.
import Foundation
import MeldboekCore

/// Counts the history lines that keep a secret or the journal's words.
///
/// The lines themselves are never printed: the check-up's output may be pasted into a question for help.
struct ShellHistoryCheck {
    let host: HostFiles

    /// What one history line gives away.
    enum Exposure: Equatable {
        /// A passphrase or recovery code set in a variable (`MELDBOEK_PASSPHRASE=...`).
        case secret
        /// The journal's words on meldboek's command line.
        case words
    }

    /// Variables that hold a passphrase or recovery code itself (their `_FILE` and `_COMMAND` kin name a file or
    /// a program, which is fine).
    static let secretVariables = ["MELDBOEK_PASSPHRASE", "MELDBOEK_NEW_PASSPHRASE", "MELDBOEK_RECOVERY_CODE"]

    /// Options whose value is the journal's own text.
    static let wordOptions: Set<String> = [
        "--title", "--text", "--when-approx", "--where", "--person", "--witness", "--category", "--tag", "--impact",
        "--action", "--append", "--remove-person", "--remove-witness", "--remove-tag", "--remove-category",
        "--redact-word", "--note", "--case", "--attach", "--reveal",
    ]

    /// Commands followed by the journal's words, with how many plain words (an id, a case) come before them.
    static let wordCommands: [String: Int] = ["search": 0, "zoek": 0, "tag": 1, "label": 1, "note": 1, "notitie": 1]

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
        var secrets: [(file: String, count: Int)] = []
        var words: [(file: String, count: Int)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            // zsh writes bytes above 0x7F in its own "metafied" form; a lossy read still finds ASCII options.
            let exposures = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
                Self.exposure(String($0))
            }
            let secretCount = exposures.filter { $0 == .secret }.count
            if secretCount > 0 { secrets.append((file, secretCount)) }
            if exposures.count > secretCount { words.append((file, exposures.count - secretCount)) }
        }
        if !secrets.isEmpty {
            return CheckupFinding(.shellHistory, .risk, .doctorHistorySecrets(secrets, words: words),
                                  advice: .doctorHistorySecretsAdvice)
        }
        guard !words.isEmpty else { return CheckupFinding(.shellHistory, .ok, .doctorHistoryClean) }
        return CheckupFinding(.shellHistory, .risk, .doctorHistoryWords(words), advice: .doctorHistoryAdvice)
    }

    /// What a history line gives away, if anything.
    static func exposure(_ line: String) -> Exposure? {
        let command = commandPart(of: line)
        if setsSecret(command) { return .secret }
        return keepsWords(command) ? .words : nil
    }

    /// The command of a history line: zsh's extended history (": 1700000000:0;command") and fish's
    /// ("- cmd: command") put it after a prefix.
    static func commandPart(of line: String) -> String {
        if line.hasPrefix(": "), let separator = line.firstIndex(of: ";") {
            return String(line[line.index(after: separator)...])
        }
        if line.hasPrefix("- cmd: ") { return String(line.dropFirst("- cmd: ".count)) }
        return line
    }

    /// Whether the line gives a passphrase variable a value: `export MELDBOEK_PASSPHRASE='…'`,
    /// `MELDBOEK_PASSPHRASE=… meldboek add`, fish's `set -x MELDBOEK_PASSPHRASE …`.
    static func setsSecret(_ command: String) -> Bool {
        let words = command.split(whereSeparator: { " \t;|&(".contains($0) }).map(String.init)
        for (index, word) in words.enumerated() {
            for variable in secretVariables {
                if word.hasPrefix(variable + "="), word.count > variable.count + 1 { return true }
                // fish: set [-x|-gx|...] NAME VALUE
                if word == variable, index > 0, words[..<index].contains("set"), index + 1 < words.count { return true }
            }
        }
        return false
    }

    /// Whether the line runs meldboek with the journal's words on it.
    static func keepsWords(_ command: String) -> Bool {
        let words = command.split(whereSeparator: { " \t;|&()".contains($0) }).map(String.init)
        guard let start = words.firstIndex(where: { $0 == "meldboek" || $0.hasSuffix("/meldboek") }) else { return false }
        // Text piped in on the same line: `echo "..." | meldboek add --stdin`.
        let before = words[..<start]
        if before.contains(where: { $0 == "echo" || $0 == "printf" }), words[start...].contains("--stdin") { return true }
        let arguments = words[(start + 1)...]
        // A quoted argument is almost always a title, a name or a sentence.
        if arguments.contains(where: { $0.contains("'") || $0.contains("\"") }) { return true }
        if arguments.contains(where: { word in
            wordOptions.contains(word) || wordOptions.contains { word.hasPrefix($0 + "=") }
        }) {
            return true
        }
        // `meldboek search WORDS`, `meldboek tag ID TAGS`, `meldboek adviser note CASE TEXT`: plain words after the
        // command (and its id or case). The command is the first plain word that names one (`--vault DIR` puts a
        // folder before it).
        let plain = arguments.filter { !$0.hasPrefix("-") }
        guard let at = plain.firstIndex(where: { wordCommands[$0] != nil }), let before = wordCommands[plain[at]]
        else { return false }
        return plain.count - at > 1 + before
    }
}
