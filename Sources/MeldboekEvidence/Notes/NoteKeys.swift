// Ed25519 keys for signed notes: key IDs, verifier key strings, signing note texts and cosigning
// checkpoints (c2sp.org/signed-note type 0x01, c2sp.org/tlog-cosignature type 0x04).
import MeldboekSodium

/// The signature types Meldboek signs and checks.
public enum NoteSignatureType: UInt8, Sendable {
    /// An Ed25519 signature over the note text.
    case ed25519 = 0x01
    /// A timestamped Ed25519 cosignature (tlog-cosignature/v1).
    case cosignatureV1 = 0x04
}

/// A public key that checks note signatures: its name, type and Ed25519 key.
public struct NoteVerifier: Equatable, Sendable {
    public let name: String
    public let type: NoteSignatureType
    public let publicKey: [UInt8]

    /// A verifier for `publicKey` under `name`.
    ///
    /// - Throws: ``EvidenceFormatError/verifierKeyMalformed`` for an invalid name or a key that is not 32 bytes.
    public init(name: String, type: NoteSignatureType, publicKey: [UInt8]) throws(EvidenceFormatError) {
        guard NoteSignature.isValidKeyName(name), publicKey.count == Ed25519.publicKeyByteCount else {
            throw .verifierKeyMalformed
        }
        self.name = name
        self.type = type
        self.publicKey = publicKey
    }

    /// `SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4]`.
    public var keyID: [UInt8] {
        Self.keyID(name: name, type: type, publicKey: publicKey)
    }

    static func keyID(name: String, type: NoteSignatureType, publicKey: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(Array(name.utf8) + [0x0A, type.rawValue] + publicKey).prefix(4))
    }

    /// The verifier key string `<name>+<hex key ID>+<base64(type ‖ public key)>`.
    public var verifierKey: String {
        "\(name)+\(Encoding.hex(keyID))+\(Encoding.base64([type.rawValue] + publicKey, variant: .original))"
    }

    /// Reads a verifier key string, checking that its key ID belongs to its name and key.
    ///
    /// - Throws: ``EvidenceFormatError/verifierKeyMalformed``.
    public init(verifierKey: String) throws(EvidenceFormatError) {
        // The name and the hex key ID have no `+`; the base64 key may.
        let parts = verifierKey.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].utf8.count == 8,
              let id = try? Encoding.fromHex(String(parts[1])), Encoding.hex(id) == parts[1],
              let key = try? Encoding.fromBase64(String(parts[2]), variant: .original),
              key.count == 1 + Ed25519.publicKeyByteCount, let type = NoteSignatureType(rawValue: key[0])
        else { throw .verifierKeyMalformed }
        try self.init(name: String(parts[0]), type: type, publicKey: Array(key.dropFirst()))
        guard keyID == id else { throw .verifierKeyMalformed }
    }

    /// Whether `signature` (the bytes after the key ID) is this key's Ed25519 signature of `message`.
    func isValid(signature: [UInt8], for message: [UInt8]) -> Bool {
        Ed25519.isValidSignature(signature, for: message, publicKey: publicKey)
    }
}

/// An Ed25519 key that signs notes (type 0x01) or cosigns checkpoints (type 0x04) under a name.
public struct NoteSigner: Sendable {
    public let verifier: NoteVerifier
    let key: Ed25519.SigningKey

    /// A signer for `key` under `name`.
    ///
    /// - Throws: ``EvidenceFormatError/verifierKeyMalformed`` for an invalid name.
    public init(name: String, type: NoteSignatureType, key: Ed25519.SigningKey) throws(EvidenceFormatError) {
        verifier = try NoteVerifier(name: name, type: type, publicKey: key.publicKey)
        self.key = key
    }

    /// The note signature of `text` (type 0x01 keys only).
    public func sign(_ text: String) throws -> NoteSignature {
        precondition(verifier.type == .ed25519, "a cosigning key signs checkpoints with cosign(_:time:)")
        return NoteSignature(
            keyName: verifier.name, keyID: verifier.keyID, signature: try key.signature(for: Array(text.utf8)))
    }

    /// The tlog-cosignature/v1 signature of a checkpoint note's text at `time` (type 0x04 keys only).
    public func cosign(_ checkpointText: String, time: UInt64) throws -> NoteSignature {
        precondition(verifier.type == .cosignatureV1, "a note key signs with sign(_:)")
        precondition(time <= Cosignature.maximumTime, "a cosignature's time fits in 63 bits")
        let signature = try key.signature(for: Cosignature.message(checkpointText: checkpointText, time: time))
        return NoteSignature(keyName: verifier.name, keyID: verifier.keyID, signature: bigEndian(time) + signature)
    }
}

/// A checked cosignature: who cosigned, and when they say they did.
public struct Cosignature: Equatable, Sendable {
    /// 2^63 - 1, the latest time the format allows.
    public static let maximumTime = UInt64(Int64.max)

    public let keyName: String
    /// The cosigner's time, seconds since 1970 (POSIX).
    public let time: UInt64

    /// The signed message: `cosignature/v1\ntime <time>\n` followed by the checkpoint's note text.
    public static func message(checkpointText: String, time: UInt64) -> [UInt8] {
        Array("\(EvidenceDomain.cosignature)\ntime \(time)\n".utf8) + Array(checkpointText.utf8)
    }

    /// Checks the cosignature by `verifier` (a type 0x04 key) on `note`, and returns its time.
    ///
    /// - Throws: ``EvidenceFormatError/noteSignatureMissing(keyName:)`` when the note has no line of
    ///   this key, ``EvidenceFormatError/cosignatureMalformed(keyName:)`` for a line of the wrong
    ///   length or time, ``EvidenceFormatError/noteSignatureInvalid(keyName:)`` when it doesn't verify.
    public static func verify(_ note: SignedNote, by verifier: NoteVerifier) throws(EvidenceFormatError) -> Cosignature {
        guard verifier.type == .cosignatureV1 else { throw .verifierKeyMalformed }
        let lines = note.signatures(by: verifier)
        guard !lines.isEmpty else { throw .noteSignatureMissing(keyName: verifier.name) }
        var earliest: UInt64?
        for line in lines {
            guard line.signature.count == 8 + Ed25519.signatureByteCount else {
                throw .cosignatureMalformed(keyName: verifier.name)
            }
            let time = line.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            guard time <= maximumTime else { throw .cosignatureMalformed(keyName: verifier.name) }
            guard verifier.isValid(signature: Array(line.signature.dropFirst(8)),
                                   for: message(checkpointText: note.text, time: time)) else {
                throw .noteSignatureInvalid(keyName: verifier.name)
            }
            earliest = min(earliest ?? time, time)
        }
        return Cosignature(keyName: verifier.name, time: earliest!)
    }
}

/// `value` as 8 bytes, most significant first.
func bigEndian(_ value: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * UInt64($0))) }
}
