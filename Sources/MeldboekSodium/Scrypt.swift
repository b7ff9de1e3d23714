// scrypt (crypto_pwhash_scryptsalsa208sha256_ll), only to read age files sealed with a passphrase.
import CSodium

/// The raw scrypt function of RFC 7914, as age's scrypt recipient stanza uses it.
///
/// The caller validates `logN` against its own policy first (age caps the work factor);
/// this type computes N = 2^logN and passes everything through.
public enum Scrypt {
    /// Derives `length` bytes into secret memory.
    ///
    /// - Parameters:
    ///   - passphrase: The passphrase bytes.
    ///   - salt: The salt, of any length.
    ///   - logN: The base-2 logarithm of the CPU/memory cost N.
    ///   - r: The block size parameter.
    ///   - p: The parallelisation parameter.
    ///   - length: The number of bytes to derive.
    /// - Throws: `SodiumError.keyDerivationFailed` if libsodium rejects the parameters or runs out
    ///   of memory; `SodiumError.invalidLength` for a negative length.
    public static func derive(
        passphrase: [UInt8], salt: [UInt8], logN: UInt8, r: UInt32 = 8, p: UInt32 = 1, length: Int = 32
    ) throws -> SecureBytes {
        try passphrase.withUnsafeBytes {
            try derive($0, salt: salt, logN: logN, r: r, p: p, length: length)
        }
    }

    /// Derives `length` bytes from a passphrase that is itself held in secret memory.
    ///
    /// - Throws: as the `[UInt8]` form.
    public static func derive(
        passphrase: SecureBytes, salt: [UInt8], logN: UInt8, r: UInt32 = 8, p: UInt32 = 1, length: Int = 32
    ) throws -> SecureBytes {
        try passphrase.withUnsafeBytes {
            try derive($0, salt: salt, logN: logN, r: r, p: p, length: length)
        }
    }

    private static func derive(
        _ passphrase: UnsafeRawBufferPointer, salt: [UInt8], logN: UInt8, r: UInt32, p: UInt32, length: Int
    ) throws -> SecureBytes {
        try ensureSodium()
        // Swift's smart shift gives 0 for logN >= 64, which libsodium rejects like any other bad N.
        let n = UInt64(1) << UInt64(logN)
        let output = try SecureBytes(count: length)
        let status = output.withMutableBytePointer { out, outCount in
            passphrase.withBytePointer { passphrasePointer, passphraseCount in
                salt.withBytePointer { saltPointer, saltCount in
                    crypto_pwhash_scryptsalsa208sha256_ll(
                        passphrasePointer, passphraseCount, saltPointer, saltCount, n, r, p, out, outCount)
                }
            }
        }
        guard status == 0 else { throw SodiumError.keyDerivationFailed }
        return output
    }
}
