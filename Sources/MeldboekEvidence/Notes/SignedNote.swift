// Signed notes (c2sp.org/signed-note): a text ending in a newline, a blank line, and signature
// lines `— <key name> <base64(key ID ‖ signature)>`. The parser is strict: it is fuzzed
// (FuzzSignedNote) and reads files from outside (bundles, receipts, evidence folders).
import MeldboekSodium

/// One signature line of a note: the key's name, its 4-byte key ID and the signature bytes after it.
public struct NoteSignature: Equatable, Sendable {
    public var keyName: String
    /// The first four bytes of the decoded signature, the key ID in big-endian order.
    public var keyID: [UInt8]
    /// The bytes after the key ID (for Ed25519 the 64-byte signature; for a cosignature the
    /// 8-byte time followed by it).
    public var signature: [UInt8]

    public init(keyName: String, keyID: [UInt8], signature: [UInt8]) {
        self.keyName = keyName
        self.keyID = keyID
        self.signature = signature
    }

    /// The line as it stands in a note, with its final newline.
    public var line: String {
        "\u{2014} \(keyName) \(Encoding.base64(keyID + signature, variant: .original))\n"
    }

    /// Whether `name` may name a key: non-empty, no Unicode spaces, no `+`, no control characters.
    public static func isValidKeyName(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains {
            $0 == "+" || $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F
        }
    }
}

/// A signed note: its text and its signature lines, in order.
public struct SignedNote: Equatable, Sendable {
    /// The largest note Meldboek reads: a checkpoint with many cosignatures fits many times over.
    public static let maximumByteCount = 64 * 1024
    /// The most signature lines Meldboek reads (the spec asks for at least 16).
    public static let maximumSignatureCount = 64

    /// The signed text, ending in a newline (the blank line is not part of it).
    public let text: String
    public var signatures: [NoteSignature]

    /// A note of `text` with signatures.
    ///
    /// - Throws: ``EvidenceFormatError/noteNotText`` unless ``isValidText(_:)``.
    public init(text: String, signatures: [NoteSignature] = []) throws(EvidenceFormatError) {
        guard Self.isValidText(text) else { throw .noteNotText }
        self.text = text
        self.signatures = signatures
    }

    /// Whether `text` can be a note's text: ending in a newline, more than that newline, and no
    /// control characters other than newlines (exactly what ``init(parsing:)`` gives back).
    public static func isValidText(_ text: String) -> Bool {
        guard text.hasSuffix("\n"), text != "\n" else { return false }
        return !text.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20) }
    }

    /// The note as text: the text, a blank line, the signature lines.
    public var serialized: String {
        text + "\n" + signatures.map(\.line).joined()
    }

    /// Reads a note strictly.
    ///
    /// - Throws: ``EvidenceFormatError`` naming the first thing wrong.
    public init(parsing bytes: [UInt8]) throws(EvidenceFormatError) {
        guard bytes.count <= Self.maximumByteCount else { throw .noteTooLarge(limit: Self.maximumByteCount) }
        guard String(validating: bytes, as: UTF8.self) != nil,
              !bytes.contains(where: { $0 < 0x20 && $0 != 0x0A }) else { throw .noteNotText }
        // The text ends at the last blank line: the last "\n\n".
        var separator: Int?
        if bytes.count >= 2 {
            for index in stride(from: bytes.count - 2, through: 0, by: -1) where bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
                separator = index
                break
            }
        }
        guard let separator, separator > 0, bytes.last == 0x0A else { throw .noteUnsigned }
        let text = String(decoding: bytes[...separator], as: UTF8.self)
        let block = bytes[(separator + 2)...]
        guard !block.isEmpty else { throw .noteUnsigned }
        let lines = block.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count <= Self.maximumSignatureCount else {
            throw .noteTooManySignatures(limit: Self.maximumSignatureCount)
        }
        var signatures: [NoteSignature] = []
        for (number, line) in lines.enumerated() {
            guard let signature = Self.signature(line: String(decoding: line, as: UTF8.self)) else {
                throw .noteSignatureLineMalformed(line: number + 1)
            }
            signatures.append(signature)
        }
        self.text = text
        self.signatures = signatures
    }

    /// Reads a note from text.
    public init(parsing text: String) throws(EvidenceFormatError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// One signature line, without its newline; nil unless exactly `— name base64` with at least a key ID and one byte.
    static func signature(line: String) -> NoteSignature? {
        guard line.hasPrefix("\u{2014} ") else { return nil }
        let rest = line.dropFirst(2)
        let parts = rest.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, isValidName(parts[0]),
              let bytes = try? Encoding.fromBase64(String(parts[1]), variant: .original), bytes.count > 4 else { return nil }
        return NoteSignature(keyName: String(parts[0]), keyID: Array(bytes.prefix(4)), signature: Array(bytes.dropFirst(4)))
    }

    private static func isValidName(_ name: Substring) -> Bool { NoteSignature.isValidKeyName(String(name)) }

    /// The signatures whose key name and key ID are `verifier`'s.
    public func signatures(by verifier: NoteVerifier) -> [NoteSignature] {
        signatures.filter { $0.keyName == verifier.name && $0.keyID == verifier.keyID }
    }

    /// Checks that `verifier`'s key signed this note (an Ed25519 note signature, type 0x01).
    ///
    /// Every line with the verifier's name and key ID must verify, and there must be one.
    /// - Throws: ``EvidenceFormatError/noteSignatureMissing(keyName:)`` or
    ///   ``EvidenceFormatError/noteSignatureInvalid(keyName:)``.
    public func verify(by verifier: NoteVerifier) throws(EvidenceFormatError) {
        let mine = signatures(by: verifier)
        guard !mine.isEmpty else { throw .noteSignatureMissing(keyName: verifier.name) }
        for signature in mine where !verifier.isValid(signature: signature.signature, for: Array(text.utf8)) {
            throw .noteSignatureInvalid(keyName: verifier.name)
        }
    }
}
