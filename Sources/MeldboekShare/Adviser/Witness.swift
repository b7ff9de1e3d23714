// The adviser as witness: which checkpoints of each melder's journal this vault cosigned, and forks it refused.
import Foundation
import MeldboekCore

/// A checkpoint of a melder's journal this adviser vault cosigned.
struct WitnessBody: RecordContent {
    static let kind = RecordKind(rawValue: 36)
    var prev: Data
    var caseId: String
    /// The 32 hex digits of the journal id, as the checkpoint's origin line names it.
    var journalId: String
    /// The melder's checkpoint verifier key (`name+keyid+base64`), fixed for a journal id once seen.
    var checkpointKey: String
    /// The signed checkpoint note as the bundle carried it.
    var checkpoint: String
    var size: UInt64
    var root: Data
    var cosignedAt: Date
    /// The cosignature line this vault added (`— meldboek.adviser/… base64`).
    var cosignature: String
}

/// A checkpoint this vault refused to cosign because it may not extend what it cosigned before.
struct ForkBody: RecordContent {
    static let kind = RecordKind(rawValue: 37)
    var prev: Data
    var caseId: String
    var journalId: String
    var bundleId: String
    var checkpoint: String
    var size: UInt64
    var root: Data
    /// True when the checkpoint provably contradicts a cosigned one; false when it only can't be shown to extend it.
    var proven: Bool
    /// The cosigned checkpoint it was judged against.
    var againstSize: UInt64
    var againstCosignedAt: Date
    var detectedAt: Date
}

/// What this adviser vault has witnessed of one melder's journal.
public struct WitnessHistory: Sendable, Equatable {
    public struct Cosigned: Sendable, Equatable {
        public var size: UInt64
        public var root: [UInt8]
        public var cosignedAt: Date
        public var checkpoint: String
        public var cosignature: String
    }

    public struct Fork: Sendable, Equatable {
        public var bundleId: String
        public var size: UInt64
        public var proven: Bool
        public var againstSize: UInt64
        public var againstCosignedAt: Date
        public var detectedAt: Date
    }

    public var journalId: String
    public var checkpointKey: String
    /// Cosigned checkpoints, in the order they were cosigned; each extends the one before it.
    public var cosigned: [Cosigned]
    public var forks: [Fork]

    /// Every journal this vault witnessed, by journal id.
    static func load(_ records: [OpenedRecord]) throws -> [String: WitnessHistory] {
        var histories: [String: WitnessHistory] = [:]
        for record in records {
            if let body = try record.decode(WitnessBody.self) {
                histories[body.journalId, default: WitnessHistory(
                    journalId: body.journalId, checkpointKey: body.checkpointKey, cosigned: [], forks: [])]
                    .cosigned.append(Cosigned(
                        size: body.size, root: Array(body.root), cosignedAt: body.cosignedAt,
                        checkpoint: body.checkpoint, cosignature: body.cosignature))
            } else if let body = try record.decode(ForkBody.self) {
                histories[body.journalId]?.forks.append(Fork(
                    bundleId: body.bundleId, size: body.size, proven: body.proven, againstSize: body.againstSize,
                    againstCosignedAt: body.againstCosignedAt, detectedAt: body.detectedAt))
            }
        }
        return histories
    }

    /// The earliest time this vault cosigned a checkpoint that already held leaf `index`, if the checkpoint
    /// of size `size` and root `root` the revision was proven against lies on the cosigned history.
    public func committedNoLaterThan(leafIndex index: UInt64, provenIn size: UInt64, root: [UInt8]) -> Date? {
        // Only a checkpoint this vault cosigned (or one equal to it) is known to lie on the linear history.
        guard cosigned.contains(where: { $0.size == size && $0.root == root }) else { return nil }
        return cosigned.filter { $0.size > index }.map(\.cosignedAt).min()
    }
}

/// How a new checkpoint relates to what this vault cosigned of the same journal.
enum WitnessVerdict: Equatable {
    /// Nothing cosigned yet: trust on first use.
    case first
    /// Proven to extend the latest cosigned checkpoint: cosign.
    case extends
    /// A checkpoint this vault cosigned before: its cosignature is given again, nothing new is stored.
    case known(WitnessHistory.Cosigned)
    /// Provably not an extension of a cosigned checkpoint (same size, other root; or a consistency proof from
    /// a cosigned checkpoint that fails): the journal has forked.
    case fork(against: WitnessHistory.Cosigned)
    /// Can't be shown to extend the latest cosigned checkpoint (no proof from it, or an older checkpoint).
    case unproven(latest: WitnessHistory.Cosigned)
}

extension WitnessHistory {
    /// Judges a new checkpoint against the cosigned history.
    ///
    /// - Parameters:
    ///   - consistency: the bundle's proof from the checkpoint of size `fromSize` to this one, if any.
    ///   - verify: checks a consistency proof `(oldSize, oldRoot, newSize, newRoot, proof) -> Bool`.
    func judge(
        size: UInt64, root: [UInt8], consistency: (fromSize: UInt64, proof: [[UInt8]])?,
        verify: (UInt64, [UInt8], UInt64, [UInt8], [[UInt8]]) -> Bool
    ) -> WitnessVerdict {
        guard let latest = cosigned.last else { return .first }
        // A log never has two roots at one size: a second one is a fork, whatever else the bundle proves.
        if let same = cosigned.last(where: { $0.size == size }) {
            guard same.root == root else { return .fork(against: same) }
            return .known(same)
        }
        if let consistency, let base = cosigned.last(where: { $0.size == consistency.fromSize }) {
            // The melder's own software made this proof from its tree, under its signed manifest: if it fails
            // against the root this vault cosigned, the melder's tree at that size is another tree.
            guard verify(base.size, base.root, size, root, consistency.proof) else { return .fork(against: base) }
            if base.size == latest.size { return .extends }
        }
        return .unproven(latest: latest)
    }
}
