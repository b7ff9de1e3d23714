// A melder and an adviser with their own vaults, and tools to open and forge bundles between them.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

/// A melder's journal with the adviser as contact "vp", and the adviser's vault.
struct SharingFixture {
    let melder: Journal
    let adviser: Journal
    let folder: TemporaryFolder
    private let others: [TemporaryFolder]

    init() throws {
        let (melder, melderFolder) = try TestVault.create()
        let (adviser, adviserFolder) = try TestVault.create(role: .adviser)
        self.melder = melder
        self.adviser = adviser
        folder = try TemporaryFolder("meldboek-share")
        others = [melderFolder, adviserFolder]
        try Contacts(melder).add(name: "vp", card: try adviser.identity().card.text)
    }

    func remove() {
        folder.remove()
        others.forEach { $0.remove() }
    }

    /// An entry with people, a witness, a place and (optionally) an attachment.
    @discardableResult
    func addEntry(title: String = "Vergadering", attachment: [UInt8]? = nil) throws -> Entry {
        var files: [URL] = []
        if let attachment {
            let file = folder.appending("bijlage-\(UUID().uuidString.prefix(6)).bin")
            try Data(attachment).write(to: file)
            files.append(file)
        }
        return try melder.add(EntryFields(
            title: title, occurredAt: .day(year: 2025, month: 3, day: 4),
            narrative: "Jan de Vries schreeuwde tegen mij. Sara zag het.", location: "Kantoor Utrecht",
            people: [Person(name: "Jan de Vries", role: .manager)], witnesses: ["Sara"], categories: [.aggression]),
            attachments: files)
    }

    /// Shares `entries` (all by default) with the adviser and returns the bundle file.
    func share(_ entries: [Entry]? = nil, redactions: Set<Redaction> = [], attachments: Bool = true,
               name: String = "bundle.age") throws -> URL {
        let chosen = try entries ?? melder.snapshot().entries
        let request = ShareRequest(
            contact: try Contacts(melder).named("vp"), entries: chosen, redactions: redactions,
            includeAttachments: attachments, note: "Voor ons gesprek", pseudonymLabel: "Person")
        let out = folder.appending(name)
        try BundleWriter.write(try BundleWriter.prepare(request, journal: melder), journal: melder, to: out)
        return out
    }

    /// The tar members inside a bundle, decrypted with the adviser's key.
    func members(of bundle: URL) throws -> [(name: String, content: [UInt8])] {
        let age = try AgeReader(source: try FileSource(path: bundle.path), identities: [try adviser.identity().ageIdentity])
        var plain: [UInt8] = []
        while true {
            let piece = try age.read(upTo: 65536)
            if piece.isEmpty { break }
            plain += piece
        }
        let tar = TarReader(source: ArraySource(plain), limits: .init(maxEntrySize: 1 << 30, maxEntries: 1000, maxTotalSize: 1 << 31))
        var members: [(String, [UInt8])] = []
        while let entry = try tar.next() {
            var content: [UInt8] = []
            while true {
                let piece = try tar.read(upTo: 65536)
                if piece.isEmpty { break }
                content += piece
            }
            members.append((entry.name, content))
        }
        return members
    }

    /// Encrypts `plaintext` to the adviser as a bundle file.
    func encrypt(_ plaintext: [UInt8], name: String = "forged.age", to recipients: [AgeRecipient]? = nil) throws -> URL {
        let out = folder.appending(name)
        var bytes: [UInt8] = []
        let writer = try AgeWriter(recipients: recipients ?? [try adviser.identity().card.ageRecipient]) { bytes += $0 }
        try writer.write(plaintext)
        try writer.finish()
        try Data(bytes).write(to: out)
        return out
    }

    /// A tar of `members` written with raw headers, so tests can put in what TarWriter refuses.
    static func rawTar(_ members: [(name: String, content: [UInt8], type: Character)]) -> [UInt8] {
        var archive: [UInt8] = []
        for member in members {
            archive += tarRawHeader(name: member.name, size: member.content.count, type: member.type)
            archive += tarPadded(member.content)
        }
        return archive + tarEndBlocks
    }

    /// Re-signs `manifest` with the melder's key, as a genuine sender would.
    func sign(_ manifest: [UInt8], comment: String) throws -> [UInt8] {
        Array(try melder.identity().signer.sign(manifest, trustedComment: comment, untrustedComment: "test").utf8)
    }

    /// The adviser vault's chain head: any record written changes it.
    func adviserHead() throws -> Data {
        try adviser.chainHead()
    }
}
