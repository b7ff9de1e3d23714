// What can be wrong with a signed note, checkpoint, verifier key, cosignature or proof from outside.

/// An error reading or checking the evidence formats; each case has an English and a Dutch sentence
/// (`EvidenceFormatError.message` keys in Message.swift, prefixed `evidenceFormat`).
public enum EvidenceFormatError: Error, Equatable, Sendable {
    // Signed notes (c2sp.org/signed-note).
    /// The note is larger than Meldboek reads (`limit` bytes).
    case noteTooLarge(limit: Int)
    /// The note is not UTF-8 text, or holds a control character other than a newline.
    case noteNotText
    /// The note has no blank line followed by signature lines, or its text is empty.
    case noteUnsigned
    /// Signature line `line` (1 for the first) is not `— <key name> <base64>`.
    case noteSignatureLineMalformed(line: Int)
    /// More signature lines than Meldboek reads.
    case noteTooManySignatures(limit: Int)
    /// The note has no signature by the key named `keyName` (with that key's ID).
    case noteSignatureMissing(keyName: String)
    /// The signature by `keyName` does not verify.
    case noteSignatureInvalid(keyName: String)
    // Keys.
    /// A verifier key that is not `<name>+<8 hex>+<base64 key>` with a matching key ID.
    case verifierKeyMalformed
    // Checkpoints (c2sp.org/tlog-checkpoint) and cosignatures (c2sp.org/tlog-cosignature).
    /// The note text is not an origin line, a size and a base64 SHA-256 root.
    case checkpointMalformed
    /// The checkpoint names another journal than the one expected.
    case checkpointWrongOrigin(found: String)
    /// A cosignature whose time is out of range or whose length is not a timestamped Ed25519 signature.
    case cosignatureMalformed(keyName: String)
    // Proofs (c2sp.org/tlog-proof).
    /// The proof file is not laid out as c2sp.org/tlog-proof@v1.
    case proofMalformed
    /// The inclusion proof does not lead from the leaf to the checkpoint's root.
    case proofDoesNotVerify(index: UInt64)
    // Disclosures and redaction.
    /// A disclosure that is not laid out as the format says (a field twice, a bad salt, salts of withheld fields, …).
    case disclosureMalformed
    /// One pseudonym stands for two different names, or one name under two pseudonyms.
    case pseudonymAmbiguous(String)
    /// A name to hide that does not begin and end with a letter or digit, or an empty pseudonym.
    case redactionPhraseInvalid(String)
    // Evidence folders.
    /// A timestamp or OpenTimestamps proof whose stamped note is not this checkpoint signed by the journal.
    case stampNotForCheckpoint
}
