// SLIP-39's encryption of the master secret: a 4-round Feistel network with PBKDF2-HMAC-SHA256 as round function.
import MeldboekSodium

/// The wide-block cipher SLIP-39 puts in front of the splitting, so a few bytes of T shares say nothing about the
/// secret. Meldboek encrypts with the empty passphrase: the shares themselves are what must be kept apart.
enum ShareCipher {
    static let roundCount = 4
    /// PBKDF2 iterations over all four rounds at iteration exponent 0; each exponent step doubles them.
    static let baseIterationCount = 10_000

    /// EMS = Encrypt(MS, P, e, id, ext).
    static func encrypt(
        _ secret: SecureBytes, passphrase: [UInt8], iterationExponent: Int, identifier: Int, extendable: Bool
    ) throws -> SecureBytes {
        try feistel(secret, rounds: Array(0..<roundCount), passphrase: passphrase,
                    iterationExponent: iterationExponent, identifier: identifier, extendable: extendable)
    }

    /// MS = Decrypt(EMS, P, e, id, ext): the same network with the rounds in reverse.
    static func decrypt(
        _ encrypted: SecureBytes, passphrase: [UInt8], iterationExponent: Int, identifier: Int, extendable: Bool
    ) throws -> SecureBytes {
        try feistel(encrypted, rounds: Array((0..<roundCount).reversed()), passphrase: passphrase,
                    iterationExponent: iterationExponent, identifier: identifier, extendable: extendable)
    }

    private static func feistel(
        _ input: SecureBytes, rounds: [Int], passphrase: [UInt8], iterationExponent: Int, identifier: Int,
        extendable: Bool
    ) throws -> SecureBytes {
        precondition(input.count % 2 == 0, "SLIP-39 secrets have an even number of bytes")
        let half = input.count / 2
        var left = input.withUnsafeBytes { Array($0.prefix(half)) }
        var right = input.withUnsafeBytes { Array($0.suffix(half)) }
        defer {
            wipe(&left)
            wipe(&right)
        }
        // Without the extendable flag the identifier salts every round, so only shares of one split decrypt alike.
        let saltPrefix = extendable ? [] : Array("shamir".utf8) + [UInt8(identifier >> 8), UInt8(identifier & 0xFF)]
        let iterations = (baseIterationCount << iterationExponent) / roundCount
        for round in rounds {
            var password = [UInt8(round)] + passphrase
            defer { wipe(&password) }
            var salt = saltPrefix + right
            defer { wipe(&salt) }
            let roundKey = try PBKDF2.deriveKey(
                password: try SecureBytes(copying: password), salt: salt, iterations: iterations,
                outputByteCount: half)
            let mixed = roundKey.withUnsafeBytes { key in (0..<half).map { left[$0] ^ key[$0] } }
            wipe(&left)
            left = right
            right = mixed
        }
        // The output is R ‖ L.
        var output = right + left
        defer { wipe(&output) }
        return try SecureBytes(copying: output)
    }
}
