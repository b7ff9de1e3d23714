// ChaCha20-Poly1305 (RFC 8439) with 12-byte nonces, as the age file format requires.

/// Authenticated encryption with ChaCha20-Poly1305 (`crypto_aead_chacha20poly1305_ietf_*`).
///
/// Its 12-byte nonce is too short to choose at random, so every call takes an explicit nonce;
/// it is here for age, whose formats fix the nonces (a zero nonce for single-use keys, a
/// counter for the payload STREAM). New formats of our own should use ``XChaCha20Poly1305``.
public enum ChaCha20Poly1305IETF {
    /// The nonce length in bytes.
    public static let nonceByteCount = 12
    /// The authentication tag length in bytes.
    public static let tagByteCount = 16

    private static let aead = AEAD.chaCha20Poly1305IETF

    /// Encrypts and returns ciphertext‖tag.
    ///
    /// - Throws: `SodiumError.invalidLength` for a nonce that is not 12 bytes.
    public static func seal(
        _ plaintext: [UInt8], additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try plaintext.withUnsafeBytes {
            try aead.seal($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }

    /// Encrypts secret bytes (such as an age file key) and returns ciphertext‖tag.
    ///
    /// - Throws: `SodiumError.invalidLength` for a nonce that is not 12 bytes.
    public static func sealSecret(
        _ plaintext: SecureBytes, additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try plaintext.withUnsafeBytes {
            try aead.seal($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }

    /// Verifies and decrypts ciphertext‖tag.
    ///
    /// - Throws: `SodiumError.invalidLength` for a nonce that is not 12 bytes;
    ///   `SodiumError.authenticationFailed` if verification fails.
    public static func open(
        _ ciphertext: [UInt8], additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try ciphertext.withUnsafeBytes {
            try aead.open($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }

    /// Verifies and decrypts ciphertext‖tag straight into secret memory.
    ///
    /// - Throws: `SodiumError.invalidLength` for a nonce that is not 12 bytes;
    ///   `SodiumError.authenticationFailed` if verification fails; `SodiumError.outOfMemory`.
    public static func openSecret(
        _ ciphertext: [UInt8], additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> SecureBytes {
        try ciphertext.withUnsafeBytes {
            try aead.openSecret($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }
}
