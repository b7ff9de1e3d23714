// BLAKE2b (crypto_generichash): the general-purpose hash, including minisign's BLAKE2b-512 prehash.
import CSodium

/// The BLAKE2b hash function, optionally keyed, with outputs of 1 to 64 bytes.
public enum BLAKE2b {
    /// The largest output, in bytes (BLAKE2b-512).
    public static let maximumOutputByteCount = 64
    /// The largest key, in bytes.
    public static let maximumKeyByteCount = 64

    /// Hashes `data` in one call.
    ///
    /// - Parameters:
    ///   - outputByteCount: 1 to 64; 32 by default, 64 for BLAKE2b-512.
    ///   - key: Nil for a plain hash, or up to 64 bytes for a keyed hash (a MAC).
    public static func hash(_ data: [UInt8], outputByteCount: Int = 32, key: [UInt8]? = nil) -> [UInt8] {
        checkParameters(outputByteCount: outputByteCount, key: key)
        prepareSodium()
        var output = [UInt8](repeating: 0, count: outputByteCount)
        let status = output.withMutableBytePointer { out, outCount in
            data.withBytePointer { input, inputCount in
                withKey(key) { keyPointer, keyCount in
                    crypto_generichash(out, outCount, input, UInt64(inputCount), keyPointer, keyCount)
                }
            }
        }
        precondition(status == 0, "crypto_generichash rejected checked parameters")
        return output
    }

    /// An incremental BLAKE2b computation, for data that arrives in pieces.
    ///
    /// A value type: copying a hasher forks the computation, and ``finalize()`` does not end it,
    /// so a prefix can be hashed once and finished in several ways.
    public struct Hasher: Sendable {
        private var state: HashState
        /// The output length this hasher was created with.
        public let outputByteCount: Int

        /// Starts a hash with an output length and optional key, as for ``BLAKE2b/hash(_:outputByteCount:key:)``.
        public init(outputByteCount: Int = 32, key: [UInt8]? = nil) {
            checkParameters(outputByteCount: outputByteCount, key: key)
            prepareSodium()
            let state = HashState(byteCount: crypto_generichash_statebytes())
            let status = state.withOpaqueState { pointer in
                withKey(key) { keyPointer, keyCount in
                    crypto_generichash_init(pointer, keyPointer, keyCount, outputByteCount)
                }
            }
            precondition(status == 0, "crypto_generichash_init rejected checked parameters")
            self.state = state
            self.outputByteCount = outputByteCount
        }

        /// Feeds more bytes.
        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            if !isKnownUniquelyReferenced(&state) { state = state.copy() }
            _ = state.withOpaqueState { pointer in
                bytes.withBytePointer { input, count in crypto_generichash_update(pointer, input, UInt64(count)) }
            }
        }

        /// Feeds more bytes.
        public mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { update($0) }
        }

        /// Returns the hash of everything fed so far; the hasher can go on being updated.
        public func finalize() -> [UInt8] {
            // libsodium's final marks its state finished, so finish a copy and keep ours open.
            let scratch = state.copy()
            var output = [UInt8](repeating: 0, count: outputByteCount)
            let status = scratch.withOpaqueState { pointer in
                output.withMutableBytePointer { out, count in crypto_generichash_final(pointer, out, count) }
            }
            precondition(status == 0, "crypto_generichash_final failed on a fresh copy")
            return output
        }
    }

    /// Stops on lengths libsodium would reject; they are constants in the calling code, never input.
    private static func checkParameters(outputByteCount: Int, key: [UInt8]?) {
        precondition((1...maximumOutputByteCount).contains(outputByteCount), "BLAKE2b output must be 1...64 bytes")
        precondition((key?.count ?? 0) <= maximumKeyByteCount, "BLAKE2b key must be at most 64 bytes")
    }

    /// Calls `body` with the key's pointer and length, or nil and 0 for an unkeyed hash.
    private static func withKey<R>(_ key: [UInt8]?, _ body: (UnsafePointer<UInt8>?, Int) -> R) -> R {
        guard let key else { return body(nil, 0) }
        return key.withBytePointer { body($0, $1) }
    }
}
