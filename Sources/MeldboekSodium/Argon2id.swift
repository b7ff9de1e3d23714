// Argon2id (crypto_pwhash): turns the journal passphrase into the key that unlocks the vault.
import CSodium

/// Passphrase-based key derivation with Argon2id v1.3 (`crypto_pwhash`, `ALG_ARGON2ID13`).
public enum Argon2id {
    /// How much work and memory one derivation costs, as stored next to the salt.
    ///
    /// `Codable` so a vault can record the cost it was created with and derive the same key later.
    public struct Cost: Sendable, Equatable, Codable {
        /// The number of passes over memory (libsodium's `opslimit`).
        public var opsLimit: UInt64
        /// The memory to use, in bytes (libsodium's `memlimit`).
        public var memLimit: UInt64

        /// Creates a cost; libsodium rejects values below ``minimum`` at derivation time.
        public init(opsLimit: UInt64, memLimit: UInt64) {
            self.opsLimit = opsLimit
            self.memLimit = memLimit
        }

        /// libsodium's interactive cost: 2 passes, 64 MiB.
        public static let interactive = Cost(
            opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_interactive()),
            memLimit: UInt64(crypto_pwhash_argon2id_memlimit_interactive()))
        /// libsodium's moderate cost: 3 passes, 256 MiB.
        public static let moderate = Cost(
            opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_moderate()),
            memLimit: UInt64(crypto_pwhash_argon2id_memlimit_moderate()))
        /// libsodium's sensitive cost: 4 passes, 1 GiB.
        public static let sensitive = Cost(
            opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_sensitive()),
            memLimit: UInt64(crypto_pwhash_argon2id_memlimit_sensitive()))
        /// The smallest cost libsodium accepts (1 pass, 8 KiB); for tests only, never for real vaults.
        public static let minimum = Cost(
            opsLimit: UInt64(crypto_pwhash_argon2id_opslimit_min()),
            memLimit: UInt64(crypto_pwhash_argon2id_memlimit_min()))
    }

    /// The salt length in bytes.
    public static let saltByteCount = 16

    /// Derives a ``SymmetricKey`` from a passphrase, writing it straight into secret memory.
    ///
    /// - Parameters:
    ///   - passphrase: The passphrase bytes, usually UTF-8.
    ///   - salt: 16 random bytes stored with whatever the key protects.
    ///   - cost: The work factor; the same cost and salt give the same key.
    /// - Throws: `SodiumError.invalidLength` for a salt that is not 16 bytes;
    ///   `SodiumError.keyDerivationFailed` if libsodium refuses the cost or runs out of memory.
    public static func deriveKey(passphrase: SecureBytes, salt: [UInt8], cost: Cost) throws -> SymmetricKey {
        let secure = try derive(passphrase: passphrase, salt: salt, cost: cost, outputByteCount: SymmetricKey.byteCount)
        return SymmetricKey(adopting: secure)
    }

    /// Derives `outputByteCount` bytes; internal because only the published vectors need other lengths.
    static func derive(
        passphrase: SecureBytes, salt: [UInt8], cost: Cost, outputByteCount: Int
    ) throws -> SecureBytes {
        try ensureSodium()
        guard salt.count == saltByteCount else {
            throw SodiumError.invalidLength(what: "Argon2id salt", expected: saltByteCount, actual: salt.count)
        }
        // memlimit is a size_t; a cost that does not fit cannot be honoured on this machine.
        guard let memLimit = Int(exactly: cost.memLimit), outputByteCount > 0 else {
            throw SodiumError.keyDerivationFailed
        }
        let output = try SecureBytes(count: outputByteCount)
        let status = output.withMutableBytePointer { out, outCount in
            passphrase.withBytePointer { passphrasePointer, passphraseCount in
                salt.withBytePointer { saltPointer, _ in
                    crypto_pwhash(
                        out, UInt64(outCount),
                        characters(passphrasePointer), UInt64(passphraseCount),
                        saltPointer, cost.opsLimit, memLimit,
                        crypto_pwhash_alg_argon2id13())
                }
            }
        }
        guard status == 0 else { throw SodiumError.keyDerivationFailed }
        return output
    }
}
