// `verify`: walks the hash chain and every attachment, and names what is wrong.
import Foundation
import GRDB

/// What `verify` found.
public struct VerificationReport: Sendable, Equatable {
    /// One thing wrong, naming the record by its position in the chain.
    public enum Problem: Sendable, Equatable {
        /// The record's ciphertext does not authenticate: altered, corrupt, or moved from another position.
        case altered(seq: Int64, id: String)
        /// The record does not follow the one before it: inserted, reordered, or one before it removed.
        case outOfChain(seq: Int64, entry: EntryID?)
        /// A position is empty that no deletion accounts for.
        case missing(seq: Int64)
        /// A record a deletion removed is back.
        case reappeared(seq: Int64)
        /// A row at a position outside the chain (below 1 or past the head): never part of the journal.
        case outsideChain(seq: Int64, head: Int64)
        /// Records end before or run past the last position the vault recorded.
        case headMismatch(expected: Int64, found: Int64)
        /// The sealed head counts another number of removed records than the deletions list.
        case removedCountMismatch(sealed: Int64, listed: Int64)
        /// The sealed chain head in the vault row does not authenticate.
        case headAltered
        /// An attachment's chunks are missing, altered or don't match its hash.
        case attachmentCorrupt(entry: EntryID, name: String)
    }

    /// Whether the chain passes through the head the melder noted (`verify --expect`).
    public enum Expectation: Sendable, Equatable {
        /// The chain holds that head at its position.
        case found
        /// The chain has another head at that position (given when it could be computed).
        case differs(found: HeadFingerprint?)
        /// The journal ends before that position: it is older than the noted head, or cut short.
        case beyondEnd(head: Int64)
    }

    public var records: Int
    public var entries: Int
    public var attachments: Int
    public var deletions: Int
    public var problems: [Problem]
    /// The head's fingerprint, when it opens.
    public var head: HeadFingerprint?
    /// The answer to `--expect`, when asked.
    public var expectation: Expectation?
    /// When the recovery code set a new passphrase, oldest first: each use is a record in the chain.
    public var recoveries: [Date] = []

    public var isIntact: Bool { problems.isEmpty }
}

/// Checks a journal's records against the chain.
struct Verifier {
    let journal: Journal

    func verify(_ db: Database, expecting: HeadFingerprint? = nil) throws -> VerificationReport {
        let sealer = journal.sealer
        var problems: [VerificationReport.Problem] = []
        var head: ChainHead?
        do {
            let sealedHead = try Data.fetchOne(db, sql: "SELECT head FROM vault WHERE id = 1") ?? Data()
            let opened = try ChainHead.open(sealedHead, with: journal.keys.records)
            if opened.recordFormat == sealer.format { head = opened } else { problems.append(.headAltered) }
        } catch {
            problems.append(.headAltered)
        }

        // Every row, including any outside the chain: verify names them all.
        var present: [Int64: (stored: StoredRecord, body: OpenedRecord?)] = [:]
        var lastRow: Int64 = 0
        let cursor = try StoredRecord.fetchCursor(db, sql: "SELECT seq, id, sealed FROM records ORDER BY seq")
        while let stored = try cursor.next() {
            if stored.seq < 1 || (head != nil && stored.seq > head!.seq) {
                problems.append(.outsideChain(seq: stored.seq, head: head?.seq ?? 0))
                continue
            }
            present[stored.seq] = (stored, try? sealer.open(stored))
            lastRow = max(lastRow, stored.seq)
        }

        // What deletions removed, by position.
        var deleted: [Int64: DeletionBody.Removed] = [:]
        var deletions = 0
        var removedCount: Int64 = 0
        var recoveries: [Date] = []
        for case (_, let opened?) in present.values {
            if let recovery = try? opened.decode(RecoveryBody.self) { recoveries.append(recovery.recoveredAt) }
            guard let body = try? opened.decode(DeletionBody.self) else { continue }
            deletions += 1
            removedCount += Int64(body.removed.count)
            for removed in body.removed { deleted[removed.seq] = removed }
        }
        if let sealed = head?.removed, sealed != removedCount {
            problems.append(.removedCountMismatch(sealed: sealed, listed: removedCount))
        }

        let lastSeq = head?.seq ?? lastRow
        var expectation: VerificationReport.Expectation?
        if let expecting {
            if expecting.seq > lastSeq {
                expectation = .beyondEnd(head: lastSeq)
            } else if expecting.seq == 0 {
                expectation = expecting == ChainHead.empty.fingerprint ? .found : .differs(found: ChainHead.empty.fingerprint)
            }
        }

        // The head expected before the next record; nil after an unreadable one,
        // where the chain picks up again from the next record's own claim.
        var expected: Data? = Chain.genesis
        var seq: Int64 = 1
        while seq <= lastSeq {
            defer {
                if let expecting, expecting.seq == seq {
                    let found = expected.map { HeadFingerprint(seq: seq, hash: $0) }
                    expectation = found == expecting ? .found : .differs(found: found)
                }
                seq += 1
            }
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
        if let head, expected != nil && expected != head.hash {
            problems.append(.headMismatch(expected: head.seq, found: lastRow))
        }

        let ledger = try Ledger.read(db, sealer: sealer, head: head)
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
            records: present.count, entries: ledger.entries.count, attachments: attachments,
            deletions: deletions, problems: problems, head: head?.fingerprint, expectation: expectation,
            recoveries: recoveries.sorted())
    }

    static func entryID(of body: OpenedRecord) -> EntryID? {
        if let revision = try? body.decode(RevisionBody.self) { return revision.entry }
        if let attachment = try? body.decode(AttachmentBody.self) { return attachment.entry }
        return nil
    }
}
