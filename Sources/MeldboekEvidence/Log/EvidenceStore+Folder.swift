// A stored checkpoint with everything that witnessed it, as an evidence folder gives it.
import Foundation
import MeldboekCore

extension EvidenceStore {
    /// The checkpoint the journal stored with this reference, if it signed one.
    public func storedCheckpoint(_ reference: CheckpointReference) throws -> StoredCheckpoint? {
        try checkpoints().first { $0.checkpoint == reference }
    }

    /// A stored checkpoint as an evidence folder carries it: the journal's signed note with each stored
    /// cosignature line under it (the first one per cosigner), every RFC 3161 token and OpenTimestamps proof
    /// of it with the note they stamped, and the cosigners' verifier keys.
    public func folderEvidence(for checkpoint: StoredCheckpoint) throws
        -> (evidence: EvidenceFolder.CheckpointEvidence, cosigners: [NoteVerifier])
    {
        var serialized = try SignedNote(parsing: checkpoint.note).serialized
        var cosigners: [NoteVerifier] = []
        for body in try journal.records(of: CosignatureBody.self) where body.checkpoint == checkpoint.checkpoint {
            let cosigner = try NoteVerifier(verifierKey: body.cosigner)
            guard !cosigners.contains(cosigner) else { continue }
            let line = body.signatureLine.trimmingCharacters(in: .newlines)
            serialized += line + "\n"
            cosigners.append(cosigner)
        }
        let stamped = Array(checkpoint.note.utf8)
        var evidence = EvidenceFolder.CheckpointEvidence(note: try SignedNote(parsing: serialized))
        for body in try journal.records(of: TimestampBody.self) where body.checkpoint == checkpoint.checkpoint {
            evidence.timestamps.append(EvidenceFolder.Stamp(stampedNote: stamped, proof: Array(body.token)))
        }
        for body in try journal.records(of: OTSProofBody.self) where body.checkpoint == checkpoint.checkpoint {
            evidence.openTimestamps.append(EvidenceFolder.Stamp(stampedNote: stamped, proof: Array(body.proof)))
        }
        return (evidence, cosigners)
    }
}
