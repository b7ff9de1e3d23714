// `verify`: walks the hash chain and every attachment, and names what is wrong.
import Foundation
import GRDB

/// What `verify` found.
public struct VerificationReport: Sendable, Equatable {
    /// One thing wrong, naming the record by its position in the chain.
    public enum Problem: Sendable, Equatable {
        /// The record's ciphertext does not authenticate: altered or corrupt.
        case altered(seq: Int64, id: String)
        /// The record does not follow the one before it: inserted, reordered, or one before it removed.
        case outOfChain(seq: Int64, entry: EntryID?)
        /// A position is empty that no deletion accounts for.
        case missing(seq: Int64)
        /// A record a deletion removed is back.
        case reappeared(seq: Int64)
        /// Records end before or run past the last position the vault recorded.
        case headMismatch(expected: Int64, found: Int64)
        /// The sealed chain head in the vault row does not authenticate.
        case headAltered
        /// An attachment's chunks are missing, altered or don't match its hash.
        case attachmentCorrupt(entry: EntryID, name: String)
    }

    public var records: Int
    public var entries: Int
    public var attachments: Int
    public var deletions: Int
    public var problems: [Problem]

    public var isIntact: Bool { problems.isEmpty }
}

/// Checks a journal's records against the chain.
struct Verifier {
    let journal: Journal

    func verify(_ db: Database) throws -> VerificationReport {
        let ledger = try Ledger.read(db, sealer: journal.sealer)
        var problems: [VerificationReport.Problem] = []
        var head: ChainHead?
        do {
            let sealedHead = try Data.fetchOne(db, sql: "SELECT head FROM vault WHERE id = 1") ?? Data()
            head = try ChainHead.open(sealedHead, with: journal.keys.records)
        } catch {
            problems.append(.headAltered)
        }

        // What deletions removed, by position.
        var deleted: [Int64: DeletionBody.Removed] = [:]
        var deletions = 0
        for case (_, let opened?) in ledger.records {
            guard let body = try? opened.decode(DeletionBody.self) else { continue }
            deletions += 1
            for removed in body.removed { deleted[removed.seq] = removed }
        }

        var present: [Int64: (stored: StoredRecord, body: OpenedRecord?)] = [:]
        for record in ledger.records { present[record.stored.seq] = record }
        let lastSeq = max(head?.seq ?? 0, ledger.records.last?.stored.seq ?? 0)

        // The head expected before the next record; nil after an unreadable one,
        // where the chain picks up again from the next record's own claim.
        var expected: Data? = Chain.genesis
        var seq: Int64 = 1
        while seq <= lastSeq {
            defer { seq += 1 }
            if let removed = deleted[seq] {
                if present[seq] != nil { problems.append(.reappeared(seq: seq)) }
                expected = expected.map { Chain.link(prev: $0, seq: seq, id: removed.id, digest: removed.digest) }
                continue
            }
            guard let (stored, body) = present[seq] else {
                problems.append(.missing(seq: seq))
                expected = nil
                continue
            }
            guard let body, let prev = try? body.prev else {
                problems.append(.altered(seq: seq, id: stored.id.map { String(format: "%02x", $0) }.joined()))
                expected = nil
                continue
            }
            if let expected, prev != expected {
                problems.append(.outOfChain(seq: seq, entry: Self.entryID(of: body)))
            }
            expected = Chain.link(prev: prev, seq: seq, id: stored.id, digest: Chain.digest(stored.sealed))
        }
        if let head, head.seq != lastSeq || (expected != nil && expected != head.hash) {
            problems.append(.headMismatch(expected: head.seq, found: ledger.records.last?.stored.seq ?? 0))
        }

        var attachments = 0
        for entry in ledger.entries.values.sorted(by: { $0.id < $1.id }) {
            for attachment in entry.attachments {
                attachments += 1
                do {
                    try AttachmentStream.read(
                        attachment.content, name: attachment.name, key: journal.keys.attachment(stream: attachment.stream),
                        db: db) { _ in }
                } catch {
                    problems.append(.attachmentCorrupt(entry: entry.id, name: attachment.name))
                }
            }
        }
        return VerificationReport(
            records: ledger.records.count, entries: ledger.entries.count, attachments: attachments,
            deletions: deletions, problems: problems)
    }

    static func entryID(of body: OpenedRecord) -> EntryID? {
        if let revision = try? body.decode(RevisionBody.self) { return revision.entry }
        if let attachment = try? body.decode(AttachmentBody.self) { return attachment.entry }
        return nil
    }
}
