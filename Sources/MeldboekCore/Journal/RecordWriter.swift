// Writing records of any kind, for the layers above the journal (sharing, cases).
import Foundation
import GRDB
import MeldboekSodium

/// Appends records and stores content inside one write transaction.
///
/// Handed out by ``Journal/transaction(_:)``; everything written through it
/// commits together or not at all.
public final class RecordWriter {
    let journal: Journal
    let db: Database

    init(journal: Journal, db: Database) {
        self.journal = journal
        self.db = db
    }

    /// Appends a record at the end of the chain.
    public func append<T: RecordContent>(_ content: T) throws {
        try journal.append(db, content)
    }

    /// Stores content read in pieces from `read` (up to the count asked, `[]` at the end) as sealed chunks.
    public func storeStream(read: (Int) throws -> [UInt8]) throws -> StoredStream {
        let stream = Data(Random.bytes(count: 16))
        return try AttachmentStream.write(stream: stream, key: journal.keys.attachment(stream: stream), db: db, read: read)
    }

    /// Every readable record so far in this transaction, in chain order.
    public func records() throws -> [OpenedRecord] {
        try Ledger.read(db, sealer: journal.sealer, head: try journal.head(db)).records.compactMap(\.body)
    }
}

extension Journal {
    /// Runs `body` in one write transaction; it commits only if `body` returns.
    public func transaction(_ body: (RecordWriter) throws -> Void) throws {
        try write { db in try body(RecordWriter(journal: self, db: db)) }
    }

    /// Every readable record in chain order, for layers that define their own kinds.
    ///
    /// Only the records of the chain: rows outside it, or at positions a deletion
    /// removed, are not part of the journal.
    public func records() throws -> [OpenedRecord] {
        try read { db in
            try Ledger.read(db, sealer: self.sealer, head: try? self.head(db)).records.compactMap(\.body)
        }
    }

    /// The decoded records of one kind, in chain order.
    public func records<T: RecordContent>(of type: T.Type) throws -> [T] {
        try records().compactMap { try $0.decode(T.self) }
    }
}
