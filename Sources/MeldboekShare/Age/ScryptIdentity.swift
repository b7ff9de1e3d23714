// age's scrypt recipient type, decrypt side only: opening files sealed with a passphrase.
import MeldboekSodium

private let scryptLabel = Array("age-encryption.org/v1/scrypt".utf8)
private let scryptSaltByteCount = 16
/// The highest work factor (log2 N) we accept: age's own default is 18; 2^22 takes about a second.
private let maxScryptWorkFactor = 22

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
