// The shared body of the two ChaCha20-Poly1305 AEADs, which libsodium gives the same C shape.
import CSodium

/// One libsodium AEAD, described by its nonce size and its two C functions.
///
/// Both public AEAD enums forward here, so the length checks and the plaintext-into-secret-memory
/// path are written once.
struct AEAD: Sendable {
    /// Encrypts: (ciphertext‖tag out, plaintext, plaintext count, ad, ad count, nonce, key) -> status.
    typealias Encrypt = @Sendable (
        UnsafeMutablePointer<UInt8>, UnsafePointer<UInt8>, Int,
        UnsafePointer<UInt8>, Int, UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32
    /// Decrypts: (plaintext out, ciphertext‖tag, its count, ad, ad count, nonce, key) -> status.
    typealias Decrypt = @Sendable (
        UnsafeMutablePointer<UInt8>, UnsafePointer<UInt8>, Int,
        UnsafePointer<UInt8>, Int, UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32

    /// The algorithm's name, used in error messages.
    let name: String
    let nonceByteCount: Int
    let tagByteCount = 16
    let encrypt: Encrypt
    let decrypt: Decrypt

    static let xChaCha20Poly1305 = AEAD(
        name: "XChaCha20-Poly1305",
        nonceByteCount: 24,
        encrypt: { c, m, mCount, ad, adCount, nonce, key in
            crypto_aead_xchacha20poly1305_ietf_encrypt(
                c, nil, m, UInt64(mCount), ad, UInt64(adCount), nil, nonce, key)
        },
        decrypt: { m, c, cCount, ad, adCount, nonce, key in
            crypto_aead_xchacha20poly1305_ietf_decrypt(
                m, nil, nil, c, UInt64(cCount), ad, UInt64(adCount), nonce, key)
        }
    )

    static let chaCha20Poly1305IETF = AEAD(
        name: "ChaCha20-Poly1305",
        nonceByteCount: 12,
        encrypt: { c, m, mCount, ad, adCount, nonce, key in
            crypto_aead_chacha20poly1305_ietf_encrypt(
                c, nil, m, UInt64(mCount), ad, UInt64(adCount), nil, nonce, key)
        },
        decrypt: { m, c, cCount, ad, adCount, nonce, key in
            crypto_aead_chacha20poly1305_ietf_decrypt(
                m, nil, nil, c, UInt64(cCount), ad, UInt64(adCount), nonce, key)
        }
    )

    /// Throws unless `nonce` has this algorithm's nonce length.
    func checkNonce(_ nonce: [UInt8]) throws {
        guard nonce.count == nonceByteCount else {
            throw SodiumError.invalidLength(what: "\(name) nonce", expected: nonceByteCount, actual: nonce.count)
        }
    }

    /// Encrypts the plaintext bytes and returns ciphertext‖tag.
    func seal(
        _ plaintext: UnsafeRawBufferPointer, additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try ensureSodium()
        try checkNonce(nonce)
        var output = [UInt8](repeating: 0, count: plaintext.count + tagByteCount)
        let status = output.withMutableBytePointer { out, _ in
            plaintext.withBytePointer { m, mCount in
                additionalData.withBytePointer { ad, adCount in
                    nonce.withBytePointer { n, _ in
                        key.secure.withBytePointer { k, _ in encrypt(out, m, mCount, ad, adCount, n, k) }
                    }
                }
            }
        }
        // Encryption has no failure mode for inputs that fit in memory.
        precondition(status == 0, "\(name) encryption failed")
        return output
    }

    /// Decrypts ciphertext‖tag into `count - tagByteCount` bytes at `output`.
    ///
    /// libsodium checks the tag before it writes any plaintext.
    func open(
        _ ciphertext: UnsafeRawBufferPointer, additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey,
        into output: UnsafeMutablePointer<UInt8>
    ) throws {
        try ensureSodium()
        try checkNonce(nonce)
        guard ciphertext.count >= tagByteCount else { throw SodiumError.authenticationFailed }
        let status = ciphertext.withBytePointer { c, cCount in
            additionalData.withBytePointer { ad, adCount in
                nonce.withBytePointer { n, _ in
                    key.secure.withBytePointer { k, _ in decrypt(output, c, cCount, ad, adCount, n, k) }
                }
            }
        }
        guard status == 0 else { throw SodiumError.authenticationFailed }
    }

    /// Decrypts ciphertext‖tag into a new array.
    func open(
        _ ciphertext: UnsafeRawBufferPointer, additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> [UInt8] {
        try checkNonce(nonce)
        guard ciphertext.count >= tagByteCount else { throw SodiumError.authenticationFailed }
        // Not zero-filled first: for a large blob that costs as much as the decryption.
        let count = ciphertext.count - tagByteCount
        var failure: Error?
        let output = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            do {
                try open(ciphertext, additionalData: additionalData, nonce: nonce, key: key, into: buffer.baseAddress!)
            } catch {
                // libsodium zeroes the output when verification fails; keep the array defined anyway.
                buffer.initialize(repeating: 0)
                failure = error
            }
            initialized = count
        }
        if let failure { throw failure }
        return output
    }

    /// Decrypts ciphertext‖tag straight into secret memory, so the plaintext never sits in an array.
    func openSecret(
        _ ciphertext: UnsafeRawBufferPointer, additionalData: [UInt8], nonce: [UInt8], key: SymmetricKey
    ) throws -> SecureBytes {
        try checkNonce(nonce)
        guard ciphertext.count >= tagByteCount else { throw SodiumError.authenticationFailed }
        let output = try SecureBytes(count: ciphertext.count - tagByteCount)
        try output.withMutableBytePointer { out, _ in
            try open(ciphertext, additionalData: additionalData, nonce: nonce, key: key, into: out)
        }
        return output
    }
}
