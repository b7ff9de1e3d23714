// Checking a version 2 bundle's evidence: the signed checkpoint, each revision's disclosure and inclusion proof,
// consistency with what the adviser cosigned, and the adviser's cosignature.
//
// Signed notes, cosignatures and RFC 9162 proofs are MeldboekEvidence's; this file applies them to bundles.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium

/// A checkpoint whose signature by the manifest's checkpoint key verified.
struct CheckedCheckpoint: Sendable, Equatable {
    var journalId: String
    var size: UInt64
    var root: [UInt8]
    /// The signed note as the bundle carried it.
    var note: String
    /// The checkpoint verifier key string from the manifest.
    var key: String
}

enum BundleProof {
    static let journalPrefix = EvidenceDomain.journalOriginPrefix
    static let cosignerPrefix = EvidenceDomain.adviserNamePrefix

    // MARK: Checkpoints (C2SP tlog-checkpoint, signed-note), through MeldboekEvidence's notes

    /// Parses the manifest's checkpoint and checks its signature by the key the manifest names, which must be a
    /// journal's checkpoint key named after the checkpoint's origin.
    static func checkCheckpoint(_ evidence: BundleManifest.Evidence) throws(ShareProblem) -> CheckedCheckpoint {
        guard let verifier = try? NoteVerifier(verifierKey: evidence.checkpointKey), verifier.type == .ed25519,
              verifier.name.hasPrefix(journalPrefix),
              FormatRules.isLowerHex(String(verifier.name.dropFirst(journalPrefix.count)), count: 32),
              let note = try? SignedNote(parsing: evidence.checkpoint), note.serialized == evidence.checkpoint,
              let checkpoint = try? note.checkpoint(), checkpoint.origin == verifier.name, checkpoint.extensions.isEmpty
        else { throw .checkpointMalformed }
        guard (try? note.verify(by: verifier)) != nil else { throw .checkpointSignatureInvalid }
        return CheckedCheckpoint(
            journalId: String(verifier.name.dropFirst(journalPrefix.count)), size: checkpoint.size,
            root: checkpoint.root, note: evidence.checkpoint, key: evidence.checkpointKey)
    }

    // MARK: Cosignatures (C2SP tlog-cosignature/v1)

    /// The adviser vault's cosigner, derived from its identity as ``EvidenceKeys`` derives it.
    static func cosigner(identity: VaultIdentity) throws -> NoteSigner {
        try NoteSigner(
            name: try EvidenceKeys.cosignerName(identity: identity), type: .cosignatureV1,
            key: try EvidenceKeys.cosigningKey(identity: identity))
    }

    /// A melder journal's checkpoint verifier key, as its evidence log signs with it.
    static func checkpointKey(identity: VaultIdentity) throws -> String {
        try EvidenceKeys(identity: identity).checkpointSigner.verifier.verifierKey
    }

    static func cosignerKey(identity: VaultIdentity) throws -> String {
        try cosigner(identity: identity).verifier.verifierKey
    }

    /// The cosignature line for `checkpoint` at `time` (whole seconds).
    static func cosign(_ checkpoint: CheckedCheckpoint, identity: VaultIdentity, at time: Date) throws -> String {
        let note = try SignedNote(parsing: checkpoint.note)
        let seconds = UInt64(max(0, time.timeIntervalSince1970.rounded(.down)))
        return String(try cosigner(identity: identity).cosign(note.text, time: seconds).line.dropLast())
    }

    /// Checks a cosignature line on a checkpoint note against the cosigner key; returns its time.
    static func checkCosignature(line: String, checkpoint: String, key: String) throws(ShareProblem) -> Date {
        guard let verifier = try? NoteVerifier(verifierKey: key), verifier.type == .cosignatureV1,
              verifier.name.hasPrefix(cosignerPrefix), !line.contains("\n"),
              let note = try? SignedNote(parsing: checkpoint + line + "\n"),
              let cosignature = try? Cosignature.verify(note, by: verifier) else { throw .cosignatureInvalid }
        return Date(timeIntervalSince1970: TimeInterval(cosignature.time))
    }

    // MARK: RFC 9162 proofs, through MeldboekEvidence's tree

    static func consistent(
        oldSize: UInt64, oldRoot: [UInt8], newSize: UInt64, newRoot: [UInt8], proof: [[UInt8]]
    ) -> Bool {
        MerkleTree.verifyConsistency(oldSize: oldSize, newSize: newSize, proof: proof, oldRoot: oldRoot, newRoot: newRoot)
    }

    // MARK: Revisions

    /// Checks one revision of a version 2 bundle: its disclosure recomputes to a leaf the checkpoint includes at
    /// `leafIndex`, and the fields shown are exactly what the disclosure renders. Adds its pseudonym runs to `runs`,
    /// for the check across the whole bundle.
    static func checkRevision(
        _ version: BundleEntry.Version, entry: String, checkpoint: CheckedCheckpoint,
        runs: inout [Disclosure.Verified.PseudonymRun]
    ) throws(ShareProblem) -> RevisionProof {
        let notProven = ShareProblem.revisionNotProven(entry: entry, revision: version.number)
        guard let disclosure = version.disclosure, let index = version.leafIndex, let hexProof = version.inclusion,
              disclosure.kind == .revision, let uuid = UUID(uuidString: entry) else { throw notProven }
        let proof = hexProof.compactMap { try? Encoding.fromHex($0) }
        guard proof.count == hexProof.count else { throw notProven }
        let verified: Disclosure.Verified
        switch Result(catching: { () throws(EvidenceFormatError) in try disclosure.verify() }) {
        case .success(let value): verified = value
        case .failure(.pseudonymAmbiguous(let pseudonym)): throw .pseudonymConflict(pseudonym)
        case .failure: throw notProven
        }
        guard MerkleTree.verifyInclusion(
            leafHash: verified.leafHash, index: index, size: checkpoint.size, proof: proof, root: checkpoint.root)
        else { throw notProven }
        try compare(version, entry: EntryID(uuid: uuid), verified: verified)
        runs += verified.pseudonymRuns
        return RevisionProof(
            journalId: checkpoint.journalId, leafIndex: index, size: checkpoint.size, root: Data(checkpoint.root))
    }

    /// The shown revision must be exactly what the disclosure renders: every committed field, in order, by name;
    /// a withheld field shows nothing.
    static func compare(_ version: BundleEntry.Version, entry: EntryID, verified: Disclosure.Verified)
        throws(ShareProblem)
    {
        let shown = Commitments.revisionFields(
            entry: entry, revision: Revision(number: version.number, recordedAt: version.recordedAt, fields: version.fields))
        func mismatch(_ field: String) -> ShareProblem {
            .disclosureMismatch(entry: entry.description, revision: version.number, field: field)
        }
        guard shown.map(\.name) == verified.values.map(\.name) else {
            let first = zip(shown.map(\.name), verified.values.map(\.name)).first { $0 != $1 }?.1
            throw mismatch(first ?? verified.values.last?.name ?? "fields")
        }
        for (field, rendered) in zip(shown, verified.values) {
            let value = switch field.value {
            case .scalar(let text), .text(let text): text
            }
            if field.name == "recordedAt" {
                // The bundle's JSON keeps whole seconds; the commitment, milliseconds.
                guard let ms = rendered.value.flatMap({ Int64($0) }),
                      Int64((Double(ms) / 1000).rounded(.down)) == Int64(version.recordedAt.timeIntervalSince1970)
                else { throw mismatch(field.name) }
                continue
            }
            guard value == (rendered.value ?? "") else { throw mismatch(field.name) }
        }
    }

    /// Checks the pseudonyms of all a bundle's revisions together.
    static func checkPseudonyms(_ runs: [Disclosure.Verified.PseudonymRun]) throws(ShareProblem) {
        switch Result(catching: { () throws(EvidenceFormatError) in try Disclosure.checkPseudonyms(runs) }) {
        case .success: return
        case .failure(.pseudonymAmbiguous(let pseudonym)): throw .pseudonymConflict(pseudonym)
        case .failure: throw .pseudonymConflict("")
        }
    }
}
