// SHA-256 (crypto_hash_sha256): content hashes and the journal's hash chain.
import CSodium

/// The SHA-256 hash function.
public enum SHA256 {
    /// The digest length in bytes.
    public static let byteCount = 32

    /// Hashes `data` in one call.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        prepareSodium()
        var output = [UInt8](repeating: 0, count: byteCount)
        _ = output.withMutableBytePointer { out, _ in
            data.withBytePointer { input, count in crypto_hash_sha256(out, input, UInt64(count)) }
        }
        return output
    }

    /// An incremental SHA-256 computation, for data that arrives in pieces (attachments).
    ///
    /// A value type: copying forks the computation, and ``finalize()`` leaves the hasher usable.
    public struct Hasher: Sendable {
        private var state: HashState

        /// Starts a new hash.
        public init() {
            prepareSodium()
            state = HashState(byteCount: crypto_hash_sha256_statebytes())
            _ = state.withState(as: crypto_hash_sha256_state.self) { crypto_hash_sha256_init($0) }
        }

        /// Feeds more bytes.
        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            if !isKnownUniquelyReferenced(&state) { state = state.copy() }
            _ = state.withState(as: crypto_hash_sha256_state.self) { pointer in
                bytes.withBytePointer { input, count in crypto_hash_sha256_update(pointer, input, UInt64(count)) }
            }
        }

        /// Feeds more bytes.
        public mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { update($0) }
        }

        /// Returns the digest of everything fed so far; the hasher can go on being updated.
        public func finalize() -> [UInt8] {
            // Finish a copy, so this value keeps its state and finalising twice agrees.
            let scratch = state.copy()
            var output = [UInt8](repeating: 0, count: SHA256.byteCount)
            _ = scratch.withState(as: crypto_hash_sha256_state.self) { pointer in
                output.withMutableBytePointer { out, _ in crypto_hash_sha256_final(pointer, out) }
            }
            return output
        }
    }
}
