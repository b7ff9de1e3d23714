// A melder's evidence: checkpoints signed over the commitment log, the witnesses stored with them, and what they prove.
import Foundation
import GRDB
import MeldboekCore
import MeldboekSodium

/// A checkpoint the journal signed: its size and root, and the signed note as printed.
public struct StoredCheckpoint: Sendable, Equatable {
    public var checkpoint: CheckpointReference
    /// The signed note (C2SP tlog-checkpoint body and signature line), exactly as signed.
    public var note: String
    /// When it was made, by the melder's own clock.
    public var madeAt: Date
}

/// The earliest witness of a revision: the first checkpoint that contained it and was witnessed.
public struct FirstWitness: Sendable, Equatable {
    /// The time the witness vouches for: the revision was committed no later than this.
    public var time: Date
    public var kind: WitnessKind
    /// The checkpoint that already contained the revision.
    public var checkpoint: CheckpointReference
}

/// Identifies one revision of one entry.
public struct RevisionKey: Hashable, Sendable {
    public var entry: EntryID
    public var number: Int

    public init(entry: EntryID, number: Int) {
        self.entry = entry
        self.number = number
    }
}

/// The evidence a melder's journal keeps: signs checkpoints, stores the witnesses other
/// helpers bring in (cosignatures, timestamp tokens, OpenTimestamps proofs) and answers
/// what they prove.
///
/// Registers the ``CommitmentLog`` on the journal, so every write made through it (or
/// after it) keeps the log in step.
public struct EvidenceStore {
    public let journal: Journal
    public let keys: EvidenceKeys

    /// The evidence of `journal`, a melder's journal in format 3.
    /// - Throws: ``EvidenceError/logMelderOnly``, ``EvidenceError/logNeedsUpgrade(format:)``.
    public init(journal: Journal) throws {
        guard journal.vault.role == .melder else { throw EvidenceError.logMelderOnly }
        guard journal.vault.format >= CommitmentLog.firstFormat else {
            throw EvidenceError.logNeedsUpgrade(format: journal.vault.format)
        }
        self.journal = journal
        self.keys = try EvidenceKeys(identity: journal.identity())
        if !journal.maintainers.contains(where: { $0 is CommitmentLog }) {
            journal.register(CommitmentLog(keys: keys))
        }
    }

    /// The verifier key string of the journal's checkpoints (`name+hex key id+base64 key`).
    public var checkpointVerifierKey: String {
        get throws { try keys.checkpointSigner.verifier.verifierKey }
    }

    // MARK: Checkpoints

    /// Signs a checkpoint over the log as it stands (every record written so far) and stores it.
    ///
    /// The checkpoint record itself is the next leaf, in the next checkpoint. The log is checked
    /// first as `verify` checks it, so the tree signed extends every checkpoint stored before.
    /// - Throws: ``EvidenceError/logDamaged`` when the log does not match the records or an earlier checkpoint.
    public func makeCheckpoint(now: Date = Date()) throws -> StoredCheckpoint {
        // As the record stores it (milliseconds), so what is returned equals what is read back.
        let now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded() / 1000)
        var made: StoredCheckpoint?
        try journal.transaction { writer in
            try writer.catchUpMaintainers()
            let state = try writer.state
            let leaves = try CommitmentLog.rows(state.db).map { Array($0.leaf) }
            // Nothing is signed over a log that does not match the records (what `verify` checks).
            guard Int64(leaves.count) == state.lastSeq, try check(state).isIntact else { throw EvidenceError.logDamaged }
            let tree = LogTree(leaves: leaves)
            let reference = CheckpointReference(size: Int64(leaves.count), root: Data(tree.root(size: leaves.count)))
            let body = try Checkpoint(origin: keys.origin, size: UInt64(reference.size), root: Array(reference.root)).text
            let note = try SignedNote(text: body, signatures: [try keys.checkpointSigner.sign(body)]).serialized
            try writer.append(CheckpointBody(prev: Data(), madeAt: now, checkpoint: reference, note: note))
            made = StoredCheckpoint(checkpoint: reference, note: note, madeAt: now)
        }
        return made!
    }

    /// Every checkpoint the journal signed, oldest first.
    public func checkpoints() throws -> [StoredCheckpoint] {
        try journal.records(of: CheckpointBody.self).map {
            StoredCheckpoint(checkpoint: $0.checkpoint, note: $0.note, madeAt: $0.madeAt)
        }
    }

    static func checkpointBodies(_ records: [OpenedRecord]) throws -> [CheckpointBody] {
        try records.compactMap { try $0.decode(CheckpointBody.self) }
    }

    // MARK: Witnesses

    /// Stores an adviser's cosignature of one of the journal's checkpoints.
    ///
    /// The caller has checked the signature; this checks that the checkpoint is this
    /// journal's (its root is the tree's at its size).
    /// - Returns: false when the same cosignature was stored before (nothing is written then).
    /// - Throws: ``EvidenceError/logUnknownCheckpoint(size:)``.
    @discardableResult
    public func record(
        cosignature checkpoint: CheckpointReference, cosignedAt: Date, cosigner: String, signatureLine: String,
        now: Date = Date()
    ) throws -> Bool {
        try store(checkpoint) { (existing: [OpenedRecord]) -> CosignatureBody? in
            guard try !existing.contains(where: {
                try $0.decode(CosignatureBody.self).map { $0.signatureLine == signatureLine && $0.checkpoint == checkpoint }
                    ?? false
            }) else { return nil }
            return CosignatureBody(
                prev: Data(), receivedAt: now, checkpoint: checkpoint, cosignedAt: cosignedAt, cosigner: cosigner,
                signatureLine: signatureLine)
        }
    }

    /// Stores a checked RFC 3161 timestamp token over one of the journal's checkpoints.
    /// - Returns: false when the same token was stored before.
    @discardableResult
    public func record(
        timestamp checkpoint: CheckpointReference, genTime: Date, authority: String, policy: String, token: Data,
        now: Date = Date()
    ) throws -> Bool {
        try store(checkpoint) { (existing: [OpenedRecord]) -> TimestampBody? in
            guard try !existing.contains(where: { try $0.decode(TimestampBody.self)?.token == token }) else { return nil }
            return TimestampBody(
                prev: Data(), importedAt: now, checkpoint: checkpoint, genTime: genTime, authority: authority,
                policy: policy, token: token)
        }
    }

    /// Stores an OpenTimestamps proof over one of the journal's checkpoints, pending or attested.
    /// - Parameter attestedAt: The Bitcoin block's time, when known (from `ots verify`).
    /// - Returns: false when the same proof was stored before.
    @discardableResult
    public func record(
        otsProof checkpoint: CheckpointReference, proof: Data, pendingCalendars: [String], bitcoinBlocks: [Int],
        attestedAt: Date? = nil, now: Date = Date()
    ) throws -> Bool {
        try store(checkpoint) { (existing: [OpenedRecord]) -> OTSProofBody? in
            guard try !existing.contains(where: { try $0.decode(OTSProofBody.self)?.proof == proof }) else { return nil }
            return OTSProofBody(
                prev: Data(), importedAt: now, checkpoint: checkpoint, proof: proof, pendingCalendars: pendingCalendars,
                bitcoinBlocks: bitcoinBlocks, attestedAt: attestedAt)
        }
    }

    /// Appends the body `make` returns (nil: already stored) for a checkpoint of this journal.
    private func store<T: RecordContent>(_ checkpoint: CheckpointReference, make: ([OpenedRecord]) throws -> T?)
        throws -> Bool
    {
        var stored = false
        try journal.transaction { writer in
            try writer.catchUpMaintainers()
            let leaves = try CommitmentLog.rows(try writer.state.db).map { Array($0.leaf) }
            guard checkpoint.size >= 1, checkpoint.size <= Int64(leaves.count),
                  Data(LogTree(leaves: leaves).root(size: Int(checkpoint.size))) == checkpoint.root
            else { throw EvidenceError.logUnknownCheckpoint(size: checkpoint.size) }
            guard let body = try make(try writer.records()) else { return }
            try writer.append(body)
            stored = true
        }
        return stored
    }

    /// Every witness stored, in chain order.
    public func witnesses() throws -> [Witness] {
        try Self.witnesses(in: journal.records())
    }

    static func witnesses(in records: [OpenedRecord]) throws -> [Witness] {
        var found: [Witness] = []
        for record in records {
            if let body = try record.decode(CosignatureBody.self) {
                found.append(Witness(
                    kind: .cosignature, checkpoint: body.checkpoint, time: body.cosignedAt,
                    by: body.cosigner.split(separator: "+").first.map(String.init) ?? body.cosigner))
            } else if let body = try record.decode(TimestampBody.self) {
                found.append(Witness(kind: .timestamp, checkpoint: body.checkpoint, time: body.genTime, by: body.authority))
            } else if let body = try record.decode(OTSProofBody.self) {
                found.append(Witness(
                    kind: .bitcoin, checkpoint: body.checkpoint, time: body.attestedAt,
                    by: body.bitcoinBlocks.map(String.init).joined(separator: ", ")))
            }
        }
        return found
    }

    // MARK: What the witnesses prove

    /// For every revision in the log, its earliest witness: the earliest time any witness
    /// gives to a checkpoint whose tree already held the revision's leaf.
    ///
    /// A witness counts only when its checkpoint is this journal's tree (its root is the
    /// log's root at its size). Revisions without a witness are left out: their only time
    /// is the melder's own clock.
    public func committedNoLaterThan() throws -> [RevisionKey: FirstWitness] {
        try journal.readState { state in
            let rows = try CommitmentLog.rows(state.db)
            let records = try state.records(after: 0, skippingDamage: true)
            var others: [OpenedRecord] = []
            var positions: [RevisionKey: Int64] = [:]
            let positionOfSeq = Dictionary(rows.map { ($0.seq, $0.position) }, uniquingKeysWith: { first, _ in first })
            for record in records {
                switch record.content {
                case .revision(let entry, let revision):
                    if let position = positionOfSeq[record.seq] {
                        positions[RevisionKey(entry: entry, number: revision.number)] = position
                    }
                case .other(let body):
                    others.append(body)
                case .attachment, .removed:
                    break
                }
            }
            // The witnessed checkpoints that are this tree's.
            let earliest = try WitnessSummary.items(in: others, leaves: { rows.map { Array($0.leaf) } })
            var result: [RevisionKey: FirstWitness] = [:]
            for (key, position) in positions {
                // A checkpoint of size n holds the leaves at positions 0..<n.
                if let first = Self.earliest(earliest, containing: position) { result[key] = first }
            }
            return result
        }
    }

    /// The earliest witness of each revision, as ``committedNoLaterThan()`` gives it, for the
    /// revisions the views show, each by its chain position (``Revision/seq``; in a format-3
    /// vault its leaf is at position `seq − 1`).
    ///
    /// Reads the sealed witness summary the log keeps (``WitnessSummary``) when it covers the
    /// chain's head exactly, so showing an entry opens no record but its own; every record
    /// only when the summary is missing, stale or doesn't open. `verify` checks the log from
    /// the records.
    public func firstWitnesses(of revisions: [RevisionKey: Int64]) throws -> [RevisionKey: FirstWitness] {
        try journal.readState { state in
            let items = try WitnessSummary.current(state, key: keys.summaryKey)
            var result: [RevisionKey: FirstWitness] = [:]
            guard !items.isEmpty else { return result }
            for (key, seq) in revisions where seq >= 1 {
                if let first = Self.earliest(items, containing: seq - 1) { result[key] = first }
            }
            return result
        }
    }

    /// The earliest witness of each revision of `entries`, by entry and revision number, for the views
    /// (``firstWitnesses(of:)``: read from the sealed witness summary, opening no record beyond the entries' own).
    public func committedTimes(of entries: [Entry]) throws -> [EntryID: [Int: CommittedTime]] {
        var positions: [RevisionKey: Int64] = [:]
        for entry in entries {
            for revision in entry.revisions {
                if let seq = revision.seq { positions[RevisionKey(entry: entry.id, number: revision.number)] = seq }
            }
        }
        var result: [EntryID: [Int: CommittedTime]] = [:]
        for (key, first) in try firstWitnesses(of: positions) {
            result[key.entry, default: [:]][key.number] = CommittedTime(noLaterThan: first.time, witness: first.kind)
        }
        return result
    }

    /// The earliest witness of a checkpoint that holds the leaf at `position` (a checkpoint of size n holds 0..<n).
    static func earliest(_ items: [WitnessSummary.Item], containing position: Int64) -> FirstWitness? {
        items.filter { $0.size > position }.min { $0.time < $1.time }?.firstWitness
    }
}
