// The age payload: STREAM over ChaCha20-Poly1305 in 64 KiB chunks, one chunk in memory each way.
import MeldboekSodium

/// age's STREAM construction, shared by the encrypting and decrypting halves.
enum AgeStream {
    static let nonceByteCount = 16
    static let chunkByteCount = 64 * 1024
    static let tagByteCount = ChaCha20Poly1305IETF.tagByteCount
    static let sealedChunkByteCount = chunkByteCount + tagByteCount
    private static let payloadLabel = Array("payload".utf8)

    /// The payload key: HKDF-SHA-256(file key, salt = payload nonce, info = "payload").
    static func payloadKey(fileKey: SecureBytes, nonce: [UInt8]) throws -> SymmetricKey {
        let bytes = try HKDF.deriveKey(
            inputKeyMaterial: fileKey, salt: nonce, info: payloadLabel, outputByteCount: SymmetricKey.byteCount)
        return try SymmetricKey(bytes)
    }

    /// The 12-byte chunk nonce: an 11-byte big-endian counter, then 1 for the final chunk, else 0.
    static func chunkNonce(counter: UInt64, final: Bool) -> [UInt8] {
        var nonce = [UInt8](repeating: 0, count: ChaCha20Poly1305IETF.nonceByteCount)
        for index in 0..<8 { nonce[10 - index] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(index))) }
        nonce[11] = final ? 1 : 0
        return nonce
    }

    /// Encrypts plaintext as it arrives and hands each sealed chunk to a sink.
    struct Encryptor {
        private let key: SymmetricKey
        private var counter: UInt64 = 0
        private var pending: [UInt8] = []
        private(set) var isFinished = false

        init(key: SymmetricKey) {
            self.key = key
            pending.reserveCapacity(AgeStream.chunkByteCount)
        }

        /// Buffers `bytes`, sealing a chunk as non-final only once more data is known to follow it.
        mutating func write(_ bytes: [UInt8], to sink: ([UInt8]) throws -> Void) throws {
            precondition(!isFinished, "age: write after finish")
            var offset = 0
            while offset < bytes.count {
                if pending.count == AgeStream.chunkByteCount {
                    try seal(final: false, to: sink)
                }
                let take = min(AgeStream.chunkByteCount - pending.count, bytes.count - offset)
                pending += bytes[offset..<(offset + take)]
                offset += take
            }
        }

        /// Seals what is left as the final chunk; it is empty only if the whole payload is.
        mutating func finish(to sink: ([UInt8]) throws -> Void) throws {
            precondition(!isFinished, "age: finish called twice")
            try seal(final: true, to: sink)
            isFinished = true
        }

        private mutating func seal(final: Bool, to sink: ([UInt8]) throws -> Void) throws {
            let nonce = AgeStream.chunkNonce(counter: counter, final: final)
            let sealed = try ChaCha20Poly1305IETF.seal(pending, additionalData: [], nonce: nonce, key: key)
            wipe(&pending)
            pending.removeAll(keepingCapacity: true)
            precondition(counter < UInt64.max, "age: STREAM counter overflow")
            counter += 1
            try sink(sealed)
        }
    }

    /// Pulls sealed chunks from a reader and releases each chunk's plaintext only once verified.
    struct Decryptor {
        private let key: SymmetricKey
        private let reader: ByteReader
        private var counter: UInt64 = 0
        private var sawFinal = false
        private var ended = false
        /// The first error; every later call throws it again rather than read past the damage.
        private var failure: (any Error)?

        init(key: SymmetricKey, reader: ByteReader) {
            self.key = key
            self.reader = reader
        }

        /// Returns the next chunk's plaintext, or `[]` once the final chunk was read and the input ended.
        ///
        /// - Throws: `AgeError.payloadCorrupt` for a chunk that does not verify or an empty final
        ///   chunk after others; `.truncated` if the input ends before a final chunk;
        ///   `.trailingData` for bytes after the final chunk; errors of the source.
        mutating func nextChunk() throws -> [UInt8] {
            if let failure { throw failure }
            do {
                return try readChunk()
            } catch {
                failure = error
                throw error
            }
        }

        private mutating func readChunk() throws -> [UInt8] {
            if ended { return [] }
            if sawFinal {
                // The final chunk was released; only the end of the input may follow it.
                guard try reader.isAtEnd() else { throw AgeError.trailingData }
                ended = true
                return []
            }
            let sealed = try reader.read(upTo: AgeStream.sealedChunkByteCount)
            guard !sealed.isEmpty else { throw AgeError.truncated }
            guard sealed.count > AgeStream.tagByteCount || (sealed.count == AgeStream.tagByteCount && counter == 0)
            else { throw AgeError.payloadCorrupt }

            let plaintext: [UInt8]
            if sealed.count == AgeStream.sealedChunkByteCount, let opened = open(sealed, final: false) {
                plaintext = opened
            } else if let opened = open(sealed, final: true) {
                // A short chunk is final or nothing; a full one may be final too.
                sawFinal = true
                plaintext = opened
            } else {
                throw AgeError.payloadCorrupt
            }
            precondition(counter < UInt64.max, "age: STREAM counter overflow")
            counter += 1
            if sawFinal && plaintext.isEmpty {
                ended = true
                guard try reader.isAtEnd() else { throw AgeError.trailingData }
            }
            return plaintext
        }

        private func open(_ sealed: [UInt8], final: Bool) -> [UInt8]? {
            let nonce = AgeStream.chunkNonce(counter: counter, final: final)
            return try? ChaCha20Poly1305IETF.open(sealed, additionalData: [], nonce: nonce, key: key)
        }
    }
}
