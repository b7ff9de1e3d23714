// HKDF-SHA-256 (RFC 5869), built on HMACSHA256 because libsodium 1.0.18 has no HKDF.

/// The HKDF extract-and-expand key derivation function with HMAC-SHA-256.
///
/// age derives its wrap keys, header MAC key and payload key this way. The pseudorandom key
/// and every output block stay in secret memory throughout.
public enum HKDF {
    /// The most output one derivation can give: 255 blocks of 32 bytes.
    public static let maximumOutputByteCount = 255 * HMACSHA256.byteCount

    /// Derives `outputByteCount` bytes from secret input keying material.
    ///
    /// - Parameters:
    ///   - inputKeyMaterial: The secret to stretch, such as an X25519 shared secret.
    ///   - salt: The public salt; empty means "no salt" (an empty HMAC key, as RFC 5869 allows).
    ///   - info: The context label that separates keys derived from the same secret.
    ///   - outputByteCount: 0 to ``maximumOutputByteCount``.
    /// - Throws: `SodiumError.invalidLength` for an output length out of range; `SodiumError.outOfMemory`.
    public static func deriveKey(
        inputKeyMaterial: SecureBytes, salt: [UInt8], info: [UInt8], outputByteCount: Int
    ) throws -> SecureBytes {
        try inputKeyMaterial.withUnsafeBytes {
            try derive($0, salt: salt, info: info, outputByteCount: outputByteCount)
        }
    }

    /// Derives `outputByteCount` bytes from input keying material held in an ordinary array.
    ///
    /// - Throws: as the `SecureBytes` form.
    public static func deriveKey(
        inputKeyMaterial: [UInt8], salt: [UInt8], info: [UInt8], outputByteCount: Int
    ) throws -> SecureBytes {
        try inputKeyMaterial.withUnsafeBytes {
            try derive($0, salt: salt, info: info, outputByteCount: outputByteCount)
        }
    }

    private static func derive(
        _ inputKeyMaterial: UnsafeRawBufferPointer, salt: [UInt8], info: [UInt8], outputByteCount: Int
    ) throws -> SecureBytes {
        guard (0...maximumOutputByteCount).contains(outputByteCount) else {
            throw SodiumError.invalidLength(
                what: "HKDF output", expected: maximumOutputByteCount, actual: outputByteCount)
        }
        // Extract: PRK = HMAC(salt, IKM).
        let pseudorandomKey = try SecureBytes(count: HMACSHA256.byteCount)
        var extractor = HMACSHA256.Authenticator(key: salt)
        extractor.update(inputKeyMaterial)
        pseudorandomKey.withMutableBytePointer { out, _ in extractor.finalize(into: out) }

        // Expand: T(i) = HMAC(PRK, T(i-1) ‖ info ‖ i), output = T(1) ‖ T(2) ‖ … truncated.
        let output = try SecureBytes(count: outputByteCount)
        let block = try SecureBytes(count: HMACSHA256.byteCount)
        var written = 0
        var counter: UInt8 = 1
        while written < outputByteCount {
            var expander = HMACSHA256.Authenticator(key: pseudorandomKey)
            if counter > 1 { block.withUnsafeBytes { expander.update($0) } }
            expander.update(info)
            expander.update([counter])
            block.withMutableBytePointer { out, _ in expander.finalize(into: out) }
            let take = min(HMACSHA256.byteCount, outputByteCount - written)
            block.withBytePointer { source, _ in
                output.withMutableBytePointer { target, _ in (target + written).update(from: source, count: take) }
            }
            written += take
            // Wrapping add: after block 255 the loop has already written the maximum and ends.
            counter &+= 1
        }
        return output
    }
}
