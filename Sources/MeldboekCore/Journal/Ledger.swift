// Every record of the vault opened and grouped into entries.
import Foundation
import GRDB

/// The journal as read from its records: entries, and where each one's records sit.
struct Ledger: Sendable {
    var entries: [EntryID: Entry] = [:]
    /// The positions of every record belonging to an entry.
    var recordsOfEntry: [EntryID: [Int64]] = [:]
    /// Positions whose record did not authenticate or decode.
    var unreadable: [Int64] = []
    /// Records in chain order with what they opened to (nil when unreadable).
    var records: [(stored: StoredRecord, body: OpenedRecord?)] = []

    /// Reads and opens every record.
    static func read(_ db: Database, sealer: RecordSealer) throws -> Ledger {
        var ledger = Ledger()
        var attachments: [(EntryID, AttachmentInfo)] = []
        let cursor = try StoredRecord.fetchCursor(db, sql: "SELECT seq, id, sealed FROM records ORDER BY seq")
        while let stored = try cursor.next() {
            guard let body = try? sealer.open(stored) else {
                ledger.unreadable.append(stored.seq)
                ledger.records.append((stored, nil))
                continue
            }
            ledger.records.append((stored, body))
            if let revision = try? body.decode(RevisionBody.self) {
                let version = Revision(number: revision.number, recordedAt: revision.recordedAt, fields: revision.fields)
                ledger.entries[revision.entry, default: Entry(id: revision.entry, revisions: [], attachments: [])]
                    .revisions.append(version)
                ledger.recordsOfEntry[revision.entry, default: []].append(stored.seq)
            } else if let attachment = try? body.decode(AttachmentBody.self) {
                let info = AttachmentInfo(
                    name: attachment.name, size: attachment.size, sha256: attachment.sha256,
                    attachedAt: attachment.attachedAt, stream: attachment.stream, chunkCount: attachment.chunkCount)
                attachments.append((attachment.entry, info))
                ledger.recordsOfEntry[attachment.entry, default: []].append(stored.seq)
            }
        }
        for (entryID, info) in attachments {
            ledger.entries[entryID]?.attachments.append(info)
        }
        for id in ledger.entries.keys {
            ledger.entries[id]?.revisions.sort { $0.number < $1.number }
        }
        return ledger
    }

    /// Finds the entry a user means by `reference` among the readable entries.
    func resolve(_ reference: String) throws -> Entry {
        try entries.values.resolve(reference)
    }
}

extension Sequence where Element == Entry {
    /// Finds the entry a user means by `reference`: a whole id, or a unique
    /// part of one (at least four hex digits, dashes ignored).
    ///
    /// - Throws: ``MeldboekError/entryNotFound(_:)``, ``MeldboekError/entryAmbiguous(_:matches:)``.
    public func resolve(_ reference: String) throws -> Entry {
        let wanted = reference.lowercased().replacingOccurrences(of: "-", with: "")
        guard wanted.count >= 4, wanted.allSatisfy(\.isHexDigit) else {
            throw MeldboekError.entryNotFound(reference)
        }
        if let exact = first(where: { $0.id.hexDigits == wanted }) { return exact }
        let partial = filter { $0.id.hexDigits.contains(wanted) }
        switch partial.count {
        case 0: throw MeldboekError.entryNotFound(reference)
        case 1: return partial[0]
        default: throw MeldboekError.entryAmbiguous(reference, matches: partial.count)
        }
    }
}
