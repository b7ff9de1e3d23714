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

/// One revision's fields as committed, each disclosed, redacted by tokens, or withheld.
///
/// A scalar field shows its `value`; a text field shows its `tokens` (each with its salt, or hidden as digest and
/// pseudonym); a withheld field shows only its `commitment`. `fieldSalts` gives the salt of every field not withheld.
public struct Disclosure: Codable, Sendable, Equatable {
    public struct Token: Codable, Sendable, Equatable {
        public var text: String?
        public var salt: String?
        public var digest: String?
        public var pseudonym: String?

        public init(text: String, salt: String) {
            self.text = text
            self.salt = salt
        }

        public init(digest: String, pseudonym: String) {
            self.digest = digest
            self.pseudonym = pseudonym
        }
    }

    public struct Field: Codable, Sendable, Equatable {
        public var name: String
        public var value: String?
        public var commitment: String?
        public var tokens: [Token]?
    }

    public var kind: String
    public var fields: [Field]
    public var fieldSalts: [String: String]
}

/// A field's value as a revision commits to it: scalars whole, free text by tokens.
enum CommittedValue: Equatable {
    case scalar(String)
    case text(String)
}

enum BundleProof {
    static let journalPrefix = "meldboek.journal/"
    static let cosignerPrefix = "meldboek.adviser/"

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

    /// The adviser vault's cosigner, derived from its identity: `k("meldboek/v1/cosignature-key")` signs, under
    /// the name `meldboek.adviser/<first 16 bytes of k("meldboek/v1/adviser-id"), hex>`.
    static func cosigner(identity: VaultIdentity) throws -> NoteSigner {
        let root = try SymmetricKey(try identity.signingKey.seed)
        let seed = try SecureBytes(copying: root.keyedHash(Array("meldboek/v1/cosignature-key".utf8)))
        let id = root.keyedHash(Array("meldboek/v1/adviser-id".utf8))
        return try NoteSigner(
            name: cosignerPrefix + Encoding.hex(Array(id.prefix(16))), type: .cosignatureV1,
            key: try Ed25519.SigningKey(seed: seed))
    }

    /// A melder journal's checkpoint verifier key, derived from its identity as the evidence log derives it.
    static func checkpointKey(identity: VaultIdentity) throws -> String {
        let root = try SymmetricKey(try identity.signingKey.seed)
        let seed = try SecureBytes(copying: root.keyedHash(Array("meldboek/v1/checkpoint-key".utf8)))
        let id = root.keyedHash(Array("meldboek/v1/journal-id".utf8))
        return try NoteVerifier(
            name: journalPrefix + Encoding.hex(Array(id.prefix(16))), type: .ed25519,
            publicKey: try Ed25519.SigningKey(seed: seed).publicKey).verifierKey
    }

    static func cosignerKey(identity: VaultIdentity) throws -> String {
        try cosigner(identity: identity).verifier.verifierKey
    }

    /// The cosignature line for `checkpoint` at `time` (whole seconds).
    static func cosign(_ checkpoint: CheckedCheckpoint, identity: VaultIdentity, at time: Date) throws -> String {
        let note = try SignedNote(parsing: checkpoint.note)
        let seconds = UInt64(max(0, time.timeIntervalSince1970.rounded(.down)))
        return try cosigner(identity: identity).cosign(note.text, time: seconds).line
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
    /// `leafIndex`, and the fields shown are exactly what the disclosure renders. Records every pseudonym seen.
    static func checkRevision(
        _ version: BundleEntry.Version, entry: String, checkpoint: CheckedCheckpoint, pseudonyms: inout PseudonymBook
    ) throws(ShareProblem) -> RevisionProof {
        let notProven = ShareProblem.revisionNotProven(entry: entry, revision: version.number)
        guard let disclosure = version.disclosure, let index = version.leafIndex,
              let hexProof = version.inclusion, disclosure.kind == "revision" else { throw notProven }
        let proof = hexProof.compactMap { try? Encoding.fromHex($0) }
        guard proof.count == hexProof.count, proof.allSatisfy({ $0.count == 32 }) else { throw notProven }
        let (leafData, rendered) = try open(disclosure, entry: entry, revision: version.number, pseudonyms: &pseudonyms)
        guard MerkleTree.verifyInclusion(
            leafHash: MerkleTree.leafHash(leafData), index: index, size: checkpoint.size, proof: proof,
            root: checkpoint.root) else { throw notProven }
        let shown = committedFields(
            entry: entry, number: version.number, recordedAt: version.recordedAt, fields: version.fields)
        // Every committed field, by name, as it was shown; withheld ones must show nothing.
        for (name, value) in shown {
            let expected: String? = rendered.first { $0.name == name }.map { $0.value ?? "" }
            guard let expected else {
                // A field the disclosure doesn't name at all: only an empty one may be shown.
                guard value.isEmpty else { throw .disclosureMismatch(entry: entry, revision: version.number, field: name) }
                continue
            }
            if name == "recordedAt" {
                // The bundle's JSON keeps whole seconds; the commitment, milliseconds.
                guard let ms = Int64(expected), ms / 1000 == Int64(version.recordedAt.timeIntervalSince1970) else {
                    throw .disclosureMismatch(entry: entry, revision: version.number, field: name)
                }
                continue
            }
            guard value.text == expected else {
                throw .disclosureMismatch(entry: entry, revision: version.number, field: name)
            }
        }
        // And nothing disclosed that isn't shown (a disclosed person the entry left out).
        for field in rendered where field.value.map({ !$0.isEmpty }) ?? false {
            guard shown.contains(where: { $0.name == field.name }) else {
                throw .disclosureMismatch(entry: entry, revision: version.number, field: field.name)
            }
        }
        return RevisionProof(
            journalId: checkpoint.journalId, leafIndex: index, size: checkpoint.size, root: Data(checkpoint.root))
    }

    /// The revision's fields in commitment order, as the contract names and writes them.
    static func committedFields(entry: String, number: Int, recordedAt: Date, fields: EntryFields)
        -> [(name: String, value: CommittedValue)]
    {
        var out: [(String, CommittedValue)] = [
            ("entry", .scalar(entry)), ("revision", .scalar(String(number))),
            ("recordedAt", .scalar(String(Int64((recordedAt.timeIntervalSince1970 * 1000).rounded(.down))))),
            ("title", .text(fields.title)),
            ("occurredAt", .scalar(fields.occurredAt.map(canonicalJSON) ?? "")),
            ("narrative", .text(fields.narrative)), ("location", .text(fields.location ?? "")),
        ]
        for (index, person) in fields.people.enumerated() {
            out.append(("person.\(index).name", .text(person.name)))
            out.append(("person.\(index).role", .scalar(person.role.rawValue)))
        }
        for (index, witness) in fields.witnesses.enumerated() { out.append(("witness.\(index)", .text(witness))) }
        out.append(("categories", .scalar(fields.categories.map(\.rawValue).joined(separator: ","))))
        out.append(("impact", .text(fields.impact ?? "")))
        out.append(("actions", .text(fields.actions ?? "")))
        for (index, tag) in fields.tags.enumerated() { out.append(("tag.\(index)", .text(tag))) }
        return out
    }

    /// OccurredAt as the vault's record encoder writes it: keys sorted, nothing else (so `/` is written `\/`).
    static func canonicalJSON(_ occurredAt: OccurredAt) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(occurredAt)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Recomputes the leaf data of a disclosure and renders each field (nil when withheld).
    static func open(_ disclosure: Disclosure, entry: String, revision: Int, pseudonyms: inout PseudonymBook)
        throws(ShareProblem) -> (leafData: [UInt8], rendered: [(name: String, value: String?)])
    {
        let bad = { (field: String) in ShareProblem.disclosureMismatch(entry: entry, revision: revision, field: field) }
        var leaf = Array(EvidenceDomain.revision.utf8) + [0]
        var rendered: [(String, String?)] = []
        var names = Set<String>()
        for field in disclosure.fields {
            guard !field.name.isEmpty, names.insert(field.name).inserted else { throw bad(field.name) }
            let name = Array(field.name.utf8)
            let commitment: [UInt8]
            switch (field.value, field.commitment, field.tokens) {
            case (let value?, nil, nil):
                guard let salt = hash(disclosure.fieldSalts[field.name]) else { throw bad(field.name) }
                commitment = SHA256.hash(Array(EvidenceDomain.field.utf8) + [0] + name + [0] + salt + Array(value.utf8))
                rendered.append((field.name, value))
            case (nil, let hex?, nil):
                guard let value = hash(hex) else { throw bad(field.name) }
                commitment = value
                rendered.append((field.name, nil))
            case (nil, nil, let tokens?):
                guard let salt = hash(disclosure.fieldSalts[field.name]) else { throw bad(field.name) }
                var input = Array(EvidenceDomain.text.utf8) + [0] + name + [0] + salt
                var text = ""
                var lastPseudonym: String?
                var run = ""
                for token in tokens {
                    // A run of hidden tokens under one pseudonym is one name: note it whole when it ends.
                    if token.pseudonym == nil || token.pseudonym != lastPseudonym, let last = lastPseudonym {
                        try pseudonyms.note(run: run, pseudonym: last)
                        run = ""
                    }
                    switch (token.text, token.salt, token.digest, token.pseudonym) {
                    case (let shown?, let saltHex?, nil, nil):
                        guard let tokenSalt = hash(saltHex) else { throw bad(field.name) }
                        input += SHA256.hash(Array(EvidenceDomain.token.utf8) + [0] + tokenSalt + Array(shown.utf8))
                        text += shown
                        lastPseudonym = nil
                    case (nil, nil, let digestHex?, let pseudonym?):
                        guard let digest = hash(digestHex) else { throw bad(field.name) }
                        guard !pseudonym.isEmpty else { throw bad(field.name) }
                        run += digestHex
                        input += digest
                        if lastPseudonym != pseudonym { text += pseudonym }
                        lastPseudonym = pseudonym
                    default:
                        throw bad(field.name)
                    }
                }
                if let last = lastPseudonym { try pseudonyms.note(run: run, pseudonym: last) }
                commitment = SHA256.hash(input)
                rendered.append((field.name, text))
            default:
                throw bad(field.name)
            }
            leaf += name + [0] + commitment
        }
        return (SHA256.hash(leaf), rendered)
    }
}

/// 32 bytes from 64 lower-case hex digits, or nil.
func hash(_ hex: String?) -> [UInt8]? {
    guard let hex, FormatRules.isLowerHex(hex, count: 64) else { return nil }
    return try? Encoding.fromHex(hex)
}

extension CommittedValue {
    var text: String {
        switch self {
        case .scalar(let value), .text(let value): value
        }
    }

    var isEmpty: Bool { text.isEmpty }
}

/// Pseudonyms seen in one bundle: the same hidden name may never stand under two of them.
///
/// A name is a whole run of hidden tokens (its digests in order), not a single token: "Jan" may be part of two
/// people's names ("Jan de Vries", "Jan Bakker"), and the space inside every two-word name is the same token.
/// Different runs may share a pseudonym ("Jan" and "Jan de Vries" for one person, or "jan" written small).
struct PseudonymBook {
    private var byRun: [String: String] = [:]

    mutating func note(run: String, pseudonym: String) throws(ShareProblem) {
        if let known = byRun[run], known != pseudonym { throw .pseudonymConflict(known, pseudonym) }
        byRun[run] = pseudonym
    }
}
