// XChaCha20-Poly1305 (IETF): the AEAD for everything the journal stores, with random 24-byte nonces.

/// Authenticated encryption with XChaCha20-Poly1305 (`crypto_aead_xchacha20poly1305_ietf_*`).
///
/// The 24-byte nonce is large enough to pick at random for every message, which is what the
/// two-argument `seal` does: it returns nonce‖ciphertext‖tag, the form `open` takes back.
/// The explicit-nonce forms exist for test vectors and formats that fix the nonce themselves.
/// Bind each ciphertext to its context (record id, purpose) through `additionalData`.
public enum XChaCha20Poly1305 {
    /// The nonce length in bytes.
    public static let nonceByteCount = 24
    /// The authentication tag length in bytes.
    public static let tagByteCount = 16

    private static let aead = AEAD.xChaCha20Poly1305

    /// Encrypts under a fresh random nonce and returns nonce‖ciphertext‖tag.
    ///
    /// - Throws: `SodiumError.unavailable`.
    public static func seal(_ plaintext: [UInt8], additionalData: [UInt8], key: SymmetricKey) throws -> [UInt8] {
        let nonce = Random.bytes(count: nonceByteCount)
        return nonce + (try seal(plaintext, additionalData: additionalData, nonce: nonce, key: key))
    }

    /// Encrypts secret bytes under a fresh random nonce and returns nonce‖ciphertext‖tag.
    ///
    /// Use it to wrap keys: the plaintext is read straight from secret memory.
    /// - Throws: `SodiumError.unavailable`.
    public static func seal(secret: SecureBytes, additionalData: [UInt8], key: SymmetricKey) throws -> [UInt8] {
        let nonce = Random.bytes(count: nonceByteCount)
        let body = try secret.withUnsafeBytes {
            try aead.seal($0, additionalData: additionalData, nonce: nonce, key: key)
        }
        return nonce + body
    }

    /// Encrypts under the given nonce and returns ciphertext‖tag, without the nonce.
    ///
    /// Never reuse a nonce with the same key; prefer the random-nonce `seal`.
    /// - Throws: `SodiumError.invalidLength` for a nonce that is not 24 bytes.
    public static func seal(
        _ plaintext: [UInt8], additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try plaintext.withUnsafeBytes {
            try aead.seal($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }

    /// Verifies and decrypts nonce‖ciphertext‖tag as produced by the random-nonce `seal`.
    ///
    /// - Throws: `SodiumError.authenticationFailed` if the input is too short or anything in it,
    ///   or the additional data, or the key, differs from what was sealed.
    public static func open(_ sealed: [UInt8], additionalData: [UInt8], key: SymmetricKey) throws -> [UInt8] {
        try sealed.withUnsafeBytes { try open(bytes: $0, additionalData: additionalData, key: key) }
    }

    /// Verifies and decrypts nonce‖ciphertext‖tag read in place from `bytes`, without copying it first.
    ///
    /// - Throws: `SodiumError.authenticationFailed` if it is too short or verification fails.
    public static func open(
        bytes sealed: UnsafeRawBufferPointer, additionalData: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        guard sealed.count >= nonceByteCount + tagByteCount else { throw SodiumError.authenticationFailed }
        let nonce = Array(sealed.prefix(nonceByteCount))
        return try aead.open(
            UnsafeRawBufferPointer(rebasing: sealed.dropFirst(nonceByteCount)), additionalData: additionalData,
            nonce: nonce, key: key)
    }

    /// Verifies and decrypts ciphertext‖tag under the given nonce.
    ///
    /// - Throws: `SodiumError.invalidLength` for a nonce that is not 24 bytes;
    ///   `SodiumError.authenticationFailed` if verification fails.
    public static func open(
        _ ciphertext: [UInt8], additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try ciphertext.withUnsafeBytes {
            try aead.open($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }

    /// Verifies and decrypts nonce‖ciphertext‖tag straight into secret memory.
    ///
    /// Use it to unwrap keys, so they never sit in an ordinary array.
    /// - Throws: `SodiumError.authenticationFailed` if verification fails; `SodiumError.outOfMemory`.
    public static func openSecret(_ sealed: [UInt8], additionalData: [UInt8], key: SymmetricKey) throws -> SecureBytes {
        let (nonce, body) = try split(sealed)
        return try body.withUnsafeBytes {
            try aead.openSecret($0, additionalData: additionalData, nonce: nonce, key: key)
        }
    }

    /// Splits nonce‖ciphertext‖tag; anything too short to hold a nonce and a tag cannot verify.
    private static func split(_ sealed: [UInt8]) throws -> (nonce: [UInt8], body: ArraySlice<UInt8>) {
        guard sealed.count >= nonceByteCount + tagByteCount else { throw SodiumError.authenticationFailed }
        return (Array(sealed.prefix(nonceByteCount)), sealed.dropFirst(nonceByteCount))
    }
}
