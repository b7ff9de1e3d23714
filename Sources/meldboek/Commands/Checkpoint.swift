// `meldboek checkpoint`: sign the commitment log's size and root, store it, and print the signed note.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekShare
import MeldboekText

extension Meldboek {
    struct CheckpointCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "checkpoint", abstract: t(.logCheckpointAbstract))
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(t(.logHelpCheckpointOut), valueName: t(.placeholderFile)), completion: .file())
        var out: String?

        @Option(help: ArgumentHelp(t(.witHelpCheckpointTo), valueName: "contact"))
        var to: String?

        func validate() throws {
            if to != nil, out == nil { throw ValidationError(t(.witHelpCheckpointTo)) }
        }

        func run() throws {
            if let out { try NamedFile.checkAbsent(out) }
            let journal = try global.unlockJournal()
            if let to, let out {
                // For the adviser to cosign: signed and encrypted like a bundle, holding no entry.
                var request = ShareRequest(
                    contact: try Contacts(journal).named(to), entries: [], redactions: [], includeAttachments: false,
                    note: nil, pseudonymLabel: t(.pseudonym))
                request.checkpointOnly = true
                let bundle = try BundleWriter.prepare(request, journal: journal)
                try BundleWriter.write(bundle, journal: journal, to: URL(fileURLWithPath: out))
                let size = bundle.manifest.evidence.flatMap { try? SignedNote(parsing: $0.checkpoint).checkpoint().size } ?? 0
                print(t(.witCheckpointSent(size, OutsideText.line(request.contact.name), OutsideText.line(out))))
                return
            }
            let made = try EvidenceStore(journal: journal).makeCheckpoint()
            if let out {
                try PrivateFiles.write(Data(made.note.utf8), to: URL(fileURLWithPath: out))
            }
            print(made.note, terminator: "")
            let line = t(.logCheckpointMade(made.checkpoint.size)) + (out.map { " " + t(.logCheckpointWritten($0)) } ?? "")
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}

/// The commitment log of a melder's journal, kept by every write: registered when the command line opens it.
func keepCommitmentLog(_ journal: Journal) {
    guard journal.vault.role == .melder else { return }
    // A journal whose identity no longer opens still reads; its writes catch the log up once it opens again.
    _ = try? CommitmentLog.register(on: journal)
}

/// The earliest witness of each revision of `entries` (``EvidenceStore/committedTimes(of:)``); nil for a vault
/// that keeps no log, or whose log can't be read now (a damaged head: the views show what they can, and warn).
func committedTimes(_ journal: Journal, of entries: [Entry]) -> [EntryID: [Int: CommittedTime]]? {
    guard journal.vault.role == .melder, journal.vault.format >= CommitmentLog.firstFormat else { return nil }
    return try? EvidenceStore(journal: journal).committedTimes(of: entries)
}
