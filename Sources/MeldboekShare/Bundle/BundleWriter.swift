// `share`: the chosen entries, redacted, signed and encrypted into one bundle file.
import Foundation
import MeldboekCore
import MeldboekSodium

/// What the melder asked to share.
public struct ShareRequest: Sendable {
    public var contact: Contact
    public var entries: [Entry]
    public var redactions: Set<Redaction>
    public var includeAttachments: Bool
    public var note: String?
    /// The word pseudonyms start with ("Person", "Persoon").
    public var pseudonymLabel: String
    /// Words to hide as names wherever the shared text has them (`--redact-word`), whether or not a list is redacted.
    public var words: [String] = []
    /// A checkpoint alone (`meldboek checkpoint --to`): no entry, only the signed checkpoint to cosign.
    public var checkpointOnly = false

    public init(contact: Contact, entries: [Entry], redactions: Set<Redaction>, includeAttachments: Bool,
                note: String?, pseudonymLabel: String) {
        self.contact = contact
        self.entries = entries
        self.redactions = redactions
        self.includeAttachments = includeAttachments
        self.note = note
        self.pseudonymLabel = pseudonymLabel
    }
}

/// A bundle ready to write: exactly what will go out, for the preview.
public struct PreparedBundle: Sendable {
    public let manifest: BundleManifest
    /// The entries as they will be sent, after redaction.
    public let entries: [BundleEntry]
    /// The attachments as they will be sent.
    public let attachments: [BundleManifest.AttachmentItem]
    let contact: Contact
    /// The words hidden as names on request, for the share log.
    let words: [String]
    /// Bundle format 2: each pseudonym and the name as written that it hides, for the share log only.
    let pseudonyms: [String: String]
    let entryData: [String: Data]
    let contents: [String: StoredStream]
}

/// Makes bundles: an age file to the adviser and the melder, holding a ustar tar.
///
/// Members in order: `manifest.json`, `manifest.json.minisig`, `entries/ID.json`
/// for each entry, `attachments/SHA256` for each distinct attachment. Written in
/// one pass: attachments stream from the vault through tar and age into the
/// file, one chunk at a time.
public enum BundleWriter {
    /// Redacts the entries and builds the manifest; nothing is written yet.
    ///
    /// Every limit an import enforces is checked here, before the preview: an
    /// attachment ustar can't hold, an entry file over the import's limit, too many members.
    ///
    /// - Throws: ``ShareError/attachmentTooLargeToShare(name:limit:)``,
    ///   ``ShareError/entryTooLargeToShare(id:limit:)``, ``ShareError/tooManyToShare(limit:)``.
    public static func prepare(_ request: ShareRequest, journal: Journal, now: Date = Date()) throws -> PreparedBundle {
        try journal.requireRole(.melder)
        guard !request.entries.isEmpty || request.checkpointOnly else { throw ShareError.nothingSelected }
        let identity = try journal.identity()
        let ownCard = try identity.card
        let redactor = Redactor.sharing(
            request.entries, from: try journal.snapshot().entries, words: request.words,
            redactions: request.redactions, label: request.pseudonymLabel)
        // Format 2 with a commitment log; a vault without one (format 2 vaults) still shares in format 1.
        let evidence = try BundleEvidenceSource.make(
            journal: journal, contact: request.contact, entries: request.entries, redactor: redactor, now: now)
        if request.checkpointOnly, evidence == nil { throw ShareError.noEvidence }

        let encoder = BundleJSON.encoder()
        var entries: [BundleEntry] = []
        var entryItems: [BundleManifest.EntryItem] = []
        var entryData: [String: Data] = [:]
        var attachmentItems: [BundleManifest.AttachmentItem] = []
        var contents: [String: StoredStream] = [:]
        for entry in request.entries {
            let shared = BundleEntry(id: entry.id.description, revisions: try entry.revisions.map { revision in
                try evidence?.version(of: entry, revision) ?? BundleEntry.Version(
                    number: revision.number, recordedAt: revision.recordedAt, fields: redactor.apply(revision.fields))
            })
            let data = try encoder.encode(shared)
            guard UInt64(data.count) <= BundleImport.entryLimit else {
                throw ShareError.entryTooLargeToShare(id: shared.id, limit: BundleImport.entryLimit)
            }
            let path = "entries/\(entry.id).json"
            entries.append(shared)
            entryData[path] = data
            entryItems.append(BundleManifest.EntryItem(
                id: shared.id, path: path, size: UInt64(data.count), sha256: Encoding.hex(SHA256.hash(Array(data))),
                revisions: shared.revisions.map(\.number)))
            guard request.includeAttachments else { continue }
            for attachment in entry.attachments {
                guard attachment.size <= BundleImport.attachmentLimit else {
                    throw ShareError.attachmentTooLargeToShare(name: attachment.name, limit: BundleImport.attachmentLimit)
                }
                let path = "attachments/\(attachment.sha256)"
                contents[path] = attachment.content
                attachmentItems.append(BundleManifest.AttachmentItem(
                    entry: shared.id, name: redactor.scrub(attachment.name), path: path, size: attachment.size,
                    sha256: attachment.sha256))
            }
        }
        // The manifest and its signature count as members too.
        guard entryItems.count + attachmentItems.count + 2 <= BundleImport.memberLimit else {
            throw ShareError.tooManyToShare(limit: BundleImport.memberLimit)
        }
        let hasRoleWords = entries.contains { $0.revisions.contains { $0.fields.people.contains { $0.roleWords != nil } } }
        let version = evidence == nil ? 1 : hasRoleWords ? BundleManifest.roleWordsVersion : BundleManifest.currentVersion
        let manifest = BundleManifest(
            format: BundleManifest.formatName, version: version,
            bundleId: UUID().uuidString.lowercased(), createdAt: now,
            sender: party(ownCard), recipients: [party(request.contact.card), party(ownCard)],
            chainHead: Encoding.hex(Array(try journal.chainHead())), note: request.note,
            redactions: request.redactions.sorted().map(\.rawValue), entries: entryItems, attachments: attachmentItems,
            evidence: evidence?.evidence)
        guard UInt64(try encoder.encode(manifest).count) <= BundleImport.manifestLimit else {
            throw ShareError.tooManyToShare(limit: BundleImport.memberLimit)
        }
        return PreparedBundle(
            manifest: manifest, entries: entries, attachments: attachmentItems, contact: request.contact,
            words: request.words,
            pseudonyms: evidence.map { Dictionary($0.maker.phrases.map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) }
                ?? [:],
            entryData: entryData, contents: contents)
    }

    static func party(_ card: Card) -> BundleManifest.Party {
        BundleManifest.Party(
            ageRecipient: card.ageRecipient.string, minisignPublicKey: card.minisignPublicKey.base64,
            fingerprint: card.fingerprint)
    }

    /// The trusted comment a bundle's manifest signature carries.
    static func trustedComment(_ manifest: BundleManifest) -> String {
        "meldboek bundle \(manifest.bundleId) created \(ISO8601DateFormatter().string(from: manifest.createdAt))"
    }

    /// Writes the bundle to `destination` (0600, complete or not at all) and records it in the share log.
    @discardableResult
    public static func write(_ bundle: PreparedBundle, journal: Journal, to destination: URL) throws -> SharedBundle {
        let identity = try journal.identity()
        let ownCard = try identity.card
        let manifestData = try BundleJSON.encoder().encode(bundle.manifest)
        let signature = try identity.signer.sign(
            Array(manifestData), trustedComment: trustedComment(bundle.manifest),
            untrustedComment: "meldboek bundle manifest signature")

        let file = try AtomicFileWriter(destination: destination)
        var fileHash = SHA256.Hasher()
        do {
            let age = try AgeWriter(recipients: [bundle.contact.card.ageRecipient, ownCard.ageRecipient]) { bytes in
                fileHash.update(bytes)
                try file.write(bytes)
            }
            let tar = TarWriter { try age.write($0) }
            let modified = bundle.manifest.createdAt
            func add(_ path: String, _ data: Data) throws {
                try tar.beginFile(name: path, size: UInt64(data.count), modified: modified)
                try tar.write(Array(data))
                try tar.endFile()
            }
            try add("manifest.json", manifestData)
            try add("manifest.json.minisig", Data(signature.utf8))
            for item in bundle.manifest.entries {
                try add(item.path, bundle.entryData[item.path] ?? Data())
            }
            var written = Set<String>()
            for item in bundle.attachments where written.insert(item.path).inserted {
                guard let content = bundle.contents[item.path] else { continue }
                try tar.beginFile(name: item.path, size: content.size, modified: modified)
                try journal.readStream(content, name: item.name) { try tar.write($0) }
                try tar.endFile()
            }
            try tar.finish()
            try age.finish()
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
        let shared = SharedBundle(
            bundleId: bundle.manifest.bundleId, contact: bundle.contact.name, card: bundle.contact.card.text,
            entries: bundle.manifest.entries.map(\.id),
            titles: bundle.entries.map { $0.revisions.last?.fields.title ?? "" }, attachments: bundle.attachments.count,
            redactions: bundle.manifest.redactions, words: bundle.words.isEmpty ? nil : bundle.words,
            note: bundle.manifest.note, createdAt: bundle.manifest.createdAt,
            bundleSha256: Encoding.hex(fileHash.finalize()), receipt: nil,
            pseudonyms: bundle.pseudonyms.isEmpty ? nil : bundle.pseudonyms)
        try journal.transaction { try $0.append(ShareBody(prev: Data(), shared)) }
        return shared
    }
}
