// SHA-512 (crypto_hash_sha512), one-shot, for formats that name it.
import CSodium

/// The SHA-512 hash function.
public enum SHA512 {
    /// The digest length in bytes.
    public static let byteCount = 64

    /// Hashes `data` in one call.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        prepareSodium()
        var output = [UInt8](repeating: 0, count: byteCount)
        _ = output.withMutableBytePointer { out, _ in
            data.withBytePointer { input, count in crypto_hash_sha512(out, input, UInt64(count)) }
        }
        return output
    }
}
