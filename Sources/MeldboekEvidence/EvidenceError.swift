// What can go wrong in the evidence layer, as values the command line translates.
import Foundation

/// The evidence layer's errors; the command line maps each to a message and exit code.
public enum EvidenceError: Error, Sendable, Equatable {
    /// The vault is older than format 3 and keeps no commitment log yet: `meldboek upgrade`.
    case logNeedsUpgrade(format: Int)
    /// Only a melder's journal keeps a commitment log and makes checkpoints.
    case logMelderOnly
    /// The commitment log does not match the records (see `verify`); nothing is signed over it.
    case logDamaged
    /// A witness names a checkpoint this journal never had (another size or root).
    case logUnknownCheckpoint(size: Int64)
}
