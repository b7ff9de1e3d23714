// `meldboek prove`: the evidence folder of chosen revisions, fully disclosed, redacted like a bundle, or with one
// pseudonym of an earlier bundle opened against the checkpoint its adviser cosigned.
import Foundation
import MeldboekCore
import MeldboekEvidence

/// What to prove.
public struct ProofRequest: Sendable {
    /// One pseudonym of a bundle sent earlier, to open (every other redaction of that bundle is kept).
    public struct Reveal: Sendable {
        /// The bundle id as `shares` shows it: whole, or its first eight characters or more.
        public var bundle: String
        public var pseudonym: String

        public init(bundle: String, pseudonym: String) {
            self.bundle = bundle
            self.pseudonym = pseudonym
        }
    }

    /// The chosen entries; ignored with ``reveal``, which proves the entries of that bundle.
    public var entries: [Entry]
    /// Every revision with a commitment, not only the current one.
    public var allRevisions: Bool
    public var redactions: Set<Redaction>
    /// Words to hide as names wherever the proven text has them (`--redact-word`), as a share hides them;
    /// ignored with ``reveal``, which hides the words that bundle hid.
    public var words: [String] = []
    /// The word pseudonyms start with ("Person", "Persoon").
    public var pseudonymLabel: String
    public var reveal: Reveal?
    /// CA certificates (PEM) of the timestamp authorities, written into the folder for `openssl ts -verify`.
    public var tsaCertificatesPEM: [UInt8]?

    public init(entries: [Entry], allRevisions: Bool = false, redactions: Set<Redaction> = [], pseudonymLabel: String,
                reveal: Reveal? = nil, tsaCertificatesPEM: [UInt8]? = nil) {
        self.entries = entries
        self.allRevisions = allRevisions
        self.redactions = redactions
        self.pseudonymLabel = pseudonymLabel
        self.reveal = reveal
        self.tsaCertificatesPEM = tsaCertificatesPEM
    }
}

/// Why a proof can't be made; the command line words each.
public enum ProofRefusal: Error, Equatable, Sendable {
    /// The revision was written before the upgrade that gave the journal its log: it has no commitment.
    case noCommitment(entry: String, revision: Int)
    /// No share in the share log has this id (or the prefix names none or several).
    case unknownBundle(String)
    /// The bundle kept no pseudonyms (format 1, or shared without redaction of names).
    case bundleWithoutPseudonyms(String)
    /// The bundle did not use this pseudonym.
    case unknownPseudonym(String)
    /// The adviser's receipt with a cosignature has not been imported for this bundle.
    case bundleNotCosigned(String)
    /// None of the bundle's entries is still in the journal.
    case bundleEntriesGone(String)
}

/// A proof ready to write.
public struct PreparedProof: Sendable {
    public var folder: EvidenceFolder
    /// Each proven revision, with the size of the checkpoint it is proven in.
    public var revisions: [(entry: EntryID, revision: Int, checkpointSize: Int64)]
    /// Older revisions left out because they have no commitment (written before the upgrade).
    public var withoutCommitment: [(entry: EntryID, revision: Int)]
    /// Whether a checkpoint was signed (and stored) for this proof.
    public var madeCheckpoint: Bool
}

public enum Prover {
    /// Gathers the disclosures, proofs, checkpoints and their witnesses, and checks them (``EvidenceFolder/check()``).
    ///
    /// Without ``ProofRequest/reveal``, each revision is proven in the checkpoint of its earliest witness (what
    /// "committed no later than" rests on), or else in the latest checkpoint, a new one being signed when the
    /// latest doesn't hold it. With it, the bundle's revisions are proven in the checkpoint its adviser cosigned.
    /// - Throws: ``ProofRefusal``, `EvidenceError` (a vault without a log), what checking and the journal throw.
    public static func prepare(_ request: ProofRequest, journal: Journal, now: Date = Date()) throws -> PreparedProof {
        try journal.requireRole(.melder)
        let store = try EvidenceStore(journal: journal)
        let nameKey = store.keys.tokenSaltKey.withUnsafeBytes { Array($0) }
        if let reveal = request.reveal {
            return try prepareReveal(reveal, request: request, store: store, nameKey: nameKey)
        }
        let redactor = Redactor.sharing(
            request.entries, from: try journal.snapshot().entries, words: request.words, redactions: request.redactions,
            label: request.pseudonymLabel)
        let maker = DisclosureMaker(redactor: redactor, nameKey: nameKey, entries: request.entries)
        let witnessed = try store.committedNoLaterThan()
        var checkpoints: [StoredCheckpoint] = []
        var latest = try store.latestCheckpoint()
        var made = false
        var items: [(revision: Revision, entry: EntryID, checkpoint: StoredCheckpoint)] = []
        var withoutCommitment: [(entry: EntryID, revision: Int)] = []
        for entry in request.entries {
            let current = entry.revisions[entry.revisions.count - 1]
            guard current.seed != nil, current.seq != nil else {
                throw ProofRefusal.noCommitment(entry: entry.id.description, revision: current.number)
            }
            for revision in request.allRevisions ? entry.revisions : [current] {
                guard let seq = revision.seq, revision.seed != nil else {
                    withoutCommitment.append((entry.id, revision.number))
                    continue
                }
                var chosen: StoredCheckpoint?
                if let first = witnessed[RevisionKey(entry: entry.id, number: revision.number)] {
                    chosen = try store.storedCheckpoint(first.checkpoint)
                }
                if chosen == nil, let candidate = latest, (try? store.inclusionProof(seq: seq, size: candidate.checkpoint.size)) != nil {
                    chosen = candidate
                }
                if chosen == nil {
                    // The log grew past the latest checkpoint: sign one that holds it, as a share does.
                    latest = try store.makeCheckpoint(now: now)
                    made = true
                    chosen = latest
                }
                items.append((revision, entry.id, chosen!))
            }
        }
        var folderItems: [EvidenceFolder.Item] = []
        for item in items {
            let index: Int
            if let found = checkpoints.firstIndex(of: item.checkpoint) {
                index = found
            } else {
                checkpoints.append(item.checkpoint)
                index = checkpoints.count - 1
            }
            let (leaf, proof) = try store.inclusionProof(seq: item.revision.seq!, size: item.checkpoint.checkpoint.size)
            let (disclosure, _) = try maker.disclose(entry: item.entry, revision: item.revision, seed: Array(item.revision.seed!))
            folderItems.append(EvidenceFolder.Item(
                disclosure: disclosure, leafIndex: UInt64(leaf), inclusionProof: proof, checkpoint: index))
        }
        return try assemble(
            store: store, checkpoints: checkpoints, items: folderItems,
            revisions: items.map { ($0.entry, $0.revision.number, $0.checkpoint.checkpoint.size) },
            withoutCommitment: withoutCommitment, madeCheckpoint: made, pem: request.tsaCertificatesPEM)
    }

    /// The bundle's revisions again, each pseudonym hidden as it was except `reveal.pseudonym`, opened.
    static func prepareReveal(_ reveal: ProofRequest.Reveal, request: ProofRequest, store: EvidenceStore, nameKey: [UInt8])
        throws -> PreparedProof
    {
        let journal = store.journal
        let wanted = reveal.bundle.lowercased()
        let matches = try ShareLog.shares(in: journal).filter {
            $0.bundleId == wanted || (wanted.count >= 8 && $0.bundleId.hasPrefix(wanted))
        }
        guard matches.count == 1, let share = matches.first else { throw ProofRefusal.unknownBundle(reveal.bundle) }
        guard let map = share.pseudonyms, !map.isEmpty else { throw ProofRefusal.bundleWithoutPseudonyms(share.bundleId) }
        guard map[reveal.pseudonym] != nil else { throw ProofRefusal.unknownPseudonym(reveal.pseudonym) }
        guard let cosignature = share.cosignature,
              let head = try? SignedNote(parsing: cosignature.checkpoint).checkpoint(),
              let stored = try store.storedCheckpoint(CheckpointReference(size: Int64(head.size), root: Data(head.root)))
        else { throw ProofRefusal.bundleNotCosigned(share.bundleId) }

        let snapshot = try journal.snapshot()
        let entries = share.entries.compactMap { id in snapshot.entries.first { $0.id.description == id } }
        guard !entries.isEmpty else { throw ProofRefusal.bundleEntriesGone(share.bundleId) }
        // What the bundle held: the revisions the cosigned checkpoint already had.
        var revisions: [(entry: EntryID, revision: Revision, leaf: Int64, proof: [[UInt8]])] = []
        for entry in entries {
            for revision in entry.revisions {
                guard let seq = revision.seq, revision.seed != nil,
                      let (leaf, proof) = try? store.inclusionProof(seq: seq, size: stored.checkpoint.size)
                else { continue }
                revisions.append((entry.id, revision, leaf, proof))
            }
        }
        // The bundle's plan: its phrases under their pseudonyms, less the one opened; the same fields withheld.
        var phrases: [String: String] = [:]
        for (pseudonym, phrase) in map where pseudonym != reveal.pseudonym { phrases[phrase] = pseudonym }
        let redactions = Set(share.redactions.compactMap(Redaction.init(rawValue:)))
        // The names the share hid: those listed anywhere in the journal and the words it was asked to hide,
        // so a date in words that names someone is withheld again, as the bundle withheld it.
        let held = entries.map { entry in
            (versions: revisions.filter { $0.entry == entry.id }.map(\.revision.fields), attachments: [String]())
        }
        let redactor = Redactor.sharing(
            held, from: snapshot.entries.flatMap { $0.revisions.map(\.fields) }, words: share.words ?? [],
            redactions: redactions, label: request.pseudonymLabel)
        var items: [EvidenceFolder.Item] = []
        for shared in revisions {
            var plan = RedactionPlan(withheld: [], pseudonyms: phrases)
            if redactions.contains(.location) { plan.withheld.insert("location") }
            if case .approximate(let text, _)? = shared.revision.fields.occurredAt, !redactor.names(in: text).isEmpty {
                plan.withheld.insert("occurredAt")
            }
            let disclosure = try Disclosure.revision(
                entry: shared.entry, revision: shared.revision, seed: Array(shared.revision.seed!), nameKey: nameKey,
                plan: plan)
            items.append(EvidenceFolder.Item(
                disclosure: disclosure, leafIndex: UInt64(shared.leaf), inclusionProof: shared.proof, checkpoint: 0))
        }
        return try assemble(
            store: store, checkpoints: [stored], items: items,
            revisions: revisions.map { ($0.entry, $0.revision.number, stored.checkpoint.size) },
            withoutCommitment: [], madeCheckpoint: false, pem: request.tsaCertificatesPEM)
    }

    static func assemble(
        store: EvidenceStore, checkpoints: [StoredCheckpoint], items: [EvidenceFolder.Item],
        revisions: [(entry: EntryID, revision: Int, checkpointSize: Int64)],
        withoutCommitment: [(entry: EntryID, revision: Int)], madeCheckpoint: Bool, pem: [UInt8]?
    ) throws -> PreparedProof {
        var evidence: [EvidenceFolder.CheckpointEvidence] = []
        var cosigners: [NoteVerifier] = []
        for checkpoint in checkpoints {
            let (one, keys) = try store.folderEvidence(for: checkpoint)
            evidence.append(one)
            for key in keys where !cosigners.contains(key) { cosigners.append(key) }
        }
        let folder = EvidenceFolder(
            journalKey: try NoteVerifier(verifierKey: store.checkpointVerifierKey), cosignerKeys: cosigners,
            checkpoints: evidence, items: items, tsaCertificatesPEM: pem)
        _ = try folder.check()
        return PreparedProof(
            folder: folder, revisions: revisions, withoutCommitment: withoutCommitment, madeCheckpoint: madeCheckpoint)
    }
}
