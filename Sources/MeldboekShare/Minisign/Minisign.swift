// minisign signature files: the constants of the format, strict parsing, and verification of prehashed signatures.
import MeldboekSodium

/// An error from reading or checking minisign keys and signatures.
public enum MinisignError: Error, Equatable, Sendable {
    /// The text is not laid out as minisign's format requires; the text says what is wrong.
    case malformed(String)
    /// A key or signature for an algorithm other than the one we accept; the text names it.
    case unsupportedAlgorithm(String)
    /// The signature names a different key than the one given to check it.
    case keyIDMismatch
    /// The signature of the message does not verify.
    case invalidSignature
    /// The signature over the signature and trusted comment does not verify, so the trusted
    /// comment was changed.
    case invalidGlobalSignature
    /// A trusted comment that is not one line of text within minisign's length limit.
    case invalidTrustedComment
}

/// Verification of minisign signatures, and the format's constants.
///
/// A `.minisig` file has four lines:
/// ```text
/// untrusted comment: <free text, not signed>
/// base64("ED" ‖ keyID(8) ‖ Ed25519(BLAKE2b-512(message)))
/// trusted comment: <text, signed by the next line>
/// base64(Ed25519(signature(64) ‖ trusted comment text))
/// ```
public enum Minisign {
    /// The length of a key ID.
    public static let keyIDByteCount = 8
    /// The length of the prehash: BLAKE2b-512.
    public static let prehashByteCount = 64
    /// The longest trusted comment minisign 0.11 reads (its 8192-byte line buffer, less the
    /// prefix, the newline and the C string's NUL).
    public static let maximumTrustedCommentLength = 8173
    /// The longest untrusted comment minisign reads (its 1024-byte line buffer, likewise).
    public static let maximumUntrustedCommentLength = 1003

    /// The algorithm of public keys: Ed25519.
    static let keyAlgorithm: [UInt8] = Array("Ed".utf8)
    /// The algorithm of prehashed signatures: Ed25519 over BLAKE2b-512 of the message.
    static let prehashedAlgorithm: [UInt8] = Array("ED".utf8)
    static let untrustedCommentPrefix = "untrusted comment: "
    static let trustedCommentPrefix = "trusted comment: "
    static let maximumUntrustedCommentLineLength = 19 + maximumUntrustedCommentLength

    /// The prehash minisign signs: BLAKE2b-512 of the whole message.
    ///
    /// For a message that arrives in pieces, feed them to `BLAKE2b.Hasher(outputByteCount: 64)`
    /// and pass its result to ``verify(signature:prehash:publicKey:)`` or
    /// ``MinisignSigner/sign(prehash:trustedComment:untrustedComment:)``.
    public static func prehash(_ message: [UInt8]) -> [UInt8] {
        BLAKE2b.hash(message, outputByteCount: prehashByteCount)
    }

    /// Verifies a `.minisig` text against a message and a public key.
    ///
    /// - Returns: The trusted comment, without its `trusted comment: ` prefix, once both
    ///   signatures verified.
    /// - Throws: A ``MinisignError``, as for ``verify(signature:prehash:publicKey:)``.
    public static func verify(signature: String, message: [UInt8], publicKey: MinisignPublicKey) throws -> String {
        try verify(signature: signature, prehash: prehash(message), publicKey: publicKey)
    }

    /// Verifies a `.minisig` text against the BLAKE2b-512 prehash of a message and a public key.
    ///
    /// Only prehashed ("ED") signatures are accepted. Legacy "Ed" signatures, Ed25519 over
    /// the message itself, are refused: we always prehash, so accepting both would double
    /// the parsing surface and let a signature be checked against two different inputs for
    /// no benefit. (minisign 0.11 likewise refuses them unless asked.)
    ///
    /// - Parameter prehash: ``prehash(_:)`` of the message; 64 bytes.
    /// - Returns: The trusted comment, without its prefix.
    /// - Throws: `MinisignError.malformed` unless the text is exactly four lines (a final
    ///   newline is optional) with the two comment prefixes and canonical base64;
    ///   `.unsupportedAlgorithm` for anything but "ED"; `.invalidTrustedComment` for a
    ///   trusted comment with control characters (other than tab) or over minisign's limit;
    ///   `.keyIDMismatch`; `.invalidSignature`; `.invalidGlobalSignature`.
    public static func verify(signature: String, prehash: [UInt8], publicKey: MinisignPublicKey) throws -> String {
        precondition(prehash.count == prehashByteCount, "a minisign prehash is BLAKE2b-512, 64 bytes")
        let file = try SignatureFile(text: signature)
        guard file.keyID == publicKey.keyID else { throw MinisignError.keyIDMismatch }
        guard Ed25519.isValidSignature(file.signature, for: prehash, publicKey: publicKey.key) else {
            throw MinisignError.invalidSignature
        }
        guard
            Ed25519.isValidSignature(
                file.globalSignature, for: file.signature + file.trustedComment.utf8, publicKey: publicKey.key)
        else {
            throw MinisignError.invalidGlobalSignature
        }
        return file.trustedComment
    }

    /// Splits text into exactly `count` lines at LF; one final LF is allowed.
    static func lines(of text: String, count: Int, what: String) throws -> [ArraySlice<UInt8>] {
        var bytes = Array(text.utf8)[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count == count else {
            throw MinisignError.malformed("\(what) must have \(count) lines, not \(lines.count)")
        }
        return lines
    }

    /// Whether a comment can go on one minisign line: no CR, LF, NUL or other control
    /// character except tab, and nothing that would confuse a terminal it is printed to.
    static func isOneLine<Bytes: Sequence<UInt8>>(_ comment: Bytes) -> Bool {
        !comment.contains { ($0 < 0x20 && $0 != UInt8(ascii: "\t")) || $0 == 0x7F }
    }

    /// A key ID as minisign writes it in a `.pub` file's comment: the 8 bytes as a
    /// little-endian number in uppercase hex, without leading zeros (C's `%PRIX64`).
    static func keyIDText(_ keyID: [UInt8]) -> String {
        String(keyID.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, radix: 16, uppercase: true)
    }

    /// Short, printable text for bytes from a file, for error messages.
    static func printable<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes.prefix(16).map { (0x20..<0x7F).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }
}

/// The four lines of a `.minisig` file, parsed and checked for layout but not yet verified.
private struct SignatureFile {
    var keyID: [UInt8]
    var signature: [UInt8]
    var trustedComment: String
    var globalSignature: [UInt8]

    init(text: String) throws {
        let lines = try Minisign.lines(of: text, count: 4, what: "a signature")

        guard lines[0].starts(with: Minisign.untrustedCommentPrefix.utf8) else {
            throw MinisignError.malformed("a signature must start with \"untrusted comment: \"")
        }
        guard lines[0].count <= Minisign.maximumUntrustedCommentLineLength, Minisign.isOneLine(lines[0]) else {
            throw MinisignError.malformed("the untrusted comment is too long or has control characters")
        }

        let signatureLength = 2 + Minisign.keyIDByteCount + Ed25519.signatureByteCount
        let signatureBytes = try Self.base64(lines[1], length: signatureLength, what: "signature")
        let algorithm = Array(signatureBytes.prefix(2))
        guard algorithm == Minisign.prehashedAlgorithm else {
            let name = algorithm == Minisign.keyAlgorithm ? "Ed (legacy, not prehashed)" : Minisign.printable(algorithm)
            throw MinisignError.unsupportedAlgorithm(name)
        }
        keyID = Array(signatureBytes[2..<10])
        signature = Array(signatureBytes[10...])

        guard lines[2].starts(with: Minisign.trustedCommentPrefix.utf8) else {
            throw MinisignError.malformed("the third line must start with \"trusted comment: \"")
        }
        let comment = lines[2].dropFirst(Minisign.trustedCommentPrefix.utf8.count)
        guard comment.count <= Minisign.maximumTrustedCommentLength, Minisign.isOneLine(comment) else {
            throw MinisignError.invalidTrustedComment
        }
        // The text came from a String, so these bytes are valid UTF-8.
        trustedComment = String(decoding: comment, as: UTF8.self)

        globalSignature = try Self.base64(lines[3], length: Ed25519.signatureByteCount, what: "global signature")
    }

    /// Decodes one line of canonical padded base64 that must hold exactly `length` bytes.
    private static func base64(_ line: ArraySlice<UInt8>, length: Int, what: String) throws -> [UInt8] {
        guard let bytes = try? Encoding.fromBase64(String(decoding: line, as: UTF8.self), variant: .original),
            bytes.count == length
        else {
            throw MinisignError.malformed("the \(what) line is not base64 of \(length) bytes")
        }
        return bytes
    }
}
