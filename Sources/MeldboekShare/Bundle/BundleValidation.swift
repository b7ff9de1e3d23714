// Every field from outside checked against Docs/bundle-format.md before anything is stored.
import Foundation
import MeldboekCore
import MeldboekSodium

/// The format's rules for single values: ids, hashes, keys.
enum FormatRules {
    /// A UUID in its canonical lower-case form, `8-4-4-4-12` hex digits.
    static func isLowerCaseUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard isLowerHexDigit(byte) else { return false }
            }
        }
        return true
    }

    /// A lower-case random UUID: version 4, RFC 4122 variant.
    static func isLowerCaseUUIDv4(_ text: String) -> Bool {
        guard isLowerCaseUUID(text) else { return false }
        let bytes = Array(text.utf8)
        return bytes[14] == UInt8(ascii: "4") && "89ab".utf8.contains(bytes[19])
    }

    /// Exactly `count` lower-case hex digits.
    static func isLowerHex(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy(isLowerHexDigit)
    }

    static func isLowerHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Revision numbers as the format allows them: at least one, starting at 1, strictly increasing.
    static func isRevisionList(_ numbers: [Int]) -> Bool {
        guard numbers.first == 1 else { return false }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// A party's keys, parsed and checked: a usable age key, a minisign key, and the fingerprint of both.
    static func party(_ party: BundleManifest.Party, member: String, field: String) throws(ShareProblem)
        -> (recipient: AgeRecipient, key: MinisignPublicKey)
    {
        guard let recipient = try? AgeRecipient(string: party.ageRecipient), recipient.isUsable else {
            throw .invalidField(member: member, field: field + ".ageRecipient")
        }
        guard let key = try? MinisignPublicKey(base64: party.minisignPublicKey) else {
            throw .invalidField(member: member, field: field + ".minisignPublicKey")
        }
        guard Fingerprint.of(ageRecipient: recipient.publicKey, signingKey: key.keyID + key.key) == party.fingerprint else {
            throw .fingerprintMismatch
        }
        return (recipient, key)
    }
}

extension AgeRecipient {
    /// False for the all-zero key and the other low-order points: an X25519 exchange with
    /// them gives a shared secret anyone knows, so a file encrypted to them is not secret.
    public var isUsable: Bool {
        guard let probe = try? X25519.PrivateKey() else { return false }
        do {
            _ = try X25519.sharedSecret(privateKey: probe, publicKey: publicKey)
            return true
        } catch {
            return false
        }
    }
}

/// JSON from outside: checked for duplicated keys, then decoded.
enum OutsideJSON {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, member: String) throws(ShareProblem) -> T {
        do {
            try StrictJSON.check(data)
        } catch .duplicateKey {
            throw .duplicateKey(member)
        } catch {
            throw .malformedJSON(member)
        }
        do {
            return try BundleJSON.decoder().decode(T.self, from: data)
        } catch {
            throw .malformedJSON(member)
        }
    }

    /// The `format` and `version` every Meldboek JSON document starts with.
    struct Header: Decodable {
        var format: String
        var version: Int
    }
}

extension BundleManifest {
    /// Checks every field against the format; throws the first problem found.
    func validate() throws(ShareProblem) {
        let member = "manifest.json"
        func invalid(_ field: String) -> ShareProblem { .invalidField(member: member, field: field) }
        guard FormatRules.isLowerCaseUUIDv4(bundleId) else { throw invalid("bundleId") }
        _ = try FormatRules.party(sender, member: member, field: "sender")
        guard recipients.count == 2 else { throw invalid("recipients") }
        for (index, party) in recipients.enumerated() {
            _ = try FormatRules.party(party, member: member, field: "recipients[\(index)]")
        }
        guard recipients[1] == sender else { throw invalid("recipients") }
        // Version 2 carries a checkpoint (checked against its key by the importer); version 1 reads none.
        if version >= 2 {
            guard let evidence, !evidence.checkpoint.isEmpty, evidence.checkpoint.utf8.count <= 8192 else {
                throw invalid("evidence")
            }
            if let consistency = evidence.consistency {
                guard consistency.proof.count <= 64,
                      consistency.proof.allSatisfy({ FormatRules.isLowerHex($0, count: 64) }) else {
                    throw .consistencyMalformed
                }
            }
        }
        guard FormatRules.isLowerHex(chainHead, count: 64) else { throw invalid("chainHead") }
        let known = Set(Redaction.allCases.map(\.rawValue))
        guard redactions.allSatisfy(known.contains),
              zip(redactions, redactions.dropFirst()).allSatisfy({ $0 < $1 }) else { throw invalid("redactions") }
        // The manifest and its signature count as members too.
        guard entries.count + attachments.count + 2 <= BundleImport.memberLimit else { throw .overLimit }

        var entryIDs = Set<String>()
        for (index, item) in entries.enumerated() {
            let field = "entries[\(index)]"
            guard FormatRules.isLowerCaseUUID(item.id) else { throw invalid(field + ".id") }
            guard item.path == "entries/\(item.id).json" else { throw invalid(field + ".path") }
            guard entryIDs.insert(item.id).inserted else { throw .listedTwice(item.path) }
            guard item.size >= 2, item.size <= BundleImport.entryLimit else { throw invalid(field + ".size") }
            guard FormatRules.isLowerHex(item.sha256, count: 64) else { throw invalid(field + ".sha256") }
            guard FormatRules.isRevisionList(item.revisions) else { throw invalid(field + ".revisions") }
        }
        var sizes: [String: UInt64] = [:]
        var named = Set<String>()
        for (index, item) in attachments.enumerated() {
            let field = "attachments[\(index)]"
            guard entryIDs.contains(item.entry) else { throw invalid(field + ".entry") }
            guard !item.name.isEmpty else { throw invalid(field + ".name") }
            guard FormatRules.isLowerHex(item.sha256, count: 64) else { throw invalid(field + ".sha256") }
            guard item.path == "attachments/\(item.sha256)" else { throw invalid(field + ".path") }
            guard item.size <= BundleImport.attachmentLimit else { throw invalid(field + ".size") }
            // The same content may be listed once per attachment, but always with one size.
            guard sizes[item.path, default: item.size] == item.size else { throw invalid(field + ".size") }
            sizes[item.path] = item.size
            guard named.insert(item.entry + "/" + item.name).inserted else { throw .listedTwice(item.path) }
        }
    }

    /// The members after the signature, in the order the format fixes: entries in the
    /// manifest's order, then each distinct attachment in order of first appearance.
    var memberOrder: [(path: String, size: UInt64, sha256: String)] {
        var order = entries.map { (path: $0.path, size: $0.size, sha256: $0.sha256) }
        var seen = Set<String>()
        for item in attachments where seen.insert(item.path).inserted {
            order.append((item.path, item.size, item.sha256))
        }
        return order
    }
}

extension BundleEntry {
    /// Checks the entry file against its manifest item.
    func validate(against item: BundleManifest.EntryItem, version: Int) throws(ShareProblem) {
        guard id == item.id, revisions.map(\.number) == item.revisions else { throw .entryMismatch(item.path) }
        guard version >= 2 else { return }
        // Version 2: a revision carries its disclosure, leaf index and proof, all three, or none (a revision
        // written before the melder's journal kept commitments).
        for (index, revision) in revisions.enumerated() {
            let field = "revisions[\(index)]"
            if revision.disclosure == nil, revision.leafIndex == nil, revision.inclusion == nil { continue }
            guard revision.disclosure != nil else { throw .invalidField(member: item.path, field: field + ".disclosure") }
            guard revision.leafIndex != nil else { throw .invalidField(member: item.path, field: field + ".leafIndex") }
            guard let inclusion = revision.inclusion, inclusion.count <= 64,
                  inclusion.allSatisfy({ FormatRules.isLowerHex($0, count: 64) }) else {
                throw .invalidField(member: item.path, field: field + ".inclusion")
            }
        }
    }
}
