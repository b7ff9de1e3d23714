// Salted commitments to a revision's or attachment's fields, and the leaf data the log hashes
// (Docs/evidence.md, "Commitments"). Pure functions: the seed and the name key come from the caller.
import Foundation
import MeldboekCore
import MeldboekSodium

/// The commitments of the evidence log, as Docs/evidence.md defines them.
public enum Commitments {
    /// The length of seeds, salts, keys and commitments.
    public static let byteCount = 32

    // MARK: Salts and digests

    /// `BLAKE2b-256(key: seed, message: "field:" ‖ name)`.
    public static func fieldSalt(seed: [UInt8], name: String) -> [UInt8] {
        BLAKE2b.hash(Array(("field:" + name).utf8), outputByteCount: byteCount, key: seed)
    }

    /// `BLAKE2b-256(key: name key, message: NFC(token))`: the same token string has the same salt
    /// everywhere in one journal, which is what lets a pseudonym be checked across entries.
    public static func tokenSalt(nameKey: [UInt8], token: String) -> [UInt8] {
        BLAKE2b.hash(Array(token.precomposedStringWithCanonicalMapping.utf8), outputByteCount: byteCount, key: nameKey)
    }

    /// `SHA-256("meldboek/v1/token" ‖ 0x00 ‖ token salt ‖ token)`.
    public static func tokenDigest(salt: [UInt8], token: String) -> [UInt8] {
        SHA256.hash(Array(EvidenceDomain.token.utf8) + [0] + salt + Array(token.utf8))
    }

    /// `SHA-256("meldboek/v1/field" ‖ 0x00 ‖ name ‖ 0x00 ‖ salt ‖ value)`.
    public static func scalarCommitment(name: String, salt: [UInt8], value: String) -> [UInt8] {
        SHA256.hash(Array(EvidenceDomain.field.utf8) + [0] + Array(name.utf8) + [0] + salt + Array(value.utf8))
    }

    /// `SHA-256("meldboek/v1/text" ‖ 0x00 ‖ name ‖ 0x00 ‖ field salt ‖ d1 ‖ d2 ‖ …)`.
    public static func textCommitment(name: String, salt: [UInt8], digests: [[UInt8]]) -> [UInt8] {
        var hasher = SHA256.Hasher()
        hasher.update(Array(EvidenceDomain.text.utf8) + [0] + Array(name.utf8) + [0] + salt)
        for digest in digests { hasher.update(digest) }
        return hasher.finalize()
    }

    /// `SHA-256(domain ‖ 0x00 ‖ (name ‖ 0x00 ‖ commitment)…)`: a revision's or attachment's leaf data.
    public static func leafData(domain: String, fields: [(name: String, commitment: [UInt8])]) -> [UInt8] {
        var hasher = SHA256.Hasher()
        hasher.update(Array(domain.utf8) + [0])
        for field in fields { hasher.update(Array(field.name.utf8) + [0] + field.commitment) }
        return hasher.finalize()
    }

    /// `BLAKE2b-256(key: blind key, message: seq (u64 big-endian) ‖ record id)`: the leaf data of every
    /// other record, which no one without the blind key can tell from a revision's.
    public static func blindedLeafData(blindKey: [UInt8], seq: UInt64, recordID: [UInt8]) -> [UInt8] {
        BLAKE2b.hash(bigEndian(seq) + recordID, outputByteCount: byteCount, key: blindKey)
    }

    // MARK: Tokens

    /// Whether `character` belongs in a word: its first scalar is a letter, a mark or a decimal digit.
    public static func isWordCharacter(_ character: Character) -> Bool {
        switch character.unicodeScalars.first!.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            true
        default:
            false
        }
    }

    /// The text as maximal runs of word characters and maximal runs of everything else;
    /// joined they give the text back exactly. Empty text has no tokens.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsWord = false
        for character in text {
            let isWord = isWordCharacter(character)
            if !current.isEmpty && isWord != currentIsWord {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentIsWord = isWord
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    // MARK: Fields of a revision and an attachment

    /// A field's name and its value before committing: a scalar, or a text split into tokens.
    public enum FieldValue: Equatable, Sendable {
        case scalar(String)
        case text(String)
    }

    /// The fields of a revision, in the committed order with their committed names.
    public static func revisionFields(entry: EntryID, revision: Revision) -> [(name: String, value: FieldValue)] {
        let fields = revision.fields
        var list: [(name: String, value: FieldValue)] = [
            ("entry", .scalar(entry.description)),
            ("revision", .scalar(String(revision.number))),
            ("recordedAt", .scalar(milliseconds(revision.recordedAt))),
            ("title", .text(fields.title)),
            ("occurredAt", .scalar(canonicalJSON(fields.occurredAt))),
            ("narrative", .text(fields.narrative)),
            ("location", .text(fields.location ?? "")),
        ]
        for (index, person) in fields.people.enumerated() {
            list.append(("person.\(index).name", .text(person.name)))
            list.append(("person.\(index).role", .scalar(person.role.rawValue)))
            // Only when there are words: a revision without them commits exactly as before they existed.
            if let words = person.roleWords { list.append(("person.\(index).roleWords", .text(words))) }
        }
        for (index, witness) in fields.witnesses.enumerated() { list.append(("witness.\(index)", .text(witness))) }
        list.append(("categories", .scalar(fields.categories.map(\.rawValue).joined(separator: ","))))
        list.append(("impact", .text(fields.impact ?? "")))
        list.append(("actions", .text(fields.actions ?? "")))
        for (index, tag) in fields.tags.enumerated() { list.append(("tag.\(index)", .text(tag))) }
        return list
    }

    /// The fields of an attachment, in the committed order.
    public static func attachmentFields(
        entry: EntryID, name: String, size: UInt64, sha256: String, attachedAt: Date
    ) -> [(name: String, value: FieldValue)] {
        [("entry", .scalar(entry.description)), ("name", .text(name)), ("size", .scalar(String(size))),
         ("sha256", .scalar(sha256)), ("attachedAt", .scalar(milliseconds(attachedAt)))]
    }

    /// The fields of an attachment as Core describes it.
    public static func attachmentFields(entry: EntryID, attachment: AttachmentInfo) -> [(name: String, value: FieldValue)] {
        attachmentFields(entry: entry, name: attachment.name, size: attachment.size, sha256: attachment.sha256,
                         attachedAt: attachment.attachedAt)
    }

    /// Milliseconds since 1970 in decimal, rounded to the nearest, as the vault stores dates.
    static func milliseconds(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }

    /// OccurredAt as the vault's JSON encoder writes it (sorted keys), or "" for none.
    static func canonicalJSON(_ occurredAt: OccurredAt?) -> String {
        guard let occurredAt else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // OccurredAt encodes only strings, which JSONEncoder always encodes: this cannot fail.
        guard let data = try? encoder.encode(occurredAt) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Committing

    /// A field with everything needed to disclose it: its salt, and for text its tokens, token
    /// salts and digests, and its commitment.
    public struct CommittedField: Sendable {
        public let name: String
        public let value: FieldValue
        public let salt: [UInt8]
        /// For a text field: each token with its salt and digest; empty for a scalar.
        public let tokens: [(text: String, salt: [UInt8], digest: [UInt8])]
        public let commitment: [UInt8]
    }

    /// Commits each field under `seed` (field salts) and `nameKey` (token salts).
    public static func commit(
        _ fields: [(name: String, value: FieldValue)], seed: [UInt8], nameKey: [UInt8]
    ) -> [CommittedField] {
        fields.map { field in
            let salt = fieldSalt(seed: seed, name: field.name)
            switch field.value {
            case .scalar(let value):
                return CommittedField(name: field.name, value: field.value, salt: salt, tokens: [],
                                      commitment: scalarCommitment(name: field.name, salt: salt, value: value))
            case .text(let text):
                let tokens = Commitments.tokens(text).map { token in
                    let tokenSalt = tokenSalt(nameKey: nameKey, token: token)
                    return (text: token, salt: tokenSalt, digest: tokenDigest(salt: tokenSalt, token: token))
                }
                return CommittedField(name: field.name, value: field.value, salt: salt, tokens: tokens,
                                      commitment: textCommitment(name: field.name, salt: salt, digests: tokens.map(\.digest)))
            }
        }
    }

    /// A revision's leaf data.
    public static func revisionLeafData(entry: EntryID, revision: Revision, seed: [UInt8], nameKey: [UInt8]) -> [UInt8] {
        let fields = commit(revisionFields(entry: entry, revision: revision), seed: seed, nameKey: nameKey)
        return leafData(domain: EvidenceDomain.revision, fields: fields.map { ($0.name, $0.commitment) })
    }

    /// An attachment's leaf data.
    public static func attachmentLeafData(
        entry: EntryID, attachment: AttachmentInfo, seed: [UInt8], nameKey: [UInt8]
    ) -> [UInt8] {
        let fields = commit(attachmentFields(entry: entry, attachment: attachment), seed: seed, nameKey: nameKey)
        return leafData(domain: EvidenceDomain.attachment, fields: fields.map { ($0.name, $0.commitment) })
    }
}
