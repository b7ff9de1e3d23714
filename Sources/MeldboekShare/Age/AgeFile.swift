// The public entry points: write an age file to recipients, read one with identities, both streamed.
import MeldboekSodium

/// Something that can unwrap an age file key from a header's stanzas: an X25519 identity, a passphrase.
public protocol AgeIdentityProtocol {
    /// Returns the 16-byte file key from the stanzas addressed to this identity, or nil if none is.
    ///
    /// - Parameter stanzas: All stanzas of the header; unknown types must be ignored.
    /// - Throws: `AgeError.malformedHeader` if a stanza of this identity's type is malformed;
    ///   the reader then stops rather than trying other identities.
    func unwrap(_ stanzas: [AgeStanza]) throws -> SecureBytes?
}

/// The file key: 16 random bytes, wrapped once per recipient.
enum AgeFileKey {
    static let byteCount = 16
    /// The all-zero ChaCha20-Poly1305 nonce used to wrap a file key: each wrap key is used once.
    static let zeroNonce = [UInt8](repeating: 0, count: ChaCha20Poly1305IETF.nonceByteCount)

    static func generate() throws -> SecureBytes {
        try SecureBytes.random(count: byteCount)
    }
}

/// Streams plaintext into an age file: header first, then 64 KiB chunks; never holds more than one chunk.
///
/// ```swift
/// let writer = try AgeWriter(recipients: [adviser, me]) { try output.write(contentsOf: $0) }
/// try writer.write(Array("hello".utf8))
/// try writer.finish()
/// ```
public final class AgeWriter {
    private let sink: ([UInt8]) throws -> Void
    private var encryptor: AgeStream.Encryptor

    /// Starts an age file to `recipients` and hands the header and payload nonce to `sink`.
    ///
    /// - Parameters:
    ///   - recipients: One or more X25519 recipients; each can decrypt the file.
    ///   - sink: Called with each piece of the file, in order.
    /// - Throws: `AgeError.malformedRecipient` for an empty list or a low-order public key;
    ///   whatever `sink` throws.
    public convenience init(recipients: [AgeRecipient], sink: @escaping ([UInt8]) throws -> Void) throws {
        guard !recipients.isEmpty else { throw AgeError.malformedRecipient }
        try self.init(sink: sink) { fileKey in try recipients.map { try $0.wrap(fileKey) } }
    }

    /// Starts an age file sealed with a passphrase: one `scrypt` stanza, the only one, as age requires.
    ///
    /// - Parameters:
    ///   - passphrase: The passphrase and work factor to wrap the file key with.
    ///   - sink: Called with each piece of the file, in order.
    /// - Throws: `SodiumError.keyDerivationFailed` when scrypt can't run (out of memory); whatever `sink` throws.
    public convenience init(passphrase: ScryptRecipient, sink: @escaping ([UInt8]) throws -> Void) throws {
        try self.init(sink: sink) { fileKey in [try passphrase.wrap(fileKey)] }
    }

    private init(sink: @escaping ([UInt8]) throws -> Void, stanzas wrap: (SecureBytes) throws -> [AgeStanza]) throws {
        let fileKey = try AgeFileKey.generate()
        let stanzas = try wrap(fileKey)
        let nonce = Random.bytes(count: AgeStream.nonceByteCount)
        encryptor = AgeStream.Encryptor(key: try AgeStream.payloadKey(fileKey: fileKey, nonce: nonce))
        self.sink = sink
        try sink(try AgeHeader.encode(stanzas, fileKey: fileKey) + nonce)
    }

    /// Encrypts more plaintext; full chunks go to the sink as soon as more data follows them.
    ///
    /// - Throws: Whatever the sink throws.
    public func write(_ bytes: [UInt8]) throws {
        try encryptor.write(bytes, to: sink)
    }

    /// Seals the final chunk and hands it to the sink; the file is complete only after this.
    ///
    /// - Throws: Whatever the sink throws.
    public func finish() throws {
        try encryptor.finish(to: sink)
    }
}

/// Streams an age file's plaintext out; reading authenticates each chunk before releasing it.
///
/// ```swift
/// let reader = try AgeReader(source: try FileSource(path: path), identities: [identity])
/// while case let bytes = try reader.read(upTo: 65536), !bytes.isEmpty { consume(bytes) }
/// ```
public final class AgeReader {
    /// The header's recipient stanzas, as parsed.
    public let stanzas: [AgeStanza]
    private var decryptor: AgeStream.Decryptor
    private var chunk: [UInt8] = []
    private var offset = 0

    /// Parses the header, unwraps the file key with the first identity that can, and checks the header MAC.
    ///
    /// Armored input (`-----BEGIN AGE ENCRYPTED FILE-----`) is recognised and decoded on the fly.
    /// - Parameters:
    ///   - source: The age file, binary or armored.
    ///   - identities: Tried in order.
    /// - Throws: `AgeError.notAgeFile`, `.unsupportedVersion`, `.malformedHeader`, `.armor`,
    ///   `.noMatchingIdentity`, `.headerMACMismatch`, or `.truncated` if the file ends in the header
    ///   or the payload nonce; errors of `source` pass through.
    public init(source: any ByteSource, identities: [any AgeIdentityProtocol]) throws {
        let reader = try Self.binaryInput(source)
        let header = try AgeHeader.parse(reader)
        // A passphrase is the whole authentication of a scrypt file, so it must stand alone.
        if header.stanzas.contains(where: { $0.type == "scrypt" }) && header.stanzas.count != 1 {
            throw AgeError.malformedHeader("scrypt stanza must be the only stanza")
        }
        var found: SecureBytes?
        for identity in identities {
            if let fileKey = try identity.unwrap(header.stanzas) {
                found = fileKey
                break
            }
        }
        guard let fileKey = found else { throw AgeError.noMatchingIdentity }
        guard fileKey.count == AgeFileKey.byteCount else { throw AgeError.malformedHeader("file key is not 16 bytes") }
        guard try header.verifyMAC(fileKey: fileKey) else { throw AgeError.headerMACMismatch }

        let nonce = try reader.read(upTo: AgeStream.nonceByteCount)
        guard nonce.count == AgeStream.nonceByteCount else { throw AgeError.truncated }
        stanzas = header.stanzas
        decryptor = AgeStream.Decryptor(key: try AgeStream.payloadKey(fileKey: fileKey, nonce: nonce), reader: reader)
    }

    /// A reader of the binary age file: `source` itself, or its decoded armor.
    static func binaryInput(_ source: any ByteSource) throws -> ByteReader {
        let reader = ByteReader(source)
        let start = try reader.peek(1024)
        if !start.starts(with: AgeHeader.versionPrefix) && AgeArmor.looksArmored(start) {
            return ByteReader(AgeArmor.Decoder(reader))
        }
        return reader
    }

    /// Returns up to `count` bytes of verified plaintext, and `[]` only at the verified end of the file.
    ///
    /// Bytes already returned stay valid even if a later chunk fails.
    /// - Throws: `AgeError.payloadCorrupt`, `.truncated`, `.trailingData`, `.armor`, or errors of the source.
    public func read(upTo count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        while offset == chunk.count {
            chunk = try decryptor.nextChunk()
            offset = 0
            if chunk.isEmpty { return [] }
        }
        let take = min(count, chunk.count - offset)
        defer { offset += take }
        return Array(chunk[offset..<(offset + take)])
    }
}
