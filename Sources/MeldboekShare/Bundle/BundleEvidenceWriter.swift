// The melder's side of bundle format 2: a fresh checkpoint, and each revision's disclosure and inclusion proof.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium

/// What a bundle of format 2 proves its revisions with, made once per bundle.
struct BundleEvidenceSource {
    let store: EvidenceStore
    let checkpoint: StoredCheckpoint
    let maker: DisclosureMaker
    let evidence: BundleManifest.Evidence

    /// Signs a checkpoint over the journal as it stands (it is stored, like one `meldboek checkpoint` makes), or
    /// nil for a vault that keeps no commitment log yet (format 2): its bundles stay format 1.
    static func make(
        journal: Journal, contact: Contact, entries: [Entry], redactor: Redactor, now: Date
    ) throws -> BundleEvidenceSource? {
        let store: EvidenceStore
        do {
            store = try EvidenceStore(journal: journal)
        } catch EvidenceError.logNeedsUpgrade {
            return nil
        }
        let checkpoint = try store.makeCheckpoint(now: now)
        let size = checkpoint.checkpoint.size
        // From the largest checkpoint this adviser cosigned, as the receipts brought it back.
        var consistency: BundleManifest.Evidence.Consistency?
        let cosigned = try ShareLog.shares(in: journal).filter { $0.card == contact.card.text }.compactMap {
            $0.cosignature.flatMap { try? SignedNote(parsing: $0.checkpoint).checkpoint().size }
        }
        if let fromSize = cosigned.filter({ $0 >= 1 && $0 <= UInt64(size) }).max() {
            let proof = try store.consistencyProof(from: Int64(fromSize), to: size)
            consistency = BundleManifest.Evidence.Consistency(fromSize: fromSize, proof: proof.map(Encoding.hex))
        }
        let nameKey = store.keys.tokenSaltKey.withUnsafeBytes { Array($0) }
        return BundleEvidenceSource(
            store: store, checkpoint: checkpoint,
            maker: DisclosureMaker(redactor: redactor, nameKey: nameKey, entries: entries),
            evidence: BundleManifest.Evidence(
                checkpoint: checkpoint.note, checkpointKey: try store.checkpointVerifierKey, consistency: consistency))
    }

    /// The revision as a format 2 bundle sends it; without proof when it has no seed (written before the upgrade
    /// that gave the journal its log) or its leaf is not in the checkpoint.
    func version(of entry: Entry, _ revision: Revision) throws -> BundleEntry.Version? {
        guard let seed = revision.seed, let seq = revision.seq else { return nil }
        let (index, inclusion) = try store.inclusionProof(seq: seq, size: checkpoint.checkpoint.size)
        let (disclosure, shown) = try maker.disclose(entry: entry.id, revision: revision, seed: Array(seed))
        return BundleEntry.Version(
            number: revision.number, recordedAt: revision.recordedAt, fields: shown, disclosure: disclosure,
            leafIndex: UInt64(index), inclusion: inclusion.map(Encoding.hex))
    }
}
