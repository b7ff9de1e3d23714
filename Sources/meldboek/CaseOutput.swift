// A case as text and as JSON, for `adviser show` and `adviser cases`.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekText

/// A case in its JSON form.
struct CaseDocument: Encodable {
    struct Bundle: Encodable {
        var bundleId: String
        var bundleSha256: String
        var createdAt: Date
        var importedAt: Date
        var note: String?
        var redactions: [String]
    }

    struct Version: Encodable {
        var number: Int
        var recordedAt: Date
        var bundleId: String
        var fields: EntryDocument.FieldsDocument
        /// True when the import proved the version in the melder's signed checkpoint (bundle format 2).
        var verified: Bool
        /// The earliest time this adviser cosigned a checkpoint holding it.
        var committedNoLaterThan: Date?
    }

    struct Attachment: Encodable {
        var name: String
        var size: UInt64
        var sha256: String
        var bundleId: String
    }

    struct Entry: Encodable {
        var id: String
        var title: String
        var revisions: [Version]
        var attachments: [Attachment]
    }

    struct Note: Encodable {
        var text: String
        var writtenAt: Date
    }

    var name: String
    var fingerprints: [String]
    var openedAt: Date
    var bundles: [Bundle]
    var entryCount: Int
    var entries: [Entry]?
    var notes: [Note]?

    init(_ file: CaseFile, full: Bool) {
        name = file.name
        fingerprints = file.fingerprints
        openedAt = file.openedAt
        bundles = file.bundles.map {
            Bundle(bundleId: $0.bundleId, bundleSha256: $0.bundleSha256, createdAt: $0.createdAt,
                   importedAt: $0.importedAt, note: $0.note, redactions: $0.redactions)
        }
        entryCount = file.entries.count
        guard full else { return }
        entries = file.entries.map { entry in
            Entry(
                id: entry.id, title: entry.current.title,
                revisions: entry.versions.map {
                    Version(number: $0.number, recordedAt: $0.recordedAt, bundleId: $0.bundleId,
                            fields: EntryDocument.FieldsDocument($0.fields), verified: $0.proof != nil,
                            committedNoLaterThan: file.committedNoLaterThan($0))
                },
                attachments: entry.attachments.map {
                    Attachment(name: $0.name, size: $0.content.size, sha256: $0.content.sha256, bundleId: $0.bundleId)
                })
        }
        notes = file.notes.map { Note(text: $0.text, writtenAt: $0.writtenAt) }
    }
}

/// A case as text: bundles, then every entry with each version and the bundle that brought it, then notes.
struct CaseText {
    let text: EntryText

    func render(_ file: CaseFile) -> String {
        let line = OutsideText.line
        var out = t(.caseHeader(line(file.name), file.fingerprints.joined(separator: ", "))) + "\n"
        for bundle in file.bundles {
            out += "  " + t(.caseBundle(bundle.bundleId.prefix(8), text.moment(bundle.createdAt), text.moment(bundle.importedAt)))
            if !bundle.redactions.isEmpty { out += "  [" + line(bundle.redactions.joined(separator: ", ")) + "]" }
            out += "\n"
            if let note = bundle.note { out += "    " + t(.previewNote(line(note))) + "\n" }
        }
        for journal in file.journals {
            if let last = journal.cosigned.last {
                out += "  " + t(.witCaseJournal(journal.journalId.prefix(8), last.size, text.moment(last.cosignedAt))) + "\n"
            }
            for fork in journal.forks {
                let (bundle, size, cosigned) = (fork.bundleId.prefix(8), fork.size, text.moment(fork.againstCosignedAt))
                let message: Localized = fork.proven
                    ? .witCaseFork(bundle, size, cosigned) : .witCaseUnproven(bundle, size, cosigned)
                out += "  " + t(message) + "\n"
            }
        }
        for entry in file.entries {
            out += "\n== \(line(entry.current.title)) (\(line(String(entry.id.suffix(8))))) ==\n"
            for received in entry.versions {
                var version = received
                version.fields = received.fields.visiblyEscaped
                out += "\n-- " + t(.labelVersion(version.number, text.moment(version.recordedAt))) + " · "
                    + t(.fromBundle(version.bundleId.prefix(8))) + "\n"
                out += "   " + verification(received, in: file) + "\n"
                out += "\(t(.labelTitle)): \(version.fields.title)\n"
                for (label, value) in text.fieldLines(version.fields) { out += "\(label): \(value)\n" }
                out += text.indentedParagraphs(version.fields)
            }
            if !entry.attachments.isEmpty {
                out += "\(t(.labelAttachments)):\n"
                for attachment in entry.attachments {
                    out += "  \(line(attachment.name))  \(attachment.content.size) bytes  sha256:\(attachment.content.sha256)  "
                        + t(.fromBundle(attachment.bundleId.prefix(8))) + "\n"
                }
            }
        }
        if !file.notes.isEmpty {
            out += "\n" + t(.caseNotes) + "\n"
            for note in file.notes { out += "  \(text.moment(note.writtenAt))  \(OutsideText.lines(note.text))\n" }
        }
        return out
    }

    /// Whether the import proved the version, and from when this adviser can vouch for it.
    func verification(_ version: CaseFile.Version, in file: CaseFile) -> String {
        guard let proof = version.proof else { return t(.witUnverified) }
        if let date = file.committedNoLaterThan(version) { return t(.witVerified(text.moment(date))) }
        return t(.witVerifiedNoWitness(proof.size))
    }
}
