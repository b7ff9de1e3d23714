// `meldboek add`: record a new incident.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekInterview
import MeldboekTerminal

extension Meldboek {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.addAbstract), discussion: t(.addDiscussion), aliases: ["toevoegen"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: EntryFieldOptions

        @Option(name: .customLong("attach"), help: ArgumentHelp(t(.helpAttach), valueName: t(.placeholderFile)), completion: .file())
        var attachments: [String] = []

        @Flag(name: .customLong("resume"), help: ArgumentHelp(t(.helpResume)))
        var resume = false

        @Flag(name: .customLong("discard-draft"), help: ArgumentHelp(t(.helpDiscardDraft)))
        var discardDraft = false

        func validate() throws {
            if resume && discardDraft {
                throw ValidationError(t(.optionsExclusive("--resume", "--discard-draft")))
            }
            if (resume || discardDraft) && !(fields.isEmpty && attachments.isEmpty) {
                throw ValidationError(t(.draftOptionAlone(resume ? "--resume" : "--discard-draft")))
            }
        }

        func run() throws {
            if discardDraft { return try throwDraftAway() }
            if resume || (fields.isEmpty && attachments.isEmpty && Terminal.hasSomeoneToAsk) {
                return try interview()
            }
            // Read and check everything the user typed before asking for the passphrase.
            var entryFields = EntryFields()
            var change = try fields.change(currentNarrative: "")
            // Leaving the editor without writing (vim's :q!) is how a user says "not now", as with git's commit message.
            if fields.editor, change.narrative?.allSatisfy(\.isWhitespace) ?? true { throw CommandError.editorLeftEmpty }
            let dates = global.dates
            try change.askWhichReading(dates: dates)
            try change.apply(to: &entryFields, dates: dates)
            try checkNotInTheFuture(entryFields.occurredAt, dates: dates, timeZone: global.calendar.timeZone)
            for file in attachments { try NamedFile.checkReadable(file) }
            let journal = try global.unlockJournal()
            let entry = try journal.add(entryFields, attachments: attachments.map { URL(fileURLWithPath: $0) })
            print(t(.entryAdded(entry.id)))
            ReadBack(text: global.text).say(entry.current, ownWords: fields.whenApproximately != nil)
        }

        /// Asks for the entry question by question, after unlocking, so a wrong passphrase loses nothing typed.
        ///
        /// With `--resume` it goes on with the kept draft; without, it says that there is one. Ctrl-C
        /// lets the melder keep the answers as the (new) draft.
        private func interview() throws {
            let journal = try global.unlockJournal()
            // A draft that doesn't open stops only --resume; a new interview may replace it.
            let kept = resume ? try journal.draft() : (try? journal.draft()) ?? nil
            if resume && kept == nil { throw MeldboekError.noDraft }
            guard Terminal.hasSomeoneToAsk else {
                throw CommandError.invalidInput(t(.resumeNeedsTerminal))
            }
            // Said before the first question, not after the last: answers that can't be kept must not be asked for.
            try journal.checkWritable()
            if !resume, let keptAt = kept?.keptAt {
                FileHandle.standardError.write(Data((t(.draftWaiting(keptAt, timeZone: .current)) + "\n").utf8))
            }
            guard let terminal = InterviewTerminal() else { throw MeldboekError.nothingToRecord }
            defer { terminal.close() }
            let result: InterviewResult
            do {
                // Going on with a draft and keeping it again updates that draft: nothing else is replaced.
                result = try Interview(language: interfaceLanguage, dates: global.dates)
                    .newEntry(on: terminal, resuming: resume ? kept : nil,
                              offeringDraft: .keep(replacing: resume ? nil : kept?.keptAt))
            } catch let stopped as InterviewStopped {
                terminal.close()
                try journal.keepDraft(stopped.draft)
                print(t(.draftKept))
                return
            } catch let error as MeldboekError where resume && (error == .interrupted || error == .cancelled) {
                // What was typed now is thrown away; the draft stays as it was kept.
                terminal.close()
                if let keptAt = kept?.keptAt {
                    FileHandle.standardError.write(Data((t(.draftStays(keptAt, timeZone: .current)) + "\n").utf8))
                }
                throw error
            }
            terminal.close()
            let entry = try journal.add(result.fields, attachments: result.attachments, discardingDraft: resume ? kept : nil)
            print(t(.entryAdded(entry.id)))
        }

        private func throwDraftAway() throws {
            let journal = try global.unlockJournal()
            guard try journal.hasDraft() else { throw CommandError.missing(t(.noDraftToThrowAway)) }
            try journal.discardDraft()
            print(t(.draftThrownAway))
        }
    }
}

extension Localized {
    static let helpResume = Localized(
        en: "Go on with the interview you stopped and kept as a draft.",
        nl: "Ga verder met de vragen die je hebt onderbroken en als concept bewaard.")

    static let helpDiscardDraft = Localized(
        en: "Throw away the interview you kept as a draft.",
        nl: "Gooi de onderbroken vragen weg die je als concept hebt bewaard.")

    static func optionsExclusive(_ first: String, _ second: String) -> Localized {
        Localized(en: "Use \(first) or \(second), not both.", nl: "Gebruik \(first) of \(second), niet allebei.")
    }

    /// A draft option given with fields or files.
    static func draftOptionAlone(_ option: String) -> Localized {
        Localized(en: "\(option) goes without other options: the draft already holds the answers.",
                  nl: "\(option) gebruik je zonder andere opties: het concept bevat de antwoorden al.")
    }

    static let resumeNeedsTerminal = Localized(
        en: "Going on with a draft asks questions, and there is no terminal to ask them on.",
        nl: "Verdergaan met een concept stelt vragen, en er is geen terminal om ze te stellen.")

    /// Said (on standard error) before a new interview when a draft is waiting.
    static func draftWaiting(_ keptAt: Date, timeZone: TimeZone) -> Localized {
        let when = reading(.instant(keptAt), timeZone: timeZone)
        return Localized(
            en: "You have a draft of \(when.en). To go on with it: meldboek add --resume",
            nl: "Je hebt een concept van \(when.nl). Verdergaan daarmee: meldboek add --resume")
    }

    static let draftKept = Localized(
        en: "Your answers are kept as a draft, encrypted in your journal. Go on with: meldboek add --resume",
        nl: "Je antwoorden zijn bewaard als concept, versleuteld in je dagboek. Verdergaan met: meldboek add --resume")

    static let draftThrownAway = Localized(en: "The draft is thrown away.", nl: "Het concept is weggegooid.")

    static let noDraftToThrowAway = Localized(en: "There is no draft to throw away.", nl: "Er is geen concept om weg te gooien.")

    /// After stopping a resumed interview without keeping what was typed.
    static func draftStays(_ keptAt: Date, timeZone: TimeZone) -> Localized {
        let when = reading(.instant(keptAt), timeZone: timeZone)
        return Localized(
            en: "Your draft of \(when.en) is kept as it was: meldboek add --resume goes on with it, meldboek add --discard-draft throws it away.",
            nl: "Je concept van \(when.nl) blijft zoals het was: meldboek add --resume gaat ermee verder, meldboek add --discard-draft gooit het weg.")
    }

    static let draftChanged = Localized(
        en: "The draft you went on with was saved, replaced or thrown away by another meldboek meanwhile; nothing was saved.",
        nl: "Het concept waarmee je verderging is intussen door een andere meldboek opgeslagen, vervangen of weggegooid; er is niets opgeslagen.")

    static let noDraft = Localized(
        en: "There is no draft to go on with.", nl: "Er is geen concept om mee verder te gaan.")

    static let noDraftHint = Localized(
        en: "A draft is kept when you stop the questions of meldboek add with Ctrl-C and choose to keep your answers.",
        nl: "Een concept ontstaat als je de vragen van meldboek add met Ctrl-C onderbreekt en kiest om je antwoorden te bewaren.")

    static let draftUnreadable = Localized(
        en: "The draft in this journal can't be read: it is damaged or was kept by a newer version of Meldboek.",
        nl: "Het concept in dit dagboek is niet te lezen: het is beschadigd of bewaard door een nieuwere versie van Meldboek.")

    static let draftUnreadableHint = Localized(
        en: "Throw it away with: meldboek add --discard-draft.",
        nl: "Gooi het weg met: meldboek add --discard-draft.")
}
