// The vault's parsers of decrypted data, reachable from outside the module for the fuzz
// targets (Fuzz/, through MeldboekFuzzHarness) and their corpus tests.
import Foundation
import MeldboekSodium

/// What the vault does with bytes after they decrypt: a record's plaintext and the
/// ledger cache's. Both are authenticated before they are parsed, so only a bug or
/// a stolen key puts hostile bytes here; they are fuzzed all the same, because a
/// crash in them would lock the owner out of their own journal.
///
/// Every function here calls the code the vault itself runs; none is used by it.
public enum VaultParsing {
    /// The record kinds this module defines: revisions, attachments, deletions and recoveries.
    /// (Layers above define more; MeldboekShare lists its own.)
    public static let coreBodyTypes: [any RecordContent.Type] = [
        RevisionBody.self, AttachmentBody.self, DeletionBody.self, RecoveryBody.self,
    ]

    /// The size a record's or the ledger cache's plaintext of `count` bytes is padded to:
    /// the smallest power of two of at least 1 KiB that is larger.
    public static func recordBucket(for count: Int) -> Int {
        RecordSealer.bucket(for: count)
    }

    /// A record's decrypted plaintext (`kind ‖ JSON body`, padded), opened as the vault
    /// opens every record; nil when the padding is wrong or no kind is left.
    public static func openRecord(padded: [UInt8]) -> OpenedRecord? {
        RecordSealer.opened(padded: padded)
    }

    /// A record's JSON body, as opened (not re-encoded).
    public static func body(of record: OpenedRecord) -> Data {
        record.json
    }

    /// The record's plaintext (`kind ‖ JSON body`, unpadded) with its chain link replaced
    /// by `prev`, exactly as `meldboek upgrade` rewrites every record.
    /// - Throws: ``MeldboekError/rewriteFailed`` when the body has no single link to replace.
    public static func relink(_ record: OpenedRecord, to prev: Data) throws -> [UInt8] {
        try record.relinked(to: prev)
    }

    /// One row of the ledger cache, read from its decrypted plaintext as the journal reads
    /// it, and its outlines chosen by each of `filters` as `list` and `search` choose them.
    /// - Parameters:
    ///   - padded: The decrypted row.
    ///   - withText: Whether it is the searchable row (outlines and search texts).
    /// - Returns: nil when the row is malformed: the journal then rebuilds it from the records.
    public static func ledgerCache(padded: [UInt8], withText: Bool, filters: [EntryFilter], calendar: Calendar)
        -> LedgerCacheContents?
    {
        guard let cache = try? LedgerCache.decode(padded: padded, withText: withText) else { return nil }
        let outlines = Array(cache.outlines.values)
        return LedgerCacheContents(
            coveredSeq: cache.covered.seq, outlines: outlines,
            recordPositions: cache.recordsOfEntry.values.reduce(0) { $0 + $1.count }, unreadable: cache.unreadable,
            searchTexts: cache.searchTexts?.count,
            matching: filters.map { $0.apply(to: outlines, texts: cache.searchTexts ?? [:], calendar: calendar) })
    }
}

/// What ``VaultParsing/ledgerCache(padded:withText:filters:calendar:)`` read from a cache row.
public struct LedgerCacheContents: Sendable {
    /// The last chain position the cache covers.
    public let coveredSeq: Int64
    /// Every entry's outline.
    public let outlines: [EntryOutline]
    /// How many record positions it lists, over all entries.
    public let recordPositions: Int
    /// The positions of records that could not be read.
    public let unreadable: [Int64]
    /// How many search texts the row holds; nil for the row without them.
    public let searchTexts: Int?
    /// The outlines each filter chose, in its order.
    public let matching: [[EntryOutline]]
}
