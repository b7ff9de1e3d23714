// `meldboek prove ID... --out DIR`: an evidence folder anyone can check with check.py, openssl ts and ots.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekShare
import MeldboekText

extension Meldboek {
    struct Prove: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.prvAbstract)) }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.prvHelpIDs), valueName: "id"))
        var ids: [String] = []

        @Option(help: ArgumentHelp(t(.prvHelpOut), valueName: t(.placeholderFolder)), completion: .directory)
        var out: String

        @Flag(name: .customLong("all-revisions"), help: ArgumentHelp(t(.prvHelpAllRevisions)))
        var allRevisions = false

        @Option(help: ArgumentHelp(t(.prvHelpRedact), valueName: "people,witnesses,location"))
        var redact: String?

        @Option(name: .customLong("redact-word"), help: ArgumentHelp(t(.prvHelpRedactWord), valueName: t(.placeholderWord)))
        var redactWords: [String] = []

        @Option(help: ArgumentHelp(t(.prvHelpReveal), valueName: t(.placeholderPseudonym)))
        var reveal: String?

        @Option(help: ArgumentHelp(t(.prvHelpBundle), valueName: t(.placeholderBundleID)))
        var bundle: String?

        @Option(help: ArgumentHelp(t(.prvHelpCA), valueName: t(.placeholderFile)), completion: .file())
        var ca: String?

        func validate() throws {
            if (reveal == nil) != (bundle == nil) { throw ValidationError(t(.prvErrRevealNeedsBundle)) }
            try checkRedactWords(redactWords)
            if reveal != nil, !ids.isEmpty || redact != nil || !redactWords.isEmpty || allRevisions {
                throw ValidationError(t(.prvErrRevealNoIDs))
            }
            if reveal == nil, ids.isEmpty { throw ValidationError(t(.prvErrChooseEntries)) }
        }

        func run() throws {
            let redactions = try parseRedactions(redact)
            try NamedFile.checkAbsent(out)
            if let ca { try NamedFile.checkReadable(ca) }
            let pem = try ca.map { Array(try NamedFile.contents(of: $0)) }
            let journal = try global.unlockJournal()
            var entries: [Entry] = []
            if reveal == nil {
                let snapshot = try journal.snapshot()
                // A damaged journal proves nothing: an unreadable record may be a newer version of a chosen entry.
                try failIfDamaged(snapshot.damage)
                var seen = Set<EntryID>()
                for id in ids {
                    let entry = try snapshot.entry(id)
                    if seen.insert(entry.id).inserted { entries.append(entry) }
                }
            }
            var request = ProofRequest(
                entries: entries, allRevisions: allRevisions, redactions: redactions, pseudonymLabel: t(.pseudonym),
                reveal: zip2(bundle, reveal).map { ProofRequest.Reveal(bundle: $0, pseudonym: $1) },
                tsaCertificatesPEM: pem)
            request.words = redactWords
            let proof: PreparedProof
            do {
                proof = try Prover.prepare(request, journal: journal)
            } catch let refusal as ProofRefusal {
                throw CommandError.invalidInput(Self.words(refusal))
            }
            let folder = URL(fileURLWithPath: out)
            try proof.folder.write(to: folder)

            if proof.madeCheckpoint, let size = proof.revisions.map(\.checkpointSize).max() {
                print(t(.prvCheckpointMade(size)))
            }
            print(t(.prvWritten(OutsideText.line(folder.path))))
            for revision in proof.revisions {
                print(t(.prvRevisionLine(revision.entry.description, revision.revision, revision.checkpointSize)))
            }
            for skipped in proof.withoutCommitment {
                print(t(.prvSkipped(skipped.entry.description, skipped.revision)))
            }
            for checkpoint in proof.folder.checkpoints {
                let size = (try? checkpoint.note.checkpoint().size) ?? 0
                let cosignatures = proof.folder.cosignerKeys.filter { !checkpoint.note.signatures(by: $0).isEmpty }.count
                print(t(.prvCheckpointLine(size, cosignatures, checkpoint.timestamps.count, checkpoint.openTimestamps.count)))
            }
            if let reveal, let bundle { print(t(.prvRevealed(OutsideText.line(reveal), OutsideText.line(bundle)))) }
            print(t(.prvCheckWith))
            print("  python3 \(Anchor.shellQuoted(folder.appendingPathComponent("check.py").path))")
        }

        static func words(_ refusal: ProofRefusal) -> String {
            switch refusal {
            case .noCommitment(let entry, let revision): t(.prvErrNoCommitment(entry, revision))
            case .unknownBundle(let id): t(.prvErrUnknownBundle(OutsideText.line(id)))
            case .bundleWithoutPseudonyms(let id): t(.prvErrNoPseudonyms(id))
            case .unknownPseudonym(let name): t(.prvErrUnknownPseudonym(OutsideText.line(name)))
            case .bundleNotCosigned(let id): t(.prvErrNotCosigned(id))
            case .bundleEntriesGone(let id): t(.prvErrEntriesGone(id))
            }
        }
    }
}

private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
