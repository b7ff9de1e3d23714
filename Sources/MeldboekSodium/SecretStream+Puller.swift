// The reading half of a secret stream, which fails closed on any damage.
import CSodium

extension SecretStream {
    /// Decrypts a stream chunk by chunk, in the order it was written.
    ///
    /// After any failure the puller refuses everything that follows, so a caller cannot skip a
    /// bad chunk and carry on. Noncopyable, like ``Pusher``, so there is one position per stream.
    public struct Puller: ~Copyable, Sendable {
        private enum Phase { case reading, finished, failed }

        private let state: SecureBytes
        private var phase = Phase.reading

        /// Starts reading a stream written under `key` that began with `header`.
        ///
        /// - Throws: `SodiumError.invalidLength` for a header that is not 24 bytes;
        ///   `SodiumError.outOfMemory`.
        public init(key: SymmetricKey, header: [UInt8]) throws {
            try ensureSodium()
            guard header.count == SecretStream.headerByteCount else {
                throw SodiumError.invalidLength(
                    what: "secret stream header", expected: SecretStream.headerByteCount, actual: header.count)
            }
            let state = try SecretStream.makeState()
            let status = header.withBytePointer { headerPointer, _ in
                key.secure.withBytePointer { keyPointer, _ in
                    state.withMemory(as: SecretStream.State.self) { statePointer in
                        crypto_secretstream_xchacha20poly1305_init_pull(statePointer, headerPointer, keyPointer)
                    }
                }
            }
            guard status == 0 else { throw SodiumError.authenticationFailed }
            self.state = state
        }

        /// Verifies and decrypts the next chunk.
        ///
        /// - Returns: The plaintext, and whether this was the final chunk.
        /// - Throws: `SodiumError.dataAfterFinal` once the final chunk was pulled;
        ///   `SodiumError.authenticationFailed` if the chunk is damaged, out of order, from another
        ///   stream or key, carries a tag this module never writes, or follows an earlier failure.
        public mutating func pull(_ ciphertext: UnsafeRawBufferPointer) throws -> (plaintext: [UInt8], isFinal: Bool) {
            switch phase {
            case .finished: throw SodiumError.dataAfterFinal
            case .failed: throw SodiumError.authenticationFailed
            case .reading: break
            }
            guard ciphertext.count >= SecretStream.additionalByteCount else {
                phase = .failed
                throw SodiumError.authenticationFailed
            }
            var plaintext = [UInt8](repeating: 0, count: ciphertext.count - SecretStream.additionalByteCount)
            var tag: UInt8 = 0
            let state = self.state
            let status = plaintext.withMutableBytePointer { out, _ in
                ciphertext.withBytePointer { c, count in
                    state.withMemory(as: SecretStream.State.self) { statePointer in
                        crypto_secretstream_xchacha20poly1305_pull(
                            statePointer, out, nil, &tag, c, UInt64(count), nil, 0)
                    }
                }
            }
            guard status == 0 else {
                phase = .failed
                throw SodiumError.authenticationFailed
            }
            switch tag {
            case crypto_secretstream_xchacha20poly1305_tag_final():
                phase = .finished
                return (plaintext, true)
            case crypto_secretstream_xchacha20poly1305_tag_message():
                return (plaintext, false)
            default:
                // PUSH and REKEY tags are valid libsodium but not our format; refuse rather than guess.
                phase = .failed
                throw SodiumError.authenticationFailed
            }
        }

        /// Verifies and decrypts the next chunk; see the pointer form.
        public mutating func pull(_ ciphertext: [UInt8]) throws -> (plaintext: [UInt8], isFinal: Bool) {
            try ciphertext.withUnsafeBytes { try pull($0) }
        }

        /// Confirms, at the end of the input, that the stream ended with its final chunk.
        ///
        /// - Throws: `SodiumError.streamTruncated` if the final chunk was never pulled;
        ///   `SodiumError.authenticationFailed` if an earlier chunk failed.
        public func finish() throws {
            switch phase {
            case .finished: return
            case .reading: throw SodiumError.streamTruncated
            case .failed: throw SodiumError.authenticationFailed
            }
        }
    }
}
