// `shares open`: the melder reads a bundle they sent, exactly as it went out; nothing is stored.
import Foundation
import MeldboekCore
import MeldboekSodium

/// A bundle this journal made, read back and checked as strictly as an import checks it.
public struct OpenedBundle: Sendable {
    public var manifest: BundleManifest
    /// The entries as they went out, after redaction, in the manifest's order.
    public var entries: [BundleEntry]
    /// SHA-256 of the whole file, as the adviser's receipt names it.
    public var bundleSha256: String
    /// The share log's record of this bundle (the contact's name, the words hidden as names), when this journal
    /// has one; nil for a bundle whose share was deleted with the journal it came from.
    public var shared: SharedBundle?
}

/// Opens bundles the melder sent: every bundle is encrypted to its melder as well as to the adviser (the age
/// layer's second recipient, since the first version of the format), so the melder's own identity opens it.
public enum BundleOpening {
    /// Decrypts `file` with this journal's identity and checks it: the manifest's signature by this journal's own
    /// signing key, then every member against the manifest, in order, with its size and SHA-256, then the end of
    /// the tar, of the age payload and of the file. Reads only; the journal is not changed.
    ///
    /// Version 2 proofs are not checked again: they are the melder's own, and the signed manifest already fixes
    /// every entry file's hash.
    ///
    /// - Throws: ``ShareError/notSentFromThisJournal`` when the file is not encrypted to this journal's key,
    ///   ``ShareError/signedByAnother(fingerprint:)`` when it is but another key signed it,
    ///   ``ShareError/notABundle(_:)``, ``ShareError/bundleInvalid(_:)`` or ``ShareError/badSignature(_:)``
    ///   for a file that isn't a bundle or was changed since it was made.
    public static func open(file: URL, journal: Journal) throws -> OpenedBundle {
        try journal.requireRole(.melder)
        let identity = try journal.identity()
        let ownKey = try identity.card.minisignPublicKey
        let (source, age, tar) = try BundleImport.decrypt(file, for: identity, notForUs: .notSentFromThisJournal)
        let manifest: BundleManifest
        let entries: [BundleEntry]
        let sha256: String
        do {
            let (read, data, signature) = try BundleImport.signedManifest(tar)
            manifest = read
            guard manifest.sender.minisignPublicKey == ownKey.base64 else {
                throw ShareError.signedByAnother(fingerprint: manifest.sender.fingerprint)
            }
            try BundleImport.verify(signature, of: data, manifest: manifest, key: ownKey)
            entries = try members(of: manifest, in: tar)
            // The tar has ended; the age payload must end here too, verified, and so must the file.
            guard try age.read(upTo: 1).isEmpty else { throw ShareProblem.dataAfterEnd }
            sha256 = try source.finishHash()
        } catch let error as AgeError {
            throw ShareError.bundleInvalid(.age(error))
        } catch let error as TarError {
            throw ShareError.bundleInvalid(.tar(error))
        } catch let problem as ShareProblem {
            throw ShareError.bundleInvalid(problem)
        }
        let shared = try ShareLog.shares(in: journal).last { $0.bundleId == manifest.bundleId }
        return OpenedBundle(manifest: manifest, entries: entries, bundleSha256: sha256, shared: shared)
    }

    /// Reads every member after the signature: entry files decoded, attachments only hashed.
    private static func members(of manifest: BundleManifest, in tar: TarReader) throws -> [BundleEntry] {
        var listed = ListedMembers(manifest)
        var entries: [BundleEntry] = []
        while let member = try tar.next() {
            let expected = try listed.expect(member)
            if let item = manifest.entries.first(where: { $0.path == member.name }) {
                guard member.size <= BundleImport.entryLimit else { throw ShareProblem.memberTooLarge(member.name) }
                let data = try tar.readMember(size: member.size)
                guard Encoding.hex(SHA256.hash(Array(data))) == expected.sha256 else {
                    throw ShareProblem.hashMismatch(member.name)
                }
                entries.append(try BundleImport.decodeEntry(data, item: item, version: manifest.version))
            } else {
                var hasher = SHA256.Hasher()
                while case let bytes = try tar.read(upTo: 1 << 16), !bytes.isEmpty { hasher.update(bytes) }
                guard Encoding.hex(hasher.finalize()) == expected.sha256 else {
                    throw ShareProblem.hashMismatch(member.name)
                }
            }
        }
        try listed.finish()
        return entries
    }
}

extension Localized {
    /// `shares open` on a file not encrypted to this journal's key.
    public static var notSentFromThisJournal: Localized {
        Localized(
            en: "This bundle was not made with this journal: it is not encrypted to your key, so it can't be opened here.",
            nl: "Deze bundel is niet met dit dagboek gemaakt: hij is niet voor jouw sleutel versleuteld en kan hier "
                + "niet worden geopend.")
    }

    public static var notSentFromThisJournalHint: Localized {
        Localized(
            en: "Only a bundle you shared from this journal can be opened with it. Shared from another journal? "
                + "Name it with --vault.",
            nl: "Alleen een bundel die je vanuit dit dagboek hebt gedeeld, kun je ermee openen. Gedeeld vanuit een "
                + "ander dagboek? Geef dat aan met --vault.")
    }

    /// `shares open` on a file encrypted to this journal but signed by someone else.
    public static func signedByAnother(fingerprint: String) -> Localized {
        Localized(
            en: "This bundle was not made with this journal: it is signed with another key (fingerprint "
                + "\(fingerprint)). Nothing of it is shown.",
            nl: "Deze bundel is niet met dit dagboek gemaakt: hij is ondertekend met een andere sleutel "
                + "(vingerafdruk \(fingerprint)). Er wordt niets van getoond.")
    }
}
