// age's X25519 recipient type: `age1...` recipients, `AGE-SECRET-KEY-1...` identities, X25519 stanzas.
import MeldboekSodium

private let x25519Label = Array("age-encryption.org/v1/X25519".utf8)
private let x25519StanzaType = "X25519"
private let recipientHRP = "age"
private let identityHRP = "AGE-SECRET-KEY-"
/// The wrapped file key: 16 bytes of key and a 16-byte tag.
private let wrappedKeyByteCount = AgeFileKey.byteCount + ChaCha20Poly1305IETF.tagByteCount

/// An X25519 public key that age files can be encrypted to, written `age1...`.
public struct AgeRecipient: Hashable, Sendable {
    /// The 32-byte X25519 public key.
    public let publicKey: [UInt8]

    /// Wraps a 32-byte X25519 public key.
    ///
    /// - Throws: `AgeError.malformedRecipient` unless exactly 32 bytes are given.
    public init(publicKey: [UInt8]) throws {
        guard publicKey.count == X25519.keyByteCount else { throw AgeError.malformedRecipient }
        self.publicKey = publicKey
    }

    /// Parses an `age1...` recipient: lower-case Bech32 with the HRP `age` and 32 bytes of data.
    ///
    /// - Throws: `AgeError.malformedRecipient` for anything else.
    public init(string: String) throws {
        let decoded = Array(string.utf8).withUnsafeBytes { Bech32.decode($0) }
        guard let decoded, decoded.hrp == recipientHRP else { throw AgeError.malformedRecipient }
        try self.init(publicKey: decoded.data)
    }

    /// The recipient as `age1...` text.
    public var string: String {
        String(decoding: publicKey.withUnsafeBytes { Bech32.encode(hrp: recipientHRP, data: $0, uppercase: false) },
            as: UTF8.self)
    }

    /// Wraps `fileKey` in a fresh X25519 stanza for this recipient.
    ///
    /// - Throws: `AgeError.malformedRecipient` if the public key is a low-order point.
    func wrap(_ fileKey: SecureBytes) throws -> AgeStanza {
        let ephemeral = try X25519.PrivateKey()
        let share = ephemeral.publicKey
        let shared: SecureBytes
        do {
            shared = try X25519.sharedSecret(privateKey: ephemeral, publicKey: publicKey)
        } catch SodiumError.weakPublicKey {
            throw AgeError.malformedRecipient
        }
        let wrapKey = try deriveWrapKey(shared: shared, share: share, recipient: publicKey)
        let body = try ChaCha20Poly1305IETF.sealSecret(
            fileKey, additionalData: [], nonce: AgeFileKey.zeroNonce, key: wrapKey)
        return AgeStanza(
            type: x25519StanzaType, arguments: [Encoding.base64(share, variant: .originalNoPadding)], body: body)
    }
}

extension AgeRecipient: CustomStringConvertible {
    /// The `age1...` text.
    public var description: String { string }
}

/// An X25519 identity that can decrypt files sent to its ``recipient``, written `AGE-SECRET-KEY-1...`.
///
/// Not `Codable`, and its description prints only the recipient.
public final class AgeIdentity: Sendable {
    /// The X25519 private key, in sodium memory.
    public let privateKey: X25519.PrivateKey

    /// Wraps an existing X25519 private key.
    public init(privateKey: X25519.PrivateKey) {
        self.privateKey = privateKey
    }

    /// Creates a fresh random identity.
    ///
    /// - Throws: `SodiumError.outOfMemory` or `SodiumError.unavailable`.
    public static func generate() throws -> AgeIdentity {
        AgeIdentity(privateKey: try X25519.PrivateKey())
    }

    /// Parses an `AGE-SECRET-KEY-1...` identity: upper-case Bech32 with 32 bytes of data.
    ///
    /// - Throws: `AgeError.malformedIdentity` for anything else.
    public convenience init(string: String) throws {
        var text = Array(string.utf8)
        defer { wipe(&text) }
        try self.init(text: text)
    }

    /// Parses an `AGE-SECRET-KEY-1...` identity held in sodium memory, such as one from ``encoded()``.
    ///
    /// - Throws: `AgeError.malformedIdentity` for anything but the identity text.
    public convenience init(encoded: SecureBytes) throws {
        var text = encoded.withUnsafeBytes { Array($0) }
        defer { wipe(&text) }
        try self.init(text: text)
    }

    private convenience init(text: [UInt8]) throws {
        guard var decoded = text.withUnsafeBytes({ Bech32.decode($0) }) else { throw AgeError.malformedIdentity }
        defer { wipe(&decoded.data) }
        guard decoded.hrp == identityHRP, decoded.data.count == X25519.keyByteCount else {
            throw AgeError.malformedIdentity
        }
        self.init(privateKey: try X25519.PrivateKey(copying: decoded.data))
    }

    /// The recipient that files for this identity are encrypted to.
    public var recipient: AgeRecipient {
        // A 32-byte public key always makes a valid recipient.
        try! AgeRecipient(publicKey: privateKey.publicKey)
    }

    /// The identity as `AGE-SECRET-KEY-1...` text (no newline), in sodium memory.
    ///
    /// - Throws: `SodiumError.outOfMemory`.
    public func encoded() throws -> SecureBytes {
        var text = privateKey.withUnsafeBytes { Bech32.encode(hrp: identityHRP, data: $0, uppercase: true) }
        defer { wipe(&text) }
        return try SecureBytes(copying: text)
    }
}

extension AgeIdentity: AgeIdentityProtocol {
    /// Unwraps the file key from the first `X25519` stanza addressed to this identity.
    ///
    /// Stanzas of other types are ignored; a malformed `X25519` stanza fails the whole header.
    /// - Returns: The 16-byte file key, or nil if no stanza is addressed to this identity.
    /// - Throws: `AgeError.malformedHeader` for an `X25519` stanza with the wrong arguments,
    ///   a body that is not 32 bytes, or a share that gives the all-zero secret.
    public func unwrap(_ stanzas: [AgeStanza]) throws -> SecureBytes? {
        for stanza in stanzas where stanza.type == x25519StanzaType {
            guard stanza.arguments.count == 1 else { throw AgeError.malformedHeader("X25519 stanza arguments") }
            let share = try AgeHeader.decodeArgument(
                stanza.arguments[0], count: X25519.keyByteCount, what: "X25519 share")
            // Checked before decrypting, against partitioning oracles.
            guard stanza.body.count == wrappedKeyByteCount else {
                throw AgeError.malformedHeader("X25519 stanza body is not \(wrappedKeyByteCount) bytes")
            }
            let shared: SecureBytes
            do {
                shared = try X25519.sharedSecret(privateKey: privateKey, publicKey: share)
            } catch SodiumError.weakPublicKey {
                throw AgeError.malformedHeader("X25519 share is a low-order point")
            }
            let wrapKey = try deriveWrapKey(shared: shared, share: share, recipient: privateKey.publicKey)
            if let fileKey = try? ChaCha20Poly1305IETF.openSecret(
                stanza.body, additionalData: [], nonce: AgeFileKey.zeroNonce, key: wrapKey)
            {
                return fileKey
            }
        }
        return nil
    }
}

extension AgeIdentity: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A description that names only the recipient.
    public var description: String { "AgeIdentity(\(recipient.string))" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror with only the recipient, so `dump` cannot reach the private key.
    public var customMirror: Mirror { Mirror(self, children: ["recipient": recipient.string]) }
}

/// The wrap key: HKDF-SHA-256(shared secret, salt = ephemeral share ‖ recipient, info = label).
private func deriveWrapKey(shared: SecureBytes, share: [UInt8], recipient: [UInt8]) throws -> SymmetricKey {
    let bytes = try HKDF.deriveKey(
        inputKeyMaterial: shared, salt: share + recipient, info: x25519Label, outputByteCount: SymmetricKey.byteCount)
    return try SymmetricKey(bytes)
}
