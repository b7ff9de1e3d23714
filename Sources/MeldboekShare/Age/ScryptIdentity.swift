// age's scrypt recipient type: sealing a file with a passphrase, and opening one.
import MeldboekSodium

private let scryptLabel = Array("age-encryption.org/v1/scrypt".utf8)
private let scryptSaltByteCount = 16
/// The highest work factor (log2 N) we accept: age's own default is 18; 2^22 takes about a second.
private let maxScryptWorkFactor = 22

/// A passphrase to seal an age file with: a `scrypt` stanza, which must be the file's only stanza.
///
/// Not `Codable`, and its description prints nothing of the passphrase.
public struct ScryptRecipient: Sendable {
    /// age's own work factor (log2 N = 18: 256 MiB and about a second), which `age -p` writes too.
    public static let defaultWorkFactor: UInt8 = 18
    /// The highest work factor a reader (ours and stock age) accepts.
    public static let maximumWorkFactor = UInt8(maxScryptWorkFactor)
    private let passphrase: SecureBytes
    /// log2 N of the scrypt stanza.
    public let workFactor: UInt8

    /// Seals with `passphrase` (its UTF-8 bytes, in sodium memory) at `workFactor`.
    ///
    /// Lower work factors than the default are for tests only: they make guessing the passphrase cheaper.
    /// - Throws: `AgeError.malformedRecipient` for a work factor outside 1...22 or an empty passphrase.
    public init(_ passphrase: SecureBytes, workFactor: UInt8 = defaultWorkFactor) throws {
        guard (1...Self.maximumWorkFactor).contains(workFactor), passphrase.count > 0 else {
            throw AgeError.malformedRecipient
        }
        self.passphrase = passphrase
        self.workFactor = workFactor
    }

    /// Wraps `fileKey` in a fresh `scrypt` stanza: a random 16-byte salt, the work factor, the sealed key.
    func wrap(_ fileKey: SecureBytes) throws -> AgeStanza {
        let salt = Random.bytes(count: scryptSaltByteCount)
        let wrapKey = try SymmetricKey(
            Scrypt.derive(passphrase: passphrase, salt: scryptLabel + salt, logN: workFactor, r: 8, p: 1, length: 32))
        let body = try ChaCha20Poly1305IETF.sealSecret(
            fileKey, additionalData: [], nonce: AgeFileKey.zeroNonce, key: wrapKey)
        return AgeStanza(
            type: "scrypt", arguments: [Encoding.base64(salt, variant: .originalNoPadding), String(workFactor)],
            body: body)
    }
}

extension ScryptRecipient: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Names the work factor only.
    public var description: String { "ScryptRecipient(workFactor: \(workFactor))" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror with only the work factor, so `dump` cannot reach the passphrase.
    public var customMirror: Mirror { Mirror(self, children: ["workFactor": workFactor]) }
}

/// A passphrase, used as an identity to decrypt age files that have a single `scrypt` stanza.
public struct ScryptPassphrase: Sendable {
    private let passphrase: SecureBytes

    /// Uses `passphrase` (its UTF-8 bytes, in sodium memory) to open scrypt stanzas.
    public init(_ passphrase: SecureBytes) {
        self.passphrase = passphrase
    }
}

extension ScryptPassphrase: AgeIdentityProtocol {
    /// Unwraps the file key from the `scrypt` stanza, if there is one.
    ///
    /// - Returns: The 16-byte file key, or nil if there is no scrypt stanza or the passphrase is wrong.
    /// - Throws: `AgeError.malformedHeader` if the scrypt stanza is not the only stanza (a
    ///   passphrase is then no proof of who wrote the file), for wrong arguments, a salt that
    ///   is not 16 bytes, a work factor that is not a plain decimal from 1 to 22, or a body
    ///   that is not 32 bytes.
    public func unwrap(_ stanzas: [AgeStanza]) throws -> SecureBytes? {
        guard let stanza = stanzas.first(where: { $0.type == "scrypt" }) else { return nil }
        guard stanzas.count == 1 else { throw AgeError.malformedHeader("scrypt stanza must be the only stanza") }
        guard stanza.arguments.count == 2 else { throw AgeError.malformedHeader("scrypt stanza arguments") }
        let salt = try AgeHeader.decodeArgument(stanza.arguments[0], count: scryptSaltByteCount, what: "scrypt salt")
        let logN = try workFactor(stanza.arguments[1])
        guard stanza.body.count == AgeFileKey.byteCount + ChaCha20Poly1305IETF.tagByteCount else {
            throw AgeError.malformedHeader("scrypt stanza body is not 32 bytes")
        }
        let wrapKey = try SymmetricKey(
            Scrypt.derive(passphrase: passphrase, salt: scryptLabel + salt, logN: logN, r: 8, p: 1, length: 32))
        return try? ChaCha20Poly1305IETF.openSecret(
            stanza.body, additionalData: [], nonce: AgeFileKey.zeroNonce, key: wrapKey)
    }

    /// Parses log2 N: decimal digits without a leading zero (`^[1-9][0-9]*$`), at most our limit.
    private func workFactor(_ text: String) throws -> UInt8 {
        let digits = Array(text.utf8)
        guard let first = digits.first, (0x31...0x39).contains(first), digits.allSatisfy({ (0x30...0x39).contains($0) })
        else {
            throw AgeError.malformedHeader("scrypt work factor is not a decimal number")
        }
        // Three or more digits are over the limit anyway; checking the length first rules out overflow.
        guard digits.count <= 2, let value = Int(text), value <= maxScryptWorkFactor else {
            throw AgeError.malformedHeader("scrypt work factor too large")
        }
        return UInt8(value)
    }
}
