// PBKDF2 with HMAC-SHA-256 (RFC 8018), built on HMACSHA256 because libsodium has none: SLIP-39's round function.

/// The PBKDF2 key derivation function with HMAC-SHA-256 as its pseudorandom function.
///
/// Meldboek uses it only where a published format asks for it (the Feistel rounds of SLIP-39 recovery
/// shares); its own keys are stretched with Argon2id. The password's HMAC state is computed once and copied
/// for every iteration, and every intermediate block stays in secret memory.
public enum PBKDF2 {
    /// Derives `outputByteCount` bytes from `password` and `salt` with `iterations` rounds.
    ///
    /// - Parameters:
    ///   - password: The secret, held in secret memory.
    ///   - salt: The public salt.
    ///   - iterations: 1 or more.
    ///   - outputByteCount: 1 or more; more than 32 bytes takes more blocks, as RFC 8018 says.
    /// - Throws: `SodiumError.invalidLength` for a count of 0 or less; `SodiumError.outOfMemory`.
    public static func deriveKey(
        password: SecureBytes, salt: [UInt8], iterations: Int, outputByteCount: Int
    ) throws -> SecureBytes {
        guard iterations >= 1 else {
            throw SodiumError.invalidLength(what: "PBKDF2 iterations", expected: 1, actual: iterations)
        }
        guard outputByteCount >= 1 else {
            throw SodiumError.invalidLength(what: "PBKDF2 output", expected: 1, actual: outputByteCount)
        }
        let keyed = HMACSHA256.Authenticator(key: password)
        let output = try SecureBytes(count: outputByteCount)
        let block = try SecureBytes(count: HMACSHA256.byteCount)
        let sum = try SecureBytes(count: HMACSHA256.byteCount)
        var written = 0
        var blockIndex: UInt32 = 1
        while written < outputByteCount {
            // U1 = PRF(P, S ‖ INT(i)); Ui = PRF(P, Ui-1); T = U1 ⊕ U2 ⊕ … ⊕ Uc.
            var first = keyed
            first.update(salt)
            first.update([UInt8(blockIndex >> 24), UInt8(blockIndex >> 16 & 0xff), UInt8(blockIndex >> 8 & 0xff),
                          UInt8(blockIndex & 0xff)])
            block.withMutableBytePointer { out, _ in first.finalize(into: out) }
            block.withUnsafeBytes { u in sum.withUnsafeMutableBytes { $0.copyMemory(from: u) } }
            for _ in 1..<iterations {
                var next = keyed
                block.withUnsafeBytes { next.update($0) }
                block.withMutableBytePointer { out, _ in next.finalize(into: out) }
                block.withUnsafeBytes { u in
                    sum.withUnsafeMutableBytes { t in for i in 0..<t.count { t[i] ^= u[i] } }
                }
            }
            let take = min(HMACSHA256.byteCount, outputByteCount - written)
            sum.withUnsafeBytes { t in
                output.withUnsafeMutableBytes { out in
                    for i in 0..<take { out[written + i] = t[i] }
                }
            }
            written += take
            blockIndex += 1
        }
        return output
    }
}
