// The journal as outlines: read from the ledger cache and the records written after it.
import Foundation
import GRDB
import MeldboekSodium

/// Every entry's outline (and, when asked for, its folded search text), read
/// through the ledger cache; whole entries are read from their records on demand.
struct LedgerIndex {
    var outlines: [EntryID: EntryOutline] = [:]
    /// The positions of every record belonging to an entry.
    var recordsOfEntry: [EntryID: [Int64]] = [:]
    /// Positions whose record did not authenticate or decode.
    var unreadable: [Int64] = []
    /// Folded search texts by entry; nil unless asked for.
    var searchTexts: [EntryID: SearchText]?
    /// The chain head this was read at; nil when the head doesn't open.
    var head: ChainHead?
    /// What the cheap check of the records against the head found, unreadable records included.
    var damage = JournalDamage()

    /// Reads the index through the cache, or from every record when no cache fits.
    /// - Parameter withText: Also read the search texts.
    static func read(_ db: Database, sealer: RecordSealer, cacheKey: SymmetricKey, withText: Bool) throws -> LedgerIndex {
        let sealedHead = try Data.fetchOne(db, sql: "SELECT head FROM vault WHERE id = 1")
        guard let sealedHead, let head = try? ChainHead.open(sealedHead, with: sealer.key),
              head.recordFormat == sealer.format
        else {
            var index = LedgerIndex(try Ledger.read(db, sealer: sealer, head: nil), withText: withText)
            index.head = nil
            index.damage.headDamaged = true
            index.damage.unreadable = index.unreadable.count
            return index
        }
        let damage = try Completeness.check(db, head: head, sealer: sealer)
        // A format-2 head whose row digest matched vouches for every row: the cache needs no digest of its own then.
        let rowsVouchedFor = head.rows != nil && !damage.blocksWrites
        var index = try cached(
            db, sealer: sealer, cacheKey: cacheKey, head: head, withText: withText, rowsVouchedFor: rowsVouchedFor)
            ?? LedgerIndex(try Ledger.read(db, sealer: sealer, head: head), withText: withText)
        index.head = head
        index.damage = damage
        index.damage.unreadable = index.unreadable.count
        return index
    }

    /// The index through the cache and the records after it; nil when the cache doesn't
    /// fit the records exactly (then every record is read instead).
    ///
    /// The cache fits when it opens, the head is not behind it, the rows up to its
    /// position are exactly those it was written over (``LedgerCache/coveredDigest(_:upTo:key:)``,
    /// unless the head's own row digest has just vouched for every row: only appends and
    /// deletions, which rewrite the cache, change them then), and the first record after
    /// it opens and continues the chain where it ends.
    private static func cached(
        _ db: Database, sealer: RecordSealer, cacheKey: SymmetricKey, head: ChainHead, withText: Bool,
        rowsVouchedFor: Bool
    ) throws -> LedgerIndex? {
        guard let cache = LedgerCache.load(withText ? .searchable : .outlines, db: db, key: cacheKey),
              cache.covered.seq <= head.seq,
              cache.covered.seq < head.seq || cache.covered.hash == head.hash,
              try rowsVouchedFor || LedgerCache.coveredDigest(db, upTo: cache.covered.seq, key: cacheKey) == cache.coveredDigest
        else { return nil }
        var index = LedgerIndex(
            outlines: cache.outlines, recordsOfEntry: cache.recordsOfEntry, unreadable: cache.unreadable, head: head)
        index.searchTexts = cache.searchTexts
        var first = true
        let cursor = try StoredRecord.fetchCursor(
            db, sql: "SELECT seq, id, sealed FROM records WHERE seq > ? AND seq <= ? ORDER BY seq",
            arguments: [cache.covered.seq, head.seq])
        while let stored = try cursor.next() {
            let body = try? sealer.open(stored)
            // The first record after the cache must open and continue the chain where the cache ends:
            // otherwise nothing says the cache belongs to these records.
            if first {
                guard stored.seq == cache.covered.seq + 1, let body, (try? body.prev) == cache.covered.hash else {
                    return nil
                }
                first = false
            }
            index.apply(stored, body)
        }
        guard !first || cache.covered.seq == head.seq else { return nil }
        return index
    }

    private init(_ ledger: Ledger, withText: Bool) {
        outlines = ledger.entries.mapValues(EntryOutline.init)
        recordsOfEntry = ledger.recordsOfEntry
        unreadable = ledger.unreadable
        if withText { searchTexts = ledger.entries.mapValues { .folded(EntryFilter.searchText(of: $0)) } }
    }

    private init(
        outlines: [EntryID: EntryOutline], recordsOfEntry: [EntryID: [Int64]], unreadable: [Int64], head: ChainHead
    ) {
        self.outlines = outlines
        self.recordsOfEntry = recordsOfEntry
        self.unreadable = unreadable
        self.head = head
    }

    /// Adds what one record past the cache says.
    private mutating func apply(_ stored: StoredRecord, _ body: OpenedRecord?) {
        guard let body else {
            unreadable.append(stored.seq)
            return
        }
        if let revision = try? body.decode(RevisionBody.self) {
            let fields = revision.fields
            let previous = outlines[revision.entry]
            var outline = EntryOutline(Entry(
                id: revision.entry,
                revisions: [Revision(number: revision.number, recordedAt: revision.recordedAt, fields: fields)]))
            outline.recordedAt = previous?.recordedAt ?? revision.recordedAt
            outline.revisionCount = (previous?.revisionCount ?? 0) + 1
            outline.attachmentNames = previous?.attachmentNames ?? []
            outlines[revision.entry] = outline
            recordsOfEntry[revision.entry, default: []].append(stored.seq)
            searchTexts?[revision.entry] = .folded(
                EntryFilter.searchText(of: fields, attachmentNames: outline.attachmentNames))
        } else if let attachment = try? body.decode(AttachmentBody.self) {
            recordsOfEntry[attachment.entry, default: []].append(stored.seq)
            guard outlines[attachment.entry] != nil else { return }
            outlines[attachment.entry]?.attachmentNames.append(attachment.name)
            if let text = searchTexts?[attachment.entry] {
                searchTexts?[attachment.entry] = text.appending(Folding.fold(attachment.name))
            }
        } else if let deletion = try? body.decode(DeletionBody.self) {
            let removed = Set(deletion.removed.map(\.seq))
            for (id, positions) in recordsOfEntry where positions.contains(where: removed.contains) {
                outlines[id] = nil
                recordsOfEntry[id] = nil
                searchTexts?[id] = nil
            }
        }
    }

    /// Writes the cache as of ``head``; needs the search texts.
    func store(_ db: Database, key: SymmetricKey) throws {
        guard let head, let searchTexts else { return }
        try LedgerCache.store(
            covering: head, coveredDigest: try LedgerCache.coveredDigest(db, upTo: head.seq, key: key),
            outlines: outlines, recordsOfEntry: recordsOfEntry, unreadable: unreadable,
            searchTexts: searchTexts, db: db, key: key)
    }

    /// The whole entries of `ids`, read from their records, in the order given.
    ///
    /// Also how many of their records the index names that did not open or are gone: the
    /// cache may have been written while they were whole, so only reading them tells.
    func entries(_ ids: [EntryID], db: Database, sealer: RecordSealer) throws -> (entries: [Entry], unreadable: Int) {
        let positions = ids.flatMap { recordsOfEntry[$0] ?? [] }
        let ledger = try Ledger.read(db, sealer: sealer, positions: positions)
        let known = Set(unreadable)
        let newlyUnreadable = ledger.unreadable.filter { !known.contains($0) }.count + (positions.count - ledger.fetched)
        return (ids.compactMap { ledger.entries[$0] }, newlyUnreadable)
    }

    /// Finds the entry a user means by `reference` among the readable entries.
    func resolve(_ reference: String) throws -> EntryID {
        try outlines.keys.resolve(reference) { outlines[$0]?.title ?? "" }
    }
}
