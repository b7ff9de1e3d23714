// When an outside witness first vouched for a revision: shown beside the melder's own "recorded at".
import Foundation

/// The earliest time an outside witness vouches a revision existed by, from the evidence
/// layer's checkpoints: the revision was committed no later than this.
///
/// Its "recorded at" is the melder's own clock; this time is someone else's (the adviser's
/// vault, a timestamp authority, a Bitcoin block), so it can be trusted without trusting the melder.
public struct CommittedTime: Sendable, Equatable {
    /// Who vouches for the time.
    public enum Witness: String, Sendable, Codable, CaseIterable {
        /// The adviser's cosignature, at the adviser vault's clock.
        case cosignature
        /// An RFC 3161 timestamp authority.
        case timestamp
        /// A Bitcoin block, through OpenTimestamps.
        case bitcoin
    }

    /// How long a revision may have been recorded before its first witness without being flagged.
    public static let lateAfter: TimeInterval = 24 * 60 * 60

    public var noLaterThan: Date
    public var witness: Witness

    public init(noLaterThan: Date, witness: Witness) {
        self.noLaterThan = noLaterThan
        self.witness = witness
    }

    /// Whether the revision recorded at `recordedAt` waited more than ``lateAfter`` for this
    /// witness: for that long its time rests on the melder's clock alone.
    public func isLate(recordedAt: Date) -> Bool {
        noLaterThan.timeIntervalSince(recordedAt) > Self.lateAfter
    }
}
