// `meldboek share`, `shares` and `receipts import`: what leaves the journal, and what came back.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekShare
import MeldboekTerminal
import MeldboekText

extension Redaction: ExpressibleByArgument {}

/// The entries of a bundle as they went out, each with its attachments, as the preview and `shares open` show them;
/// with `history`, every version that went, else the latest and how many went.
func sentEntries(
    _ entries: [BundleEntry], attachments: [BundleManifest.AttachmentItem], text: EntryText, history: Bool
) -> String {
    var out = ""
    for shared in entries {
        guard let uuid = UUID(uuidString: shared.id) else { continue }
        let entry = Entry(
            id: EntryID(uuid: uuid),
            revisions: shared.revisions.map {
                Revision(number: $0.number, recordedAt: $0.recordedAt, fields: $0.fields.visiblyEscaped)
            })
        out += "\n" + text.full(entry, history: history)
        if !history, entry.revisions.count > 1 { out += t(.previewVersions(entry.revisions.count)) + "\n" }
        for attachment in attachments where attachment.entry == shared.id {
            out += t(.previewAttachment(OutsideText.line(attachment.name), attachment.size)) + "\n"
        }
    }
    return out
}

/// The kinds `--redact` names, comma-separated, in English or Dutch ("namen,plaats"); none without the flag.
func parseRedactions(_ text: String?) throws -> Set<Redaction> {
    guard let text else { return [] }
    return try text.split(separator: ",").reduce(into: Set<Redaction>()) { kinds, part in
        guard let named = Redaction.kinds(named: part.trimmingCharacters(in: .whitespaces)) else {
            throw CommandError.invalidInput(t(.unknownRedaction(OutsideText.line(String(part)))))
        }
        kinds.formUnion(named)
    }
}

extension Meldboek {
    struct Share: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.shareAbstract), aliases: ["deel"])
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(t(.helpTo), valueName: "contact"))
        var to: String

        @Argument(help: ArgumentHelp(t(.helpShareIDs), valueName: "id"))
        var ids: [String] = []

        @Flag(help: ArgumentHelp(t(.helpAll)))
        var all = false

        @OptionGroup var filters: FilterOptions

        @Option(help: ArgumentHelp(t(.helpShareRedact), valueName: "people,witnesses,location"))
        var redact: String?

        @Option(name: .customLong("redact-word"), help: ArgumentHelp(t(.helpRedactWord), valueName: t(.placeholderWord)))
        var redactWords: [String] = []

        @Flag(name: .customLong("without-attachments"), help: ArgumentHelp(t(.helpWithoutAttachments)))
        var withoutAttachments = false

        @Option(help: ArgumentHelp(t(.helpNote), valueName: t(.placeholderText)))
        var note: String?

        @Option(help: ArgumentHelp(t(.helpOut), valueName: t(.placeholderPath)), completion: .file())
        var out: String

        @Flag(help: ArgumentHelp(t(.helpYes)))
        var yes = false

        func validate() throws {
            try checkRedactWords(redactWords)
        }

        func run() throws {
            let redactions = try parseRedactions(redact)
            let filter = try filters.filter(dates: global.dates)
            let hasFilter = filter.since != nil || filter.until != nil || !filter.categories.isEmpty
                || !filter.people.isEmpty || !filter.tags.isEmpty
            guard all || !ids.isEmpty || hasFilter else { throw CommandError.invalidInput(t(.errChooseEntries)) }
            try NamedFile.checkAbsent(out)
            let journal = try global.unlockJournal()
            let contact = try Contacts(journal).named(to)
            let snapshot = try journal.snapshot()
            // A damaged journal is not shared from: an unreadable record may be a newer version of a chosen entry.
            try failIfDamaged(snapshot.damage)
            var entries = filter.apply(to: snapshot.entries, calendar: global.calendar)
            if !ids.isEmpty {
                let chosen = Set(try ids.map { try snapshot.entry($0).id })
                entries = entries.filter { chosen.contains($0.id) }
            }
            var request = ShareRequest(
                contact: contact, entries: entries, redactions: redactions, includeAttachments: !withoutAttachments,
                note: note, pseudonymLabel: t(.pseudonym))
            request.words = redactWords
            let bundle = try BundleWriter.prepare(request, journal: journal)
            print(preview(bundle, contact: contact), terminator: "")
            if !yes {
                guard Terminal.isAvailable else { throw CommandError.confirmationNeedsTerminal }
                guard Terminal.confirm(t(.shareConfirm(bundle.entries.count, to: OutsideText.line(contact.name)))) else {
                    throw MeldboekError.cancelled
                }
            }
            let destination = URL(fileURLWithPath: out)
            let shared = try BundleWriter.write(bundle, journal: journal, to: destination)
            print(t(.shared(
                shared.entries.count, with: OutsideText.line(contact.name), in: OutsideText.line(destination.path))))
        }

        /// Exactly what will go out: every entry as it will be sent, and the attachments.
        func preview(_ bundle: PreparedBundle, contact: Contact) -> String {
            let text = global.text
            var out = t(.previewHeader(OutsideText.line(contact.name), contact.card.fingerprint)) + "\n"
            let redactions = Set(bundle.manifest.redactions.compactMap(Redaction.init(rawValue:)))
            if !redactions.isEmpty { out += t(.previewRedactions(redactions)) + "\n" }
            if !redactWords.isEmpty { out += t(.previewRedactedWords(redactWords.map(OutsideText.line))) + "\n" }
            if let note = bundle.manifest.note { out += t(.previewNote(OutsideText.line(note))) + "\n" }
            out += sentEntries(bundle.entries, attachments: bundle.attachments, text: text, history: false)
            if !redactions.isDisjoint(with: [.people, .witnesses]) || !redactWords.isEmpty {
                let possible = PossibleNames.unreplaced(
                    in: bundle.entries.flatMap { $0.revisions.map(\.fields) }, pseudonymLabel: t(.pseudonym))
                if !possible.isEmpty { out += "\n" + t(.possibleNames(possible.map(OutsideText.line))) + "\n" }
            }
            return out + "\n"
        }
    }

    struct Shares: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: t(.sharesAbstract), aliases: ["lijst"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let journal = try global.unlockJournal()
            let shares = try ShareLog.shares(in: journal)
            // The names behind the pseudonyms stay in the journal: only a proof opens one, on request.
            if output.json { return try printJSON(shares.map { var share = $0; share.pseudonyms = nil; return share }) }
            if shares.isEmpty { return print(t(.noShares)) }
            // Shares recorded before titles were kept show the entry's title as it is now, marked as such.
            var current: [String: String] = [:]
            if shares.contains(where: { $0.titles == nil }) {
                for entry in try journal.snapshot().entries { current[entry.id.description] = entry.current.title }
            }
            let text = global.text
            for share in shares {
                let receipt = share.receipt.map { t(.receiptReceived(text.moment($0))) } ?? t(.receiptNone)
                print("\(text.moment(share.createdAt))  \(share.bundleId.prefix(8))  \(OutsideText.line(share.contact))  "
                      + t(.sharedEntries(share.entries.count)) + "  " + receipt)
                let redactions = Set(share.redactions.compactMap(Redaction.init(rawValue:)))
                print("    " + t(.sharedRedactions(redactions, words: (share.words ?? []).map(OutsideText.line))))
                for (index, id) in share.entries.enumerated() {
                    let short = UUID(uuidString: id).map { EntryID(uuid: $0).short } ?? id
                    let title: String
                    if let titles = share.titles, index < titles.count {
                        title = OutsideText.line(titles[index])
                    } else if let now = current[id] {
                        title = t(.titleNow(OutsideText.line(now)))
                    } else {
                        title = t(.entryGoneSince)
                    }
                    print("    \(short)  \(title)")
                }
            }
        }
    }

    /// `shares` lists what was shared (`shares list`, the default); `shares open` shows one bundle.
    struct SharesCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "shares", abstract: t(.sharesAbstract), subcommands: [Shares.self, Open.self],
                defaultSubcommand: Shares.self, aliases: ["gedeeld"])
        }

        struct Open: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.sharesOpenAbstract), aliases: ["openen"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: JSONOption

            @Argument(help: ArgumentHelp(t(.helpSentBundleFile), valueName: t(.placeholderFile)), completion: .file())
            var file: String

            @Flag(help: ArgumentHelp(t(.helpSentHistory)))
            var history = false

            func run() throws {
                try NamedFile.checkReadable(file)
                let journal = try global.unlockJournal()
                let opened: OpenedBundle
                do {
                    opened = try BundleOpening.open(file: URL(fileURLWithPath: file), journal: journal)
                } catch let error as ShareError {
                    throw CommandError.sentBundleRefused(error)
                }
                let manifest = opened.manifest
                let own = try journal.identity().card.fingerprint
                // The adviser by the name they had when the bundle was made, else by a contact's name now.
                let contacts = try Contacts(journal).all()
                let recipients = manifest.recipients.map { party in
                    OpenedDocument.Recipient(
                        name: party.fingerprint == own ? nil
                            : opened.shared.map(\.contact) ?? contacts.first { $0.card.fingerprint == party.fingerprint }?.name,
                        fingerprint: party.fingerprint, you: party.fingerprint == own)
                }
                if output.json { return try printJSON(OpenedDocument(opened, recipients: recipients)) }
                let text = global.text
                var out = t(.openedBundle(manifest.bundleId, made: text.moment(manifest.createdAt))) + "\n"
                let others = recipients.filter { !$0.you }.map { recipient in
                    t(.openedRecipient(recipient.name.map(OutsideText.line), fingerprint: recipient.fingerprint))
                }
                out += t(.openedFor(others)) + "\n"
                out += t(.openedSignedByYou) + "\n"
                if opened.shared == nil { out += t(.openedNotInShareLog) + "\n" }
                let redactions = Set(manifest.redactions.compactMap(Redaction.init(rawValue:)))
                out += t(.sharedRedactions(redactions, words: (opened.shared?.words ?? []).map(OutsideText.line))) + "\n"
                if let note = manifest.note { out += t(.previewNote(OutsideText.line(note))) + "\n" }
                out += sentEntries(opened.entries, attachments: manifest.attachments, text: text, history: history)
                print(out, terminator: "")
            }
        }
    }

    struct Receipts: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.receiptsAbstract), subcommands: [Import.self], aliases: ["ontvangstbewijzen"])
        }

        struct Import: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.receiptsImportAbstract), aliases: ["importeer"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.helpReceiptFile), valueName: t(.placeholderFile)), completion: .file())
            var file: String

            func run() throws {
                try NamedFile.checkReadable(file)
                let journal = try global.unlockJournal()
                let data = try NamedFile.contents(of: file)
                let (share, before) = try Receipt.importReceipt(data, into: journal)
                print(before ? t(.receiptKnown(share.bundleId)) : t(.receiptRecorded(OutsideText.line(share.contact), share.bundleId)))
                if let cosignature = share.cosignature,
                   let checkpoint = try? SignedNote(parsing: cosignature.checkpoint).checkpoint() {
                    print(t(.witReceiptCosigned(checkpoint.size, global.text.moment(share.receipt ?? Date()))))
                } else if try Receipt.isVersion2(data) {
                    print(t(.witReceiptNotCosigned))
                }
            }
        }
    }
}

/// Refuses a `--redact-word` with nothing to find: share, prove and report take the same words.
func checkRedactWords(_ words: [String]) throws {
    for word in words where !word.contains(where: { $0.isLetter || $0.isNumber }) {
        throw ValidationError(t(.redactWordEmpty(OutsideText.line(word))))
    }
}

extension Localized {
    static var helpShareRedact: Localized {
        Localized(
            en: "Hide names or places: people, witnesses, location, or names for both lists (comma-separated). "
                + "Names become Person A, Person B, … everywhere in the bundle, also where a shared entry mentions "
                + "a name listed on another entry.",
            nl: "Verberg namen of plaatsen: betrokkenen, getuigen, plaats, of namen voor beide lijsten (met komma's; "
                + "people, witnesses, location en names mag ook). Namen worden overal in de bundel Persoon A, "
                + "Persoon B, …, ook waar een gedeelde aantekening een naam noemt die bij een andere aantekening staat.")
    }

    static var helpRedactWord: Localized {
        Localized(
            en: "Also hide this word (or name of several words) as a name, wherever the bundle's text has it. "
                + "Repeat for more words.",
            nl: "Verberg ook dit woord (of deze naam van meer woorden) als naam, overal waar het in de tekst van de "
                + "bundel staat. Herhaal de optie voor meer woorden.")
    }

    static func unknownRedaction(_ word: String) -> Localized {
        Localized(
            en: "Unknown redaction '\(word)': use people, witnesses, location or names.",
            nl: "Onbekende afscherming '\(word)': kies betrokkenen, getuigen, plaats of namen.")
    }

    static func redactWordEmpty(_ word: String) -> Localized {
        Localized(
            en: "'--redact-word' needs a word with a letter or digit, not '\(word)'.",
            nl: "'--redact-word' heeft een woord met een letter of cijfer nodig, niet '\(word)'.")
    }

    static func previewRedactions(_ redactions: Set<Redaction>) -> Localized {
        let kinds = Localized.redactions(redactions)
        return Localized(
            en: "Redacted (names become pseudonyms, places are left out): \(kinds.en)",
            nl: "Afgeschermd (namen worden pseudoniemen, plaatsen vallen weg): \(kinds.nl)")
    }

    static func previewRedactedWords(_ words: [String]) -> Localized {
        let list = words.joined(separator: ", ")
        return Localized(
            count: words.count,
            one: Localized(en: "Hidden as a name: the word \(list)", nl: "Verborgen als naam: het woord \(list)"),
            other: Localized(en: "Hidden as names: the words \(list)", nl: "Verborgen als namen: de woorden \(list)"))
    }

    static func possibleNames(_ words: [String]) -> Localized {
        let list = words.joined(separator: ", ")
        return Localized(
            count: words.count,
            one: Localized(
                en: "This word with a capital may be a name and was not replaced: \(list). To hide it, share again "
                    + "with --redact-word and the word.",
                nl: "Dit woord met een hoofdletter kan een naam zijn en is niet vervangen: \(list). Wil je het "
                    + "verbergen, deel dan opnieuw met --redact-word en het woord."),
            other: Localized(
                en: "These words with a capital may be names and were not replaced: \(list). To hide one, share "
                    + "again with --redact-word and the word, once for each word.",
                nl: "Deze woorden met een hoofdletter kunnen namen zijn en zijn niet vervangen: \(list). Wil je er "
                    + "een verbergen, deel dan opnieuw met --redact-word en het woord, één keer per woord."))
    }
}

extension Localized {
    static var placeholderWord: Localized { Localized(en: "word", nl: "woord") }

    static func shareConfirm(_ count: Int, to contact: String) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Share this entry with \(contact)? [y/N] ", nl: "Deze aantekening delen met \(contact)? [j/N] "),
                  other: Localized(en: "Share these \(count) entries with \(contact)? [y/N] ",
                                   nl: "Deze \(count) aantekeningen delen met \(contact)? [j/N] "))
    }

    static func shared(_ count: Int, with contact: String, in path: String) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Shared 1 entry with \(contact) in \(path).", nl: "1 aantekening gedeeld met \(contact) in \(path)."),
                  other: Localized(en: "Shared \(count) entries with \(contact) in \(path).",
                                   nl: "\(count) aantekeningen gedeeld met \(contact) in \(path)."))
    }

    static func sharedEntries(_ count: Int) -> Localized {
        Localized(count: count, one: Localized(en: "1 entry", nl: "1 aantekening"),
                  other: Localized(en: "\(count) entries", nl: "\(count) aantekeningen"))
    }

    /// What a share hid, as `shares` lists it.
    static func sharedRedactions(_ redactions: Set<Redaction>, words: [String]) -> Localized {
        guard !redactions.isEmpty || !words.isEmpty else { return Localized(en: "Not redacted", nl: "Niet afgeschermd") }
        let kinds = Localized.redactions(redactions)
        let list = words.joined(separator: ", ")
        let hidden = Localized(count: words.count, one: Localized(en: "hidden as a name: \(list)", nl: "verborgen als naam: \(list)"),
                               other: Localized(en: "hidden as names: \(list)", nl: "verborgen als namen: \(list)"))
        if words.isEmpty { return Localized(en: "Redacted: \(kinds.en)", nl: "Afgeschermd: \(kinds.nl)") }
        if redactions.isEmpty { return Localized(en: "Redacted: \(hidden.en)", nl: "Afgeschermd: \(hidden.nl)") }
        return Localized(en: "Redacted: \(kinds.en); \(hidden.en)", nl: "Afgeschermd: \(kinds.nl); \(hidden.nl)")
    }

    /// An entry of a share recorded before titles were kept: its title now, which may differ from what went.
    static func titleNow(_ title: String) -> Localized {
        Localized(en: "\(title) (title now)", nl: "\(title) (huidige titel)")
    }

    static var entryGoneSince: Localized {
        Localized(en: "(entry deleted since)", nl: "(aantekening sindsdien verwijderd)")
    }
}

/// `shares open --json`: a bundle as it went out; field names are a stable interface for scripts.
struct OpenedDocument: Encodable {
    struct Recipient: Encodable {
        /// The contact's name; absent for the melder and for a recipient no longer known by name.
        var name: String?
        var fingerprint: String
        /// True for the melder's own key: every bundle is encrypted to its melder too.
        var you: Bool
    }

    struct Version: Encodable {
        var number: Int
        var recordedAt: Date
        var fields: EntryDocument.FieldsDocument
    }

    struct Entry: Encodable {
        var id: String
        var revisions: [Version]
    }

    struct Attachment: Encodable {
        var entry: String
        var name: String
        var size: UInt64
        var sha256: String
    }

    var bundleId: String
    var createdAt: Date
    var formatVersion: Int
    var bundleSha256: String
    var recipients: [Recipient]
    var redactions: [String]
    /// The words hidden as names on request, from the share log; absent when none or not logged.
    var words: [String]?
    var note: String?
    var entries: [Entry]
    var attachments: [Attachment]
    /// Whether this journal's share log records the bundle.
    var inShareLog: Bool

    init(_ opened: OpenedBundle, recipients: [Recipient]) {
        let manifest = opened.manifest
        bundleId = manifest.bundleId
        createdAt = manifest.createdAt
        formatVersion = manifest.version
        bundleSha256 = opened.bundleSha256
        self.recipients = recipients
        redactions = manifest.redactions
        words = opened.shared?.words
        note = manifest.note
        entries = opened.entries.map { entry in
            Entry(id: entry.id, revisions: entry.revisions.map {
                Version(number: $0.number, recordedAt: $0.recordedAt, fields: EntryDocument.FieldsDocument($0.fields))
            })
        }
        attachments = manifest.attachments.map {
            Attachment(entry: $0.entry, name: $0.name, size: $0.size, sha256: $0.sha256)
        }
        inShareLog = opened.shared != nil
    }
}

extension Localized {
    static var sharesOpenAbstract: Localized {
        Localized(
            en: "Show a bundle you shared, exactly as it went out; nothing is imported into your journal.",
            nl: "Toon een bundel die je hebt gedeeld, precies zoals die is verstuurd; er komt niets in je dagboek bij.")
    }

    static var helpSentBundleFile: Localized {
        Localized(en: "The bundle file you shared.", nl: "Het bundelbestand dat je hebt gedeeld.")
    }

    static var helpSentHistory: Localized {
        Localized(en: "Show every version that went, not only the latest.",
                  nl: "Toon elke versie die is meegegaan, niet alleen de laatste.")
    }

    static func openedBundle(_ bundleId: String, made moment: String) -> Localized {
        Localized(en: "Bundle \(bundleId), made \(moment).", nl: "Bundel \(bundleId), gemaakt op \(moment).")
    }

    /// A recipient other than the melder: the adviser, by name when known.
    static func openedRecipient(_ name: String?, fingerprint: String) -> Localized {
        guard let name else {
            return Localized(en: "the key with fingerprint \(fingerprint)", nl: "de sleutel met vingerafdruk \(fingerprint)")
        }
        return Localized(en: "\(name) (fingerprint \(fingerprint))", nl: "\(name) (vingerafdruk \(fingerprint))")
    }

    /// Who can open the bundle: the recipients before the melder, and the melder.
    static func openedFor(_ others: [String]) -> Localized {
        let list = others.joined(separator: ", ")
        return others.isEmpty
            ? Localized(en: "Encrypted for you only.", nl: "Alleen voor jou versleuteld.")
            : Localized(en: "Encrypted for \(list) and for you.", nl: "Versleuteld voor \(list) en voor jou.")
    }

    static var openedSignedByYou: Localized {
        Localized(en: "Signed with your key; not changed since it was made.",
                  nl: "Ondertekend met jouw sleutel; niet gewijzigd sinds hij is gemaakt.")
    }

    /// A bundle this journal signed but whose share record it lacks (say, the share stopped before recording it).
    static var openedNotInShareLog: Localized {
        Localized(en: "This journal has no record of sending it: meldboek shares does not list it.",
                  nl: "Dit dagboek heeft niet vastgelegd dat deze bundel is verstuurd: meldboek gedeeld toont hem niet.")
    }
}
