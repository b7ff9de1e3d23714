// The options every command shares, and what they open: the vault, dates, the calendar.
import ArgumentParser
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTerminal
import MeldboekText

extension Language: ExpressibleByArgument {}

/// `--vault` and `--lang`, shared by every command.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(t(.helpVault), valueName: t(.placeholderPath)), completion: .directory)
    var vault: String?

    @Option(name: .long, help: ArgumentHelp(t(.helpLang), valueName: "nl|en"))
    var lang: Language?

    /// `arguments` with the `--vault` options that stand before the first word moved to behind the rest
    /// (before a `--`): the parser looks for a command's options only after its name, and every command
    /// takes `--vault`, so `meldboek --vault ~/kluis list` means `meldboek list --vault ~/kluis`.
    static func movedBehindTheCommand(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var moved: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index].hasPrefix("-"), arguments[index] != "--" {
            let argument = arguments[index]
            if argument.hasPrefix("--vault=") {
                moved.append(argument)
            } else if argument == "--vault", index + 1 < arguments.endIndex, !arguments[index + 1].hasPrefix("-") {
                moved += [argument, arguments[index + 1]]
                index += 1
            } else {
                leading.append(argument)
            }
            index += 1
        }
        guard !moved.isEmpty else { return arguments }
        let rest = arguments[index...]
        let end = rest.firstIndex(of: "--") ?? rest.endIndex
        return leading + rest[..<end] + moved + rest[end...]
    }

    /// The melder's vault folder these options name.
    var vaultFolder: URL { VaultLocation.resolve(option: vault) }

    /// The adviser's vault folder: `--vault`, else `MELDBOEK_ADVISER_VAULT`, else its own XDG folder.
    var adviserFolder: URL {
        VaultLocation.resolve(option: vault, name: "meldboek-adviser", variable: "MELDBOEK_ADVISER_VAULT")
    }

    /// The user's calendar: Gregorian, local time zone, weeks from Monday.
    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        calendar.firstWeekday = 2
        return calendar
    }

    /// Dates read now, vague ones stored in the interface language.
    var dates: DateParser { DateParser(now: Date(), calendar: calendar, language: interfaceLanguage) }

    var text: EntryText { EntryText(language: interfaceLanguage, timeZone: .current) }

    /// Opens the melder's vault and unlocks it: with the key of its unlock session if
    /// one runs, else with the passphrase from the environment or terminal.
    func unlockJournal() throws -> Journal {
        try unlock(vaultFolder, role: .melder)
    }

    /// Opens the melder's vault and unlocks it with its passphrase, even while an
    /// unlock session runs: for what a session must not be enough for (`passwd`).
    func unlockJournalWithPassphrase() throws -> Journal {
        try unlock(vaultFolder, role: .melder, session: false)
    }

    /// Opens the adviser's vault and unlocks it.
    func unlockAdviser() throws -> Journal {
        try unlock(adviserFolder, role: .adviser)
    }

    private func unlock(_ folder: URL, role: VaultRole, session: Bool = true) throws -> Journal {
        let vault = try openVault(at: folder, adviser: role == .adviser)
        guard vault.role == role else { throw ShareError.wrongRole(expected: role.rawValue) }
        let journal: Journal
        if !session {
            journal = try PassphraseReader().current(question: t(.askPassphrase), retryQuestion: t(.askPassphraseAgain)) {
                try vault.unlock(passphrase: $0)
            }
        } else if let fromAgent = vault.unlockFromAgent() {
            journal = fromAgent
        } else {
            journal = try PassphraseReader().unlocking(question: t(.askPassphrase), retryQuestion: t(.askPassphraseAgain)) {
                try vault.unlock(passphrase: $0)
            }
        }
        warnAboutVersion(of: journal)
        reportRecoveryUse(journal)
        keepCommitmentLog(journal)
        openedJournal = journal
        return journal
    }
}

/// The journal this run unlocked, so the end of the run can say where a write left it.
nonisolated(unsafe) var openedJournal: Journal?

/// Warns when the vault is older than the one last seen on this account, or went
/// another way (and refuses writes to it until `verify --accept`), and when it is
/// still in the 0.1.0 format.
func warnAboutVersion(of journal: Journal) {
    var warnings: [String] = []
    let text = EntryText(language: interfaceLanguage, timeZone: .current)
    switch SeenHeads.check(journal) {
    case .older(let seen, let now, let seenAt):
        warnings.append(t(.warnRollbackOlder(text.moment(seenAt), seen, now)))
        journal.refusesWrites = .olderThanSeen
    case .diverged(let seen, let now, let seenAt):
        warnings.append(t(.warnRollbackDiverged(text.moment(seenAt), seen, now)))
        journal.refusesWrites = .olderThanSeen
    case nil:
        SeenHeads.record(journal, onlyForward: true)
    }
    if journal.vault.format == 1 {
        warnings.append(t(.warnOldFormat))
    } else if journal.vault.format < Vault.formatVersion {
        warnings.append(t(.logWarnFormat2))
    }
    guard !warnings.isEmpty else { return }
    FileHandle.standardError.write(Data(warnings.map { $0 + "\n" }.joined().utf8))
}

/// Opens the vault in `folder`, saying on standard error which too-open modes it repaired.
///
/// - Parameter adviser: Whether `folder` is meant for the adviser's vault: when it is missing, the hint then
///   names `meldboek adviser init`, not `meldboek init`, which makes a melder's journal.
func openVault(at folder: URL, adviser: Bool = false) throws -> Vault {
    let vault: Vault
    do {
        vault = try Vault.open(at: folder)
    } catch MeldboekError.vaultMissing(let path) where adviser {
        throw CommandError.adviserVaultMissing(path: path)
    }
    for repair in vault.permissionRepairs {
        let line = "meldboek: " + t(.permRepaired(repair.path, octal(repair.oldMode), octal(repair.newMode))) + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
    return vault
}

/// A file mode the way `chmod` takes it: `0755`.
private func octal(_ mode: mode_t) -> String {
    let digits = String(mode, radix: 8)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// `--json`, for commands that can print JSON.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(t(.helpJSON)))
    var json = false
}

/// Prints a value as JSON on standard output.
func printJSON(_ value: some Encodable) throws {
    let data = try EntryDocument.makeEncoder().encode(value)
    FileHandle.standardOutput.write(Data(visibleJSON(String(decoding: data, as: UTF8.self)).utf8) + Data("\n".utf8))
}

/// JSON with every character ``OutsideText`` escapes written as a `\u` escape: the same data, and nothing
/// in a string (a C1 control, a bidi override) acts on the terminal it is printed to. The encoder escapes
/// C0 controls itself; this catches DEL, C1 and the bidi controls, which it leaves raw.
func visibleJSON(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: OutsideText.needsEscape) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        // Outside strings a JSON encoder writes only ASCII layout: line feeds and spaces stay as they are.
        if OutsideText.needsEscape(scalar), scalar != "\n" {
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        } else {
            out.append(scalar)
        }
    }
    return String(out)
}

/// Reads all of standard input as text, without the line break that ends its last line, as the editor's text.
func readStandardInput() -> String {
    EditorSession.withoutFinalLineBreak(String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
}

/// How hard `init` and `passwd` stretch the passphrase.
///
/// `test` is libsodium's minimum and exists only for the test suite: it is
/// accepted only when `MELDBOEK_ALLOW_TEST_KDF=1` is set.
enum KDFChoice: String, ExpressibleByArgument, CaseIterable {
    case interactive, moderate, sensitive, test

    static var allValueStrings: [String] { ["interactive", "moderate", "sensitive"] }

    init?(argument: String) {
        guard let choice = KDFChoice(rawValue: argument) else { return nil }
        if choice == .test, ProcessInfo.processInfo.environment["MELDBOEK_ALLOW_TEST_KDF"] != "1" { return nil }
        self = choice
    }

    var cost: Argon2id.Cost {
        switch self {
        case .interactive: KDFStrength.interactive.cost
        case .moderate: KDFStrength.moderate.cost
        case .sensitive: KDFStrength.sensitive.cost
        case .test: .minimum
        }
    }
}
