// The domain-separation strings of the evidence formats, in one place, so the Swift code,
// Docs/evidence.md and the Python checker in evidence folders can be compared line by line.

/// Every string the evidence formats hash or sign under, so no two purposes share an input.
public enum EvidenceDomain {
    /// A revision's leaf data: `SHA-256(revision ‖ 0x00 ‖ (field name ‖ 0x00 ‖ commitment)…)`.
    public static let revision = "meldboek/v1/revision"
    /// An attachment's leaf data, formed like a revision's.
    public static let attachment = "meldboek/v1/attachment"
    /// A scalar field's commitment: `SHA-256(field ‖ 0x00 ‖ name ‖ 0x00 ‖ salt ‖ value)`.
    public static let field = "meldboek/v1/field"
    /// A text field's commitment, over its token digests.
    public static let text = "meldboek/v1/text"
    /// One token's digest: `SHA-256(token ‖ 0x00 ‖ token salt ‖ token)`.
    public static let token = "meldboek/v1/token"
    /// The header line of a tlog-cosignature/v1 signed message.
    public static let cosignature = "cosignature/v1"
    /// The first line of an inclusion proof file (c2sp.org/tlog-proof).
    public static let tlogProof = "c2sp.org/tlog-proof@v1"
    /// The `format` of an evidence folder's index.
    public static let evidenceFolderFormat = "meldboek-evidence"
}

extension EvidenceDomain {
    /// Labels of the secrets derived from the identity's Ed25519 seed (``EvidenceKeys``):
    /// `BLAKE2b-256(key: seed, message: label)`.
    public static let checkpointKeyLabel = "meldboek/v1/checkpoint-key"
    public static let cosignatureKeyLabel = "meldboek/v1/cosignature-key"
    public static let tokenSaltLabel = "meldboek/v1/token-salt"
    public static let blindLeafLabel = "meldboek/v1/blind-leaf"
    public static let journalIDLabel = "meldboek/v1/journal-id"
    public static let adviserIDLabel = "meldboek/v1/adviser-id"
    /// Seals the witness summary the views read instead of every record (``WitnessSummary``).
    public static let witnessSummaryLabel = "meldboek/v1/witness-summary"
    /// A checkpoint's origin line and key name: this and the journal id.
    public static let journalOriginPrefix = "meldboek.journal/"
    /// A cosigner's key name: this and the adviser id.
    public static let adviserNamePrefix = "meldboek.adviser/"
}
