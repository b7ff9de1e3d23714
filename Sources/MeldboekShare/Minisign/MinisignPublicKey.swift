// A minisign public key: its one-line base64 form (`minisign -P`) and its two-line .pub file.
import MeldboekSodium

/// A minisign public key: an 8-byte key ID and a 32-byte Ed25519 public key.
///
/// Its base64 form is `base64("Ed" ‖ keyID ‖ key)`, the string `minisign -Vm FILE -P KEY` takes;
/// its file form is that line after an untrusted comment line, as `minisign -G` writes to
/// `minisign.pub`.
public struct MinisignPublicKey: Equatable, Sendable {
    /// The key ID that signatures name, so a verifier can tell which key made them.
    public let keyID: [UInt8]
    /// The Ed25519 public key.
    public let key: [UInt8]

    /// Creates a public key from its parts.
    ///
    /// - Throws: `MinisignError.malformed` unless `keyID` is 8 bytes and `key` 32.
    public init(keyID: [UInt8], key: [UInt8]) throws {
        guard keyID.count == Minisign.keyIDByteCount else {
            throw MinisignError.malformed("a key ID must be \(Minisign.keyIDByteCount) bytes")
        }
        guard key.count == Ed25519.publicKeyByteCount else {
            throw MinisignError.malformed("a public key must be \(Ed25519.publicKeyByteCount) bytes")
        }
        self.keyID = keyID
        self.key = key
    }

    /// Reads the one-line base64 form, as given to `minisign -P`.
    ///
    /// - Throws: `MinisignError.malformed` for anything but canonical padded base64 of
    ///   42 bytes (no spaces, no newline); `MinisignError.unsupportedAlgorithm` unless the
    ///   key is for Ed25519 ("Ed").
    public init(base64: String) throws {
        guard let bytes = try? Encoding.fromBase64(base64, variant: .original),
            bytes.count == 2 + Minisign.keyIDByteCount + Ed25519.publicKeyByteCount
        else {
            throw MinisignError.malformed("a public key must be 56 characters of base64")
        }
        guard bytes.prefix(2).elementsEqual(Minisign.keyAlgorithm) else {
            throw MinisignError.unsupportedAlgorithm(Minisign.printable(bytes.prefix(2)))
        }
        try self.init(keyID: Array(bytes[2..<10]), key: Array(bytes[10...]))
    }

    /// Reads the file form: an `untrusted comment: ` line, then the base64 line, and an
    /// optional final newline.
    ///
    /// - Throws: `MinisignError.malformed` for any other layout (including CR LF line ends),
    ///   or the errors of ``init(base64:)``.
    public init(fileText: String) throws {
        let lines = try Minisign.lines(of: fileText, count: 2, what: "a public key file")
        guard lines[0].starts(with: Minisign.untrustedCommentPrefix.utf8),
            lines[0].count <= Minisign.maximumUntrustedCommentLineLength, Minisign.isOneLine(lines[0])
        else {
            throw MinisignError.malformed("a public key file must start with \"untrusted comment: \"")
        }
        try self.init(base64: String(decoding: lines[1], as: UTF8.self))
    }

    /// The one-line base64 form, as given to `minisign -P`.
    public var base64: String {
        Encoding.base64(Minisign.keyAlgorithm + keyID + key, variant: .original)
    }

    /// The file form that `minisign -G` writes to `minisign.pub`, with minisign's own comment.
    public var fileText: String {
        "\(Minisign.untrustedCommentPrefix)minisign public key \(Minisign.keyIDText(keyID))\n\(base64)\n"
    }
}
