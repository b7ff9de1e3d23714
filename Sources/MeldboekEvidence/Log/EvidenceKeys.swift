// The evidence keys and names of a journal, all derived from the vault identity's Ed25519 seed.
import Foundation
import MeldboekCore
import MeldboekSodium

/// What a journal signs checkpoints with and blinds leaves under, derived from its owner's
/// identity: `k(label) = BLAKE2b-256(key: Ed25519 seed, message: label)`.
///
/// The seed survives `passwd` and `rekey`, so the checkpoint key and the journal id stay the
/// same for the journal's whole life, and an adviser's earlier cosignatures keep matching.
public struct EvidenceKeys: Sendable {
    /// Signs the journal's checkpoints (C2SP signed note, Ed25519).
    public let checkpointKey: Ed25519.SigningKey
    /// Blinds the leaves of records that are not revisions or attachments.
    let blindKey: SymmetricKey
    /// Salts each text token (``EvidenceDomain/tokenSaltLabel``), the same in the whole journal.
    public let tokenSaltKey: SymmetricKey
    /// 32 lower-case hex digits naming the journal, never the melder.
    public let journalID: String
    /// Seals the witness summary (``WitnessSummary``).
    let summaryKey: SymmetricKey

    public init(identity: VaultIdentity) throws {
        checkpointKey = try Ed25519.SigningKey(seed: try identity.derivedSecret(label: EvidenceDomain.checkpointKeyLabel))
        blindKey = try SymmetricKey(try identity.derivedSecret(label: EvidenceDomain.blindLeafLabel))
        tokenSaltKey = try SymmetricKey(try identity.derivedSecret(label: EvidenceDomain.tokenSaltLabel))
        summaryKey = try SymmetricKey(try identity.derivedSecret(label: EvidenceDomain.witnessSummaryLabel))
        let id = try identity.derivedSecret(label: EvidenceDomain.journalIDLabel)
        journalID = id.withUnsafeBytes { Encoding.hex(Array($0.prefix(16))) }
    }

    /// The origin line and key name of the journal's checkpoints: `meldboek.journal/<journal id>`.
    public var origin: String { EvidenceDomain.journalOriginPrefix + journalID }

    /// Signs checkpoint notes under the origin's name.
    public var checkpointSigner: NoteSigner {
        get throws { try NoteSigner(name: origin, type: .ed25519, key: checkpointKey) }
    }

    /// The adviser's cosigning key, from the adviser vault's identity.
    public static func cosigningKey(identity: VaultIdentity) throws -> Ed25519.SigningKey {
        try Ed25519.SigningKey(seed: try identity.derivedSecret(label: EvidenceDomain.cosignatureKeyLabel))
    }

    /// The adviser's cosigner key name: `meldboek.adviser/<32 hex digits>`.
    public static func cosignerName(identity: VaultIdentity) throws -> String {
        let id = try identity.derivedSecret(label: EvidenceDomain.adviserIDLabel)
        return EvidenceDomain.adviserNamePrefix
            + id.withUnsafeBytes { Encoding.hex(Array($0.prefix(16))) }
    }
}
