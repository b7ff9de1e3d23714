// The one error type of MeldboekSodium, so callers above never see libsodium return codes.

/// An error raised by a MeldboekSodium operation.
///
/// No case ever carries key material, passphrases or plaintext; they say only what went
/// wrong, so they are safe to log and to show.
public enum SodiumError: Error, Equatable, Sendable {
    /// `sodium_init()` failed, so no primitive can be trusted.
    case unavailable
    /// `sodium_malloc` could not provide guarded memory.
    case outOfMemory
    /// An input had the wrong length; `expected` is the exact length, or the bound that was broken.
    case invalidLength(what: String, expected: Int, actual: Int)
    /// An AEAD tag, a signature or a secret-stream chunk did not verify.
    case authenticationFailed
    /// `sodium_unpad` found no valid ISO/IEC 7816-4 padding.
    case invalidPadding
    /// Argon2id or scrypt failed, for example for lack of memory or an impossible cost.
    case keyDerivationFailed
    /// Base64 or hex text was malformed, non-canonical, or had trailing characters.
    case invalidEncoding
    /// An X25519 exchange produced the all-zero secret, which means a low-order public key.
    case weakPublicKey
    /// A secret stream ended without its final chunk, so it may have been cut short.
    case streamTruncated
    /// A secret stream had data after its final chunk.
    case dataAfterFinal
}
