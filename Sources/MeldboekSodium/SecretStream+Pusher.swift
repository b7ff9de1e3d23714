// The writing half of a secret stream.
import CSodium

extension SecretStream {
    /// Encrypts a stream chunk by chunk.
    ///
    /// Noncopyable, because a copy would encrypt two different chunks under one nonce.
    public struct Pusher: ~Copyable, Sendable {
        /// The header to store before the first chunk; the reader needs it to start.
        public let header: [UInt8]
        private let state: SecureBytes
        private var finished = false

        /// Starts a stream under `key` with a fresh random header.
        ///
        /// - Throws: `SodiumError.outOfMemory` or `SodiumError.unavailable`.
        public init(key: SymmetricKey) throws {
            try ensureSodium()
            let state = try SecretStream.makeState()
            var header = [UInt8](repeating: 0, count: SecretStream.headerByteCount)
            let status = header.withMutableBytePointer { headerPointer, _ in
                key.secure.withBytePointer { keyPointer, _ in
                    state.withMemory(as: SecretStream.State.self) { statePointer in
                        crypto_secretstream_xchacha20poly1305_init_push(statePointer, headerPointer, keyPointer)
                    }
                }
            }
            precondition(status == 0, "crypto_secretstream_xchacha20poly1305_init_push failed")
            self.state = state
            self.header = header
        }

        /// Encrypts one chunk.
        ///
        /// - Parameters:
        ///   - chunk: The plaintext; may be empty.
        ///   - isFinal: `true` for the last chunk, which the reader requires to see.
        /// - Returns: The ciphertext, ``SecretStream/additionalByteCount`` bytes longer than `chunk`.
        /// - Throws: `SodiumError.dataAfterFinal` after the final chunk was pushed.
        public mutating func push(_ chunk: UnsafeRawBufferPointer, isFinal: Bool) throws -> [UInt8] {
            guard !finished else { throw SodiumError.dataAfterFinal }
            let tag = isFinal
                ? crypto_secretstream_xchacha20poly1305_tag_final()
                : crypto_secretstream_xchacha20poly1305_tag_message()
            var ciphertext = [UInt8](repeating: 0, count: chunk.count + SecretStream.additionalByteCount)
            let state = self.state
            let status = ciphertext.withMutableBytePointer { out, _ in
                chunk.withBytePointer { m, count in
                    state.withMemory(as: SecretStream.State.self) { statePointer in
                        crypto_secretstream_xchacha20poly1305_push(
                            statePointer, out, nil, m, UInt64(count), nil, 0, tag)
                    }
                }
            }
            precondition(status == 0, "crypto_secretstream_xchacha20poly1305_push failed")
            finished = isFinal
            return ciphertext
        }

        /// Encrypts one chunk; see the pointer form.
        ///
        /// - Throws: `SodiumError.dataAfterFinal` after the final chunk was pushed.
        public mutating func push(_ chunk: [UInt8], isFinal: Bool) throws -> [UInt8] {
            try chunk.withUnsafeBytes { try push($0, isFinal: isFinal) }
        }
    }
}
