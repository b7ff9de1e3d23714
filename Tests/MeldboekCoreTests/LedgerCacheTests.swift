// The ledger cache: outlines read through it are exactly what every record says, however it got there.
import Foundation
import GRDB
import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct LedgerCacheTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar
    }()

    /// What the outlines must be: every record opened, then filtered and ordered.
    static func expected(_ journal: Journal, _ filter: EntryFilter = EntryFilter()) throws -> [EntryOutline] {
        filter.apply(to: try journal.snapshot().entries, calendar: calendar).map(EntryOutline.init)
    }

    static func outlines(_ journal: Journal, _ filter: EntryFilter = EntryFilter()) throws -> [EntryOutline] {
        try journal.outlines(matching: filter, calendar: calendar).outlines
    }

    static func database(_ folder: TemporaryFolder) throws -> DatabaseQueue {
        try DatabaseQueue(path: folder.appending("vault/meldboek.db").path)
    }

    static func cacheRows(_ folder: TemporaryFolder) throws -> [Int64: Data] {
        try database(folder).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, sealed FROM ledgerCache").map {
                (($0["id"] as Int64), ($0["sealed"] as Data))
            })
        }
    }

    static func covers(_ folder: TemporaryFolder) throws -> Int64? {
        try database(folder).read { try Int64.fetchOne($0, sql: "SELECT covers FROM ledgerCache WHERE id = 1") }
    }

    static func fields(_ number: Int) -> EntryFields {
        let dates: [OccurredAt?] = [
            .day(year: 2025, month: 1 + number % 12, day: 1 + number % 28), .month(year: 2024, month: 1 + number % 12),
            .instant(Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 3600)),
            .approximate(text: "voorjaar \(2020 + number % 5)", estimate: nil), nil,
        ]
        return EntryFields(
            title: number % 7 == 0 ? "" : "Voorval \(number) café",
            occurredAt: dates[number % dates.count],
            narrative: "Hij riep iets over de vergadering. Één keer \(number % 3 == 0 ? "geïrriteerd" : "rustig").",
            location: number % 2 == 0 ? "Kantine" : nil,
            people: [Person(name: number % 4 == 0 ? "Jan de Vries" : "Zoë", role: number % 3 == 0 ? .manager : .colleague)],
            witnesses: number % 5 == 0 ? ["Piet"] : [], categories: number % 2 == 0 ? [.bullying] : [.aggression],
            impact: number % 3 == 0 ? "Slecht geslapen" : nil, tags: ["t\(number % 4)"])
    }

    @Test func outlinesThroughTheCacheAreWhatEveryRecordSays() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        #expect(try Self.outlines(journal).isEmpty)
        var ids: [EntryID] = []
        for number in 0..<70 { ids.append(try journal.add(Self.fields(number)).id) }
        #expect(try Self.cacheRows(folder).count == 2, "writes keep the cache")
        #expect(try Self.covers(folder) == 65, "written at the first record, then 64 records later")
        #expect(try Self.outlines(journal) == Self.expected(journal))

        // Past the cache: amendments, attachments, a deletion, a new entry.
        try journal.amend(ids[3].description) { $0.title = "Gewijzigd"; $0.categories = [.integrity] }
        let file = folder.appending("bewijs.txt")
        try Data("bewijs".utf8).write(to: file)
        try journal.attach([file], to: ids[5].description)
        try journal.add(Self.fields(99))
        let before = try Self.cacheRows(folder)
        #expect(try Self.outlines(journal) == Self.expected(journal))
        #expect(try Self.cacheRows(folder) == before, "reading never writes")

        for words in [["geirriteerd"], ["CAFE", "kantine"], ["bewijs.txt"], ["leidinggevende"], ["gewijzigd"], ["zoe"]] {
            var filter = EntryFilter()
            filter.words = words
            let found = try Self.outlines(journal, filter)
            #expect(found == (try Self.expected(journal, filter)), "search \(words)")
            #expect(!found.isEmpty, "search \(words) finds something")
        }
        var filter = EntryFilter()
        filter.people = ["vries"]
        filter.categories = [.bullying]
        #expect(try Self.outlines(journal, filter) == Self.expected(journal, filter))

        let shown = try journal.entries(Array(try Self.outlines(journal).suffix(5))).entries
        #expect(shown == Array(try Self.expected(journal).suffix(5)).map { outline in
            try! journal.snapshot().entries.first { $0.id == outline.id }!
        })
        #expect(try journal.lookup(ids[3].short).entry.revisions.count == 2)
    }

    @Test func deleteDropsTheCacheAndTheEntryStaysGone() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        var ids: [EntryID] = []
        for number in 0..<70 { ids.append(try journal.add(Self.fields(number)).id) }
        let oldCache = try Self.cacheRows(folder)
        #expect(oldCache.count == 2)

        try journal.delete(ids[7].description)
        #expect(try Self.covers(folder) == 71, "the deletion's transaction builds a new cache without the entry")
        #expect(try Self.cacheRows(folder) != oldCache)
        #expect(try !Self.outlines(journal).contains { $0.id == ids[7] })
        #expect(try Self.outlines(journal) == Self.expected(journal))

        // Someone puts the old cache, which still holds the entry, back: the deletion record after it wins.
        try Self.database(folder).write { db in
            try db.execute(sql: "DELETE FROM ledgerCache")
            for (id, sealed) in oldCache {
                try db.execute(
                    sql: "INSERT INTO ledgerCache (id, format, covers, sealed) VALUES (?, 1, 65, ?)", arguments: [id, sealed])
            }
        }
        #expect(try !Self.outlines(journal).contains { $0.id == ids[7] })
        var filter = EntryFilter()
        filter.words = ["voorval"]
        #expect(try !Self.outlines(journal, filter).contains { $0.id == ids[7] })
        #expect(throws: MeldboekError.entryNotFound(ids[7].description)) { try journal.lookup(ids[7].description) }
    }

    @Test func anAlteredCacheIsNotTrusted() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        for number in 0..<40 { try journal.add(Self.fields(number)) }
        let expected = try Self.expected(journal)
        for row in [1, 2] as [Int64] {
            try Self.database(folder).write { db in
                var sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM ledgerCache WHERE id = ?", arguments: [row])!
                sealed[sealed.count / 2] ^= 0x01
                try db.execute(sql: "UPDATE ledgerCache SET sealed = ? WHERE id = ?", arguments: [sealed, row])
            }
            #expect(try Self.outlines(journal) == expected)
            var filter = EntryFilter()
            filter.words = ["rustig"]
            #expect(try Self.outlines(journal, filter) == Self.expected(journal, filter))
        }
    }

    @Test func aCacheInAnotherFormatIsIgnoredAndRewrittenByTheNextWrite() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        for number in 0..<10 { try journal.add(Self.fields(number)) }
        try Self.database(folder).write { db in try db.execute(sql: "UPDATE ledgerCache SET format = 99") }
        #expect(try Self.outlines(journal) == Self.expected(journal))
        try journal.add(Self.fields(10))
        #expect(try Self.covers(folder) == 11)
        #expect(try Self.database(folder).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM ledgerCache WHERE format = 3") } == 2)
        #expect(try Self.outlines(journal) == Self.expected(journal))
    }

    @Test func aCacheFromAnotherChainIsNotUsed() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        for number in 0..<70 { try journal.add(Self.fields(number)) }
        #expect(try Self.covers(folder) == 65)
        // Records the cache covers removed behind the journal's back: it is not used.
        try Self.database(folder).write { db in
            try db.execute(sql: "DELETE FROM records WHERE seq BETWEEN 60 AND 62")
        }
        #expect(try Self.outlines(journal) == Self.expected(journal))
        #expect(try Self.outlines(journal).count == 67)
    }
}

@Suite struct FoldingTests {
    /// The first implementation: whole-text decomposition, marks dropped, lower-cased, spaces collapsed.
    static func reference(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        "Café", "ÉÉN keer  geïrriteerd\n\tdaarna", "  leading and trailing  ", "Zoë Ünal-Çelik", "İstanbul", "ß and ẞ",
        "Ελληνικά ΣΟΦΊΑ", "日本語のテキスト", "emoji 👩🏽‍💻 ok", "Å", "ǅ dz", "a\u{0301}b\u{0308}", "\u{00A0}nbsp\u{2003}em", "",
    ])
    func foldsLikeTheReference(text: String) {
        #expect(Folding.fold(text) == Self.reference(text))
    }
}
