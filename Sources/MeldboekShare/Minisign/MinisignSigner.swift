// Makes minisign signatures (prehashed "ED") with a signing key the caller holds, for manifests and receipts.
import MeldboekSodium

/// Signs messages in minisign's prehashed format, so `minisign -Vm FILE -P KEY` verifies them.
///
/// ```swift
/// let signer = MinisignSigner(signingKey: key, keyID: keyID)
/// let minisig = try signer.sign(manifest, trustedComment: "bundle \(id) at \(time)")
/// ```
public struct MinisignSigner: Sendable {
    private let signingKey: Ed25519.SigningKey
    private let keyID: [UInt8]

    /// Creates a signer for `signingKey`, naming it by `keyID` in every signature.
    ///
    /// - Parameter keyID: 8 bytes chosen by the caller; minisign picks them at random, and
    ///   they only help a verifier tell keys apart. Any other length is a programming error.
    public init(signingKey: Ed25519.SigningKey, keyID: [UInt8]) {
        precondition(keyID.count == Minisign.keyIDByteCount, "a minisign key ID is 8 bytes")
        self.signingKey = signingKey
        self.keyID = keyID
    }

    /// The public key that verifies this signer's signatures.
    public var publicKey: MinisignPublicKey {
        // Both lengths are fixed by construction, so this cannot fail.
        try! MinisignPublicKey(keyID: keyID, key: signingKey.publicKey)
    }

    /// Signs a message and returns the text of its `.minisig` file.
    ///
    /// - Parameters:
    ///   - message: The whole message; it is prehashed with BLAKE2b-512.
    ///   - trustedComment: One line, signed along with the signature; minisign shows it after verifying.
    ///   - untrustedComment: One line that anyone may change.
    /// - Throws: `MinisignError.invalidTrustedComment` or `.malformed` for a comment with
    ///   control characters (other than tab) or over minisign's length limits; a `SodiumError`.
    public func sign(
        _ message: [UInt8], trustedComment: String, untrustedComment: String = "signature from meldboek"
    ) throws -> String {
        try sign(prehash: Minisign.prehash(message), trustedComment: trustedComment, untrustedComment: untrustedComment)
    }

    /// Signs a message given by its BLAKE2b-512 prehash, for messages streamed in pieces.
    ///
    /// - Parameter prehash: 64 bytes, from ``Minisign/prehash(_:)`` or `BLAKE2b.Hasher(outputByteCount: 64)`.
    /// - Returns: The text of the `.minisig` file, four lines each ending in a newline.
    /// - Throws: As ``sign(_:trustedComment:untrustedComment:)``.
    public func sign(
        prehash: [UInt8], trustedComment: String, untrustedComment: String = "signature from meldboek"
    ) throws -> String {
        precondition(prehash.count == Minisign.prehashByteCount, "a minisign prehash is BLAKE2b-512, 64 bytes")
        guard trustedComment.utf8.count <= Minisign.maximumTrustedCommentLength,
            Minisign.isOneLine(trustedComment.utf8)
        else {
            throw MinisignError.invalidTrustedComment
        }
        guard untrustedComment.utf8.count <= Minisign.maximumUntrustedCommentLength,
            Minisign.isOneLine(untrustedComment.utf8)
        else {
            throw MinisignError.malformed("the untrusted comment is too long or has control characters")
        }
        let signature = try signingKey.signature(for: prehash)
        let globalSignature = try signingKey.signature(for: signature + trustedComment.utf8)
        return """
            \(Minisign.untrustedCommentPrefix)\(untrustedComment)
            \(Encoding.base64(Minisign.prehashedAlgorithm + keyID + signature, variant: .original))
            \(Minisign.trustedCommentPrefix)\(trustedComment)
            \(Encoding.base64(globalSignature, variant: .original))

            """
    }
}
