// Public random values (nonces, salts, identifiers) from libsodium's CSPRNG.
import CSodium

/// Random bytes and numbers from libsodium's CSPRNG.
///
/// The results are ordinary arrays and integers, meant for values that end up public anyway.
/// For secret randomness use `SecureBytes.random(count:)` or `SymmetricKey.random()`.
public enum Random {
    /// Returns `count` random bytes.
    ///
    /// - Parameter count: The number of bytes; must not be negative.
    public static func bytes(count: Int) -> [UInt8] {
        precondition(count >= 0, "Random.bytes(count:) needs a non-negative count")
        prepareSodium()
        var output = [UInt8](repeating: 0, count: count)
        output.withMutableBytePointer { pointer, count in randombytes_buf(pointer, count) }
        return output
    }

    /// Returns a uniformly distributed number in `0..<upperBound`, without modulo bias.
    ///
    /// As in libsodium, an `upperBound` of 0 or 1 returns 0.
    public static func uniform(_ upperBound: UInt32) -> UInt32 {
        prepareSodium()
        return randombytes_uniform(upperBound)
    }
}
