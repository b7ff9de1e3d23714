// The ledger cache: every entry's outline and search text as of one chain position,
// sealed in two rows, so reading the journal costs a decryption or two plus the
// records written since.
import Foundation
import GRDB
import MeldboekSodium
import Synchronization

/// The journal's index as it stood at one chain position, sealed under a key of
/// its own in the `ledgerCache` table: row 1 holds the outlines, the positions of
/// each entry's records and the unreadable positions; row 2 the same and every
/// entry's folded search text, so `search` reads one row and `list` the smaller one.
///
/// Opening ten thousand records and decoding their JSON takes half a second; opening
/// the outlines takes a few hundredths. The cache is only a shortcut: it is checked
/// against the chain (the first record after it must open and link to the position it
/// covers, the head must not be behind it, and the rows up to that position must be
/// exactly the ones it was written over: ``coveredDigest(_:upTo:key:)``), rebuilt from the
/// records whenever it doesn't fit, dropped by `delete` in the same transaction, and never
/// used by `verify`. Whole entries are always read from their records. Its plaintext is
/// padded like a record's, so its size says little about how much text the journal holds.
struct LedgerCache {
    /// 3: a person's role in the melder's own words. 2: bound to the covered rows by a keyed digest, and
    /// padded (1 had a row count, unpadded). A cache in another version is rebuilt, never read.
    static let formatVersion: UInt8 = 3
    /// Rewrite the cache when a write leaves at least this many records past it.
    static let refreshAfter = 64
    /// How many segments the outlines and texts are written in, decoded in parallel.
    static let segments = 4

    enum Row: Int64 {
        /// Outlines, record positions and unreadable positions.
        case outlines = 1
        /// The same, and every entry's folded search text: `search` reads this row alone.
        case searchable = 2

        var associatedData: [UInt8] { Array("meldboek/v1/ledger-cache\0\(formatVersion)\0\(rawValue)".utf8) }
    }

    /// The last record the cache includes.
    var covered: ChainHead
    /// ``coveredDigest(_:upTo:key:)`` of the rows it was written over.
    var coveredDigest: Data
    var outlines: [EntryID: EntryOutline]
    var recordsOfEntry: [EntryID: [Int64]]
    var unreadable: [Int64]
    /// Folded search texts, from the ``Row/searchable`` row only.
    var searchTexts: [EntryID: SearchText]?

    /// One row of the cache, or nil when there is none or it doesn't open.
    static func load(_ row: Row, db: Database, key: SymmetricKey) -> LedgerCache? {
        guard let padded = open(row, db: db, key: key) else { return nil }
        return try? decode(padded: padded, withText: row == .searchable)
    }

    /// A row's decrypted plaintext, unpadded and read. (Fuzzed through ``VaultParsing``.)
    /// - Throws: ``BinaryReader/Malformed`` when the padding or anything in it is wrong.
    static func decode(padded: [UInt8], withText: Bool) throws -> LedgerCache {
        guard let plain = try? Padding.unpad(padded, blockSize: max(1, padded.count)) else { throw BinaryReader.Malformed() }
        var reader = BinaryReader(plain)
        return try LedgerCache(from: &reader, withText: withText)
    }

    /// Replaces both rows.
    static func store(
        covering head: ChainHead, coveredDigest: Data, outlines: [EntryID: EntryOutline],
        recordsOfEntry: [EntryID: [Int64]], unreadable: [Int64], searchTexts: [EntryID: SearchText], db: Database,
        key: SymmetricKey
    ) throws {
        for row in [Row.outlines, .searchable] {
            var writer = BinaryWriter()
            writer.byte(formatVersion)
            writer.int(head.seq)
            writer.data(head.hash)
            writer.data(coveredDigest)
            writer.segments(Array(outlines.values)) { writer, outline in
                writer.outline(outline)
                writer.list(recordsOfEntry[outline.id] ?? []) { $0.int($1) }
                guard row == .searchable else { return }
                switch searchTexts[outline.id] {
                case .cached(let bytes): writer.data(bytes)
                case .folded(let text): writer.string(text)
                case nil: writer.string("")
                }
            }
            writer.list(unreadable) { $0.int($1) }
            try seal(writer.bytes, as: row, covering: head, db: db, key: key)
            wipe(&writer.bytes)
        }
    }

    /// Removes the cache (it may hold what was just deleted).
    static func drop(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM ledgerCache")
    }

    /// The chain position the cache covers, stored in clear beside it (the number of
    /// records is no secret: the records table shows it); nil when there is no cache
    /// or it was written in another format.
    static func covers(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT covers FROM ledgerCache WHERE id = ? AND format = ?",
            arguments: [Row.outlines.rawValue, Int64(formatVersion)])
    }

    /// ``RowDigest`` of exactly the rows at positions 1 to `seq`, under a key of the cache's own.
    static func coveredDigest(_ db: Database, upTo seq: Int64, key: SymmetricKey) throws -> Data {
        try RowDigest.compute(db, upTo: seq, key: try key.derive(context: "ledger-cache-rows"))
    }

    private static func seal(_ bytes: [UInt8], as row: Row, covering head: ChainHead, db: Database, key: SymmetricKey)
        throws
    {
        var padded = Padding.pad(bytes, blockSize: RecordSealer.bucket(for: bytes.count))
        defer { wipe(&padded) }
        let sealed = try XChaCha20Poly1305.seal(padded, additionalData: row.associatedData, key: key)
        try db.execute(
            sql: "INSERT OR REPLACE INTO ledgerCache (id, format, covers, sealed) VALUES (?, ?, ?, ?)",
            arguments: [row.rawValue, Int64(formatVersion), head.seq, Data(sealed)])
    }

    /// The row's padded plaintext, or nil when there is none or it doesn't open.
    private static func open(_ row: Row, db: Database, key: SymmetricKey) -> [UInt8]? {
        // Decrypted straight from SQLite's buffer: the row is megabytes, and copying it first costs as much.
        guard let rows = try? GRDB.Row.fetchCursor(
                db, sql: "SELECT sealed FROM ledgerCache WHERE id = ? AND format = ?",
                arguments: [row.rawValue, Int64(formatVersion)]),
              let found = try? rows.next(),
              let padded = try? found.withUnsafeData(atIndex: 0, { data in
                  try data?.withUnsafeBytes {
                      try XChaCha20Poly1305.open(bytes: $0, additionalData: row.associatedData, key: key)
                  }
              })
        else { return nil }
        return padded
    }

    private init(from reader: inout BinaryReader, withText: Bool) throws {
        guard try reader.byte() == Self.formatVersion else { throw BinaryReader.Malformed() }
        covered = ChainHead(seq: try reader.int(), hash: try reader.data())
        coveredDigest = try reader.data()
        let segments = try reader.list { try $0.slice() }
        unreadable = try reader.list { try $0.int() }
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
        let parts = Self.decodeInParallel(segments) { reader in
            // The texts stay where they were decrypted: searching reads the bytes in place.
            (try reader.outline(), try reader.list { try $0.int() }, withText ? SearchText.cached(try reader.slice()) : nil)
        }
        guard let parts else { throw BinaryReader.Malformed() }
        let total = parts.reduce(0) { $0 + $1.count }
        outlines = Dictionary(minimumCapacity: total)
        recordsOfEntry = Dictionary(minimumCapacity: total)
        var texts: [EntryID: SearchText] = withText ? Dictionary(minimumCapacity: total) : [:]
        for (outline, positions, text) in parts.joined() {
            outlines[outline.id] = outline
            recordsOfEntry[outline.id] = positions
            texts[outline.id] = text
        }
        searchTexts = withText ? texts : nil
    }

    /// Decodes each segment's list of items on its own thread; nil if any is malformed.
    private static func decodeInParallel<T: Sendable>(
        _ segments: [ArraySlice<UInt8>], _ item: @Sendable @escaping (inout BinaryReader) throws -> T
    ) -> [[T]]? {
        let decoded = Mutex<[[T]?]>(Array(repeating: nil, count: segments.count))
        DispatchQueue.concurrentPerform(iterations: segments.count) { index in
            var reader = BinaryReader(segments[index])
            let part = try? reader.list(item)
            decoded.withLock { $0[index] = reader.isAtEnd ? part : nil }
        }
        let parts = decoded.withLock { $0 }
        guard !parts.contains(where: { $0 == nil }) else { return nil }
        return parts.map { $0! }
    }
}

/// Appends values in a compact binary form: little-endian integers, length-prefixed bytes.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func int(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func count(_ value: Int) { int(Int64(value)) }

    mutating func double(_ value: Double) { int(Int64(bitPattern: value.bitPattern)) }

    mutating func data(_ value: some Collection<UInt8>) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func string(_ value: String) { data(value.utf8) }

    mutating func optional<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        body(&self, value)
    }

    mutating func list<T>(_ values: [T], _ body: (inout BinaryWriter, T) -> Void) {
        count(values.count)
        for value in values { body(&self, value) }
    }

    /// Items in ``LedgerCache/segments`` length-prefixed segments, each a list.
    mutating func segments<T>(_ items: [T], _ body: (inout BinaryWriter, T) -> Void) {
        let size = max(1, (items.count + LedgerCache.segments - 1) / LedgerCache.segments)
        count(LedgerCache.segments)
        for index in 0..<LedgerCache.segments {
            var segment = BinaryWriter()
            segment.list(Array(items.dropFirst(index * size).prefix(size)), body)
            data(segment.bytes)
            wipe(&segment.bytes)
        }
    }

    mutating func outline(_ outline: EntryOutline) {
        data(outline.id.bytes)
        string(outline.title)
        optional(outline.occurredAt) { $0.occurredAt($1) }
        double(outline.recordedAt.timeIntervalSince1970)
        double(outline.amendedAt.timeIntervalSince1970)
        count(outline.revisionCount)
        optional(outline.location) { $0.string($1) }
        list(outline.people) { writer, person in
            writer.string(person.name)
            writer.string(person.role.rawValue)
            writer.optional(person.roleWords) { $0.string($1) }
        }
        list(outline.witnesses) { $0.string($1) }
        list(outline.categories) { $0.string($1.rawValue) }
        list(outline.tags) { $0.string($1) }
        list(outline.attachmentNames) { $0.string($1) }
    }

    mutating func occurredAt(_ value: OccurredAt) {
        switch value {
        case .instant(let date):
            byte(1)
            double(date.timeIntervalSince1970)
        case .day(let year, let month, let day):
            byte(2)
            count(year); count(month); count(day)
        case .month(let year, let month):
            byte(3)
            count(year); count(month)
        case .approximate(let text, let estimate):
            byte(4)
            string(text)
            optional(estimate) { writer, interval in
                writer.double(interval.start.timeIntervalSince1970)
                writer.double(interval.duration)
            }
        }
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency throws.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: ArraySlice<UInt8>
    private var offset: Int

    init(_ bytes: some Collection<UInt8>) {
        self.bytes = ArraySlice(bytes)
        self.offset = self.bytes.startIndex
    }

    var isAtEnd: Bool { offset == bytes.endIndex }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.endIndex else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws -> Int64 {
        guard bytes.endIndex - offset >= 8 else { throw Malformed() }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                let start = offset - bytes.startIndex
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + 8]))
            }
        }
        offset += 8
        return Int64(littleEndian: value)
    }

    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= Int64(Int32.max) else { throw Malformed() }
        return Int(value)
    }

    mutating func double() throws -> Double { Double(bitPattern: UInt64(bitPattern: try int())) }

    mutating func slice() throws -> ArraySlice<UInt8> {
        let length = try count()
        guard bytes.endIndex - offset >= length else { throw Malformed() }
        defer { offset += length }
        return bytes[offset..<offset + length]
    }

    mutating func data() throws -> Data { Data(try slice()) }

    mutating func string() throws -> String {
        // Sealed by this program, so well-formed; decoding would repair, not trap, if not.
        try slice().withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    mutating func optional<T>(_ body: (inout BinaryReader) throws -> T) throws -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try body(&self)
        default: throw Malformed()
        }
    }

    mutating func list<T>(_ body: (inout BinaryReader) throws -> T) throws -> [T] {
        let count = try count()
        guard count <= bytes.endIndex - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try body(&self)) }
        return values
    }

    mutating func entryID() throws -> EntryID {
        let bytes = try slice()
        guard bytes.count == 16 else { throw Malformed() }
        let b = Array(bytes)
        return EntryID(uuid: UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                                         b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])))
    }

    mutating func outline() throws -> EntryOutline {
        EntryOutline(
            id: try entryID(),
            title: try string(),
            occurredAt: try optional { try $0.occurredAt() },
            recordedAt: Date(timeIntervalSince1970: try double()),
            amendedAt: Date(timeIntervalSince1970: try double()),
            revisionCount: try count(),
            location: try optional { try $0.string() },
            people: try list { reader in
                let name = try reader.string()
                guard let role = Role(rawValue: try reader.string()) else { throw Malformed() }
                return Person(name: name, role: role, roleWords: try reader.optional { try $0.string() })
            },
            witnesses: try list { try $0.string() },
            categories: try list { reader in
                guard let category = Category(rawValue: try reader.string()) else { throw Malformed() }
                return category
            },
            tags: try list { try $0.string() },
            attachmentNames: try list { try $0.string() })
    }

    mutating func occurredAt() throws -> OccurredAt {
        switch try byte() {
        case 1:
            return .instant(Date(timeIntervalSince1970: try double()))
        case 2:
            return .day(year: try count(), month: try count(), day: try count())
        case 3:
            return .month(year: try count(), month: try count())
        case 4:
            let text = try string()
            let estimate: DateInterval? = try optional { reader in
                let start = try reader.double()
                let duration = try reader.double()
                guard duration >= 0 else { throw Malformed() }
                return DateInterval(start: Date(timeIntervalSince1970: start), duration: duration)
            }
            return .approximate(text: text, estimate: estimate)
        default:
            throw Malformed()
        }
    }
}
