// The evidence layer's record kinds (40–49): checkpoints made, and what witnessed them.
import Foundation
import MeldboekCore

/// How a checkpoint is named in the witness records: its tree size and root.
public struct CheckpointReference: Codable, Sendable, Hashable {
    /// How many leaves the tree had.
    public var size: Int64
    /// The tree's root hash (RFC 9162) at that size.
    public var root: Data

    public init(size: Int64, root: Data) {
        self.size = size
        self.root = root
    }
}

/// A checkpoint the melder signed: the signed note exactly as it was printed.
struct CheckpointBody: RecordContent {
    static let kind = RecordKind(rawValue: 40)
    var prev: Data
    var madeAt: Date
    var checkpoint: CheckpointReference
    /// The whole signed note (C2SP signed-note text: body, blank line, signature line).
    var note: String
}

/// An adviser's cosignature of one of the journal's checkpoints (C2SP tlog-cosignature).
struct CosignatureBody: RecordContent {
    static let kind = RecordKind(rawValue: 41)
    var prev: Data
    var receivedAt: Date
    var checkpoint: CheckpointReference
    /// The time in the cosignature: when the adviser's vault signed it.
    var cosignedAt: Date
    /// The cosigner's verifier key string (`name+hex key id+base64 key`).
    var cosigner: String
    /// The signature line as it goes under the checkpoint note (`— name base64`).
    var signatureLine: String
}

/// An RFC 3161 timestamp token over a checkpoint note.
struct TimestampBody: RecordContent {
    static let kind = RecordKind(rawValue: 42)
    var prev: Data
    var importedAt: Date
    var checkpoint: CheckpointReference
    /// The time the authority put in the token.
    var genTime: Date
    /// The authority's name, as its certificate gives it.
    var authority: String
    var policy: String
    /// The token (CMS SignedData), DER.
    var token: Data
}

/// An OpenTimestamps proof over a checkpoint note.
struct OTSProofBody: RecordContent {
    static let kind = RecordKind(rawValue: 43)
    var prev: Data
    var importedAt: Date
    var checkpoint: CheckpointReference
    /// The `.ots` file as read.
    var proof: Data
    /// Calendars still to be asked for the Bitcoin attestation.
    var pendingCalendars: [String]
    /// Heights of the Bitcoin blocks the proof is attested in.
    var bitcoinBlocks: [Int]
    /// The block's time, when the user gave it (from `ots verify`); nil while only heights are known.
    var attestedAt: Date?
}

/// Every record kind the evidence layer writes, for the record-body fuzz target and the checks.
public enum EvidenceRecordKinds {
    public static let bodyTypes: [any RecordContent.Type] = [
        CheckpointBody.self, CosignatureBody.self, TimestampBody.self, OTSProofBody.self, AnchorRequestBody.self,
    ]
}

/// Who or what vouches that a checkpoint existed by a time: Core's names, so the views can show it.
public typealias WitnessKind = CommittedTime.Witness

/// One witness of one checkpoint, with the time it vouches for.
public struct Witness: Sendable, Equatable {
    public var kind: WitnessKind
    public var checkpoint: CheckpointReference
    /// The time the witness gives: nil for an OpenTimestamps proof still pending or whose block time is not known.
    public var time: Date?
    /// The witness in words: the cosigner's key name, the authority's name, or the block heights.
    public var by: String
}
