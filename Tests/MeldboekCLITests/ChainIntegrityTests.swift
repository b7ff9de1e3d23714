// Attacks on the journal as a whole, made with sqlite3 on the vault: rows put outside the chain, records
// removed, moved or swapped, a damaged head, an older copy put back. Each fails on Meldboek 0.1.0.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ChainIntegrityTests {
    /// SQL that changes one byte in the middle of a blob column, as an attacker with sqlite3 would.
    static func flipped(_ column: String) -> String {
        "substr(\(column), 1, 99) || (CASE WHEN substr(\(column), 100, 1) = x'00' THEN x'01' ELSE x'00' END) "
            + "|| substr(\(column), 101)"
    }

    /// SQL that swaps the rows at two positions, as an attacker with sqlite3 would.
    static func swapped(_ first: Int, _ second: Int) -> String {
        """
        UPDATE records SET seq = -1000 WHERE seq = \(first);
        UPDATE records SET seq = \(first) WHERE seq = \(second);
        UPDATE records SET seq = \(second) WHERE seq = -1000;
        """
    }

    @Test func aDeletedEntrysRowsPutBackOutsideTheChainAreNeverReadAsAnEntry() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("bewijs.txt")
        try Data("bewijs".utf8).write(to: file)
        let gone = try vault.add("Wordt verwijderd", ["--attach", file.path])
        try vault.add("Blijft")
        let copy = vault.path("copy.db")
        try FileManager.default.copyItem(at: vault.database, to: copy)
        try vault.succeed(["delete", gone, "--yes"])
        // The deleted entry's revision and attachment rows, put back from the earlier copy at positions 0 and -1.
        try vault.sqlite("""
            ATTACH '\(copy.path)' AS old;
            INSERT INTO records SELECT seq - 2, id, sealed FROM old.records WHERE seq <= 2;
            INSERT INTO chunks SELECT * FROM old.chunks;
            """)
        #expect(try vault.sqlite("SELECT group_concat(seq) FROM (SELECT seq FROM records ORDER BY seq)") == "-1,0,3,4")

        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(listed.stdout.contains("Blijft") && !listed.stdout.contains("Wordt verwijderd"), "\(listed)")
        #expect(listed.stderr.contains("2 records lie outside the journal's chain and were not read"), "\(listed)")
        expectError(try vault.run(["show", gone]), status: 2, mentioning: ["No entry"], quietStdout: true)
        let saved = try vault.run(["attachment", "save", gone, "bewijs.txt", "--out", vault.path("terug.txt").path])
        #expect(saved.status == 2, "\(saved)")
        #expect(!FileManager.default.fileExists(atPath: vault.path("terug.txt").path))

        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("record at position -1: outside the chain"), "\(verified)")
        #expect(verified.stdout.contains("record at position 0: outside the chain"), "\(verified)")
        expectError(try vault.run(["add", "--title", "Nieuw"]), status: 5, mentioning: ["no longer match"])
    }

    @Test func aRecordRemovedFromTheMiddleIsNoticedByEveryReadAndStopsEveryWrite() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let first = try vault.add("Eerste", ["--text", "koffieautomaat"])
        try vault.add("Tweede", ["--text", "koffieautomaat"])
        try vault.add("Derde", ["--text", "koffieautomaat"])
        try vault.sqlite("DELETE FROM records WHERE seq = 2")

        let report = vault.path("rapport.html")
        let export = vault.path("export.json")
        for arguments in [["list"], ["search", "koffieautomaat"], ["show", first], ["stats"],
                          ["report", "--out", report.path], ["export", "--out", export.path]] {
            let result = try vault.run(arguments)
            #expect(result.status == 5, "\(arguments): \(result)")
            #expect(result.stderr.contains("1 record is missing from the journal"), "\(arguments): \(result)")
        }
        let listed = try vault.run(["list"])
        #expect(listed.stdout.contains("Eerste") && listed.stdout.contains("Derde"), "\(listed)")
        let before = try vault.snapshot()
        for arguments in [["add", "--title", "Nieuw"], ["amend", first, "--append", "meer"], ["tag", first, "later"],
                          ["delete", first, "--yes"]] {
            expectError(try vault.run(arguments), status: 5, mentioning: ["no longer match its sealed chain"])
        }
        #expect(try vault.snapshot() == before)
    }

    @Test func recordsCutFromTheEndWithTheHeadAreNoticedByList() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste")
        try vault.add("Tweede")
        try vault.sqlite("DELETE FROM records WHERE seq = 2")
        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(listed.stderr.contains("the journal's last record is gone"), "\(listed)")
    }

    @Test func aCoveredRecordSwappedWithALaterOneNeverHidesAnEntry() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        // The first add writes the ledger cache; the next ones are read past it.
        for number in 1...5 { try vault.add("Aantekening \(number)") }
        try vault.sqlite(Self.swapped(1, 5))
        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        // Moved records don't open at their new positions: both are reported, none is shown as another.
        #expect(listed.stderr.contains("2 records could not be read"), "\(listed)")
        for number in 2...4 { #expect(listed.stdout.contains("Aantekening \(number)"), "\(listed)") }
        let verified = try vault.run(["verify"])
        #expect(verified.stdout.contains("record 1 (id"), "\(verified)")
        #expect(verified.stdout.contains("record 5 (id"), "\(verified)")
    }

    @Test func theLedgerCacheOfADivergedCopyNeverShowsItsEntries() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        for number in 1...3 { try vault.add("Gedeeld \(number)") }
        let other = try CLIVault(initialise: false)
        defer { other.remove() }
        try FileManager.default.copyItem(at: vault.folder, to: other.folder)
        // The copy goes its own way: its delete writes a cache that covers its own chain.
        let copyOnly = try other.add("Alleen in de kopie")
        try other.add("Nog een in de kopie")
        try other.succeed(["delete", copyOnly, "--yes"])
        for number in 4...7 { try vault.add("Origineel \(number)") }
        // The copy's cache put in, the record after it damaged (so it can't show the cache is foreign), and one
        // row removed so that the number of rows fits the copy's cache.
        try vault.sqlite("""
            ATTACH '\(other.database.path)' AS copy;
            DELETE FROM ledgerCache;
            INSERT INTO ledgerCache SELECT * FROM copy.ledgerCache;
            UPDATE records SET sealed = \(Self.flipped("sealed")) WHERE seq = 7;
            DELETE FROM records WHERE seq = 4;
            """)
        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(!listed.stdout.contains("kopie"), "\(listed)")
        for title in ["Gedeeld 1", "Gedeeld 2", "Gedeeld 3", "Origineel 5", "Origineel 6"] {
            #expect(listed.stdout.contains(title), "\(title): \(listed)")
        }
    }

    @Test func aDamagedHeadIsNamedAsSuchByReadsAndWrites() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste")
        try vault.sqlite("UPDATE vault SET head = \(Self.flipped("head"))")
        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(listed.stdout.contains("Eerste"), "\(listed)")
        #expect(listed.stderr.contains("the vault's sealed head is damaged"), "\(listed)")
        let added = try vault.run(["add", "--title", "Tweede"])
        expectError(added, status: 5, mentioning: ["sealed head", "is damaged"])
        #expect(!added.stderr.contains("record 0"), "\(added)")
    }

    @Test func amendNeverReusesTheNumberOfAnUnreadableLatestVersion() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Eerste versie")
        try vault.succeed(["amend", id, "--title", "Tweede versie"])
        try vault.add("Een andere aantekening")
        try vault.sqlite("UPDATE records SET sealed = \(Self.flipped("sealed")) WHERE seq = 2")
        let before = try vault.snapshot()
        expectError(try vault.run(["amend", id, "--title", "Derde versie"]), status: 5,
                    mentioning: ["can't be read", "same number"])
        #expect(try vault.snapshot() == before)
    }

    @Test func aFingerprintNotedAfterAWriteIsCheckedByVerifyExpect() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste")
        let added = try vault.succeed(["add", "--title", "Tweede"])
        let noted = try #require(added.stderr.firstMatch(of: /Journal fingerprint: (2:[0-9a-f-]{14})/)?.1)
        try vault.add("Derde")
        let later = try vault.succeed(["verify", "--expect", String(noted)])
        #expect(later.stdout.contains("The journal passes through the fingerprint you noted, \(noted)."), "\(later)")

        let wrong = try vault.run(["verify", "--expect", "2:0000-0000-0000"])
        #expect(wrong.status == 5, "\(wrong)")
        #expect(wrong.stdout.contains("does not pass through the fingerprint you noted, 2:0000-0000-0000: at that position it has \(noted)"), "\(wrong)")
        let beyond = try vault.run(["verify", "--expect", "9:0000-0000-0000"])
        #expect(beyond.status == 5 && beyond.stdout.contains("ends at position 3, before the fingerprint"), "\(beyond)")
        expectError(try vault.run(["verify", "--expect", "zomaar"]), status: 64, mentioning: ["not a journal fingerprint"])
    }

    @Test func anOlderCopyPutBackIsNoticedOnThisAccountAndByVerifyExpectAnywhere() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste")
        let older = vault.path("older")
        try FileManager.default.copyItem(at: vault.folder, to: older)
        let added = try vault.succeed(["add", "--title", "Tweede"])
        let noted = try #require(added.stderr.firstMatch(of: /Journal fingerprint: (2:[0-9a-f-]{14})/)?.1)
        try FileManager.default.removeItem(at: vault.folder)
        try FileManager.default.copyItem(at: older, to: vault.folder)

        let listed = try vault.succeed(["list"])
        #expect(listed.stderr.contains("this vault is older than when you last used it on this account"), "\(listed)")
        #expect(listed.stderr.contains("now at 1:"), "\(listed)")

        // On another account nothing is remembered: the noted fingerprint still tells.
        let elsewhere = try CLIVault(initialise: false)
        defer { elsewhere.remove() }
        try FileManager.default.copyItem(at: older, to: elsewhere.folder)
        #expect(try elsewhere.succeed(["list"]).stderr.isEmpty)
        let verified = try elsewhere.run(["verify", "--expect", String(noted)])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("ends at position 1, before the fingerprint you noted, \(noted)"), "\(verified)")

        // Nothing is written to the older copy until the melder accepts it; then it is the one remembered.
        let refused = try vault.run(["add", "--title", "Anders"])
        #expect(refused.status == 5 && refused.stderr.contains("meldboek: error: This vault is older than"), "\(refused)")
        #expect(try vault.succeed(["list"]).stderr.contains("this vault is older than"))
        let accepted = try vault.succeed(["verify", "--accept"])
        #expect(accepted.stdout.contains("From now on this vault, as it is now, is the one remembered on this account: 1:"),
                "\(accepted)")
        try vault.add("Anders")
        let after = try vault.succeed(["list"])
        #expect(after.stderr.isEmpty, "\(after)")
    }

    @Test func aCopyThatWentAnotherWayIsNoticed() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste")
        let fork = vault.path("fork")
        try FileManager.default.copyItem(at: vault.folder, to: fork)
        try vault.add("Tweede")
        // The copy gets its own second record, then is put in place of the vault.
        var other = vault.runner
        other.environment["MELDBOEK_VAULT"] = fork.path
        other.environment["HOME"] = vault.path("elsewhere").path
        #expect(try other.run(["add", "--title", "Iets anders"]).status == 0)
        try other.run(["add", "--title", "En nog iets"])
        try FileManager.default.removeItem(at: vault.folder)
        try FileManager.default.copyItem(at: fork, to: vault.folder)
        let listed = try vault.succeed(["list"])
        #expect(listed.stderr.contains("this vault went another way than when you last used it"), "\(listed)")
    }
}

extension ChainIntegrityTests {
    @Test func nothingIsSharedFromAJournalWithARecordMissing() throws {
        let people = try SharingRoundTripTests.People()
        defer { people.remove() }
        _ = try people.connect()
        let first = try #require(CLIVault.firstID(in: try people.melder.run(["add", "--title", "Eerste"]).stdout))
        try people.melder.run(["add", "--title", "Tweede"])
        try people.melder.run(["add", "--title", "Derde"])
        // The contact is record 1; the second entry, record 3, goes.
        let database = people.melderHome.appending("vault/meldboek.db")
        let deleted = try Shell.run("/usr/bin/sqlite3", [database.path, "DELETE FROM records WHERE seq = 3"])
        try #require(deleted.status == 0)
        let out = people.melderHome.appending("voor-vp.age")
        let shared = try people.melder.run(["share", "--to", "vp", first, "--yes", "--out", out.path])
        #expect(shared.status == 5, "\(shared)")
        #expect(shared.stderr.contains("1 record is missing from the journal"), "\(shared)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

extension ChainIntegrityTests {
    @Test func theUnlockAgentRemembersTheHeadWhenTheStateFolderIsRolledBackToo() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste")
        let older = vault.path("older")
        let olderState = vault.path("older-state")
        let state = vault.path(".local/state/meldboek")
        try FileManager.default.copyItem(at: vault.folder, to: older)
        try FileManager.default.copyItem(at: state, to: olderState)
        try vault.succeed(["unlock", "--for", "5m"])
        defer { _ = try? vault.run(["lock"]) }
        try vault.add("Tweede")
        // The vault and the state folder both put back as they were: only the running agent still knows.
        for (current, copy) in [(vault.folder, older), (state, olderState)] {
            try FileManager.default.removeItem(at: current)
            try FileManager.default.copyItem(at: copy, to: current)
        }
        let listed = try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": nil])
        #expect(listed.stderr.contains("this vault is older than when you last used it"), "\(listed)")
    }
}

extension ChainIntegrityTests {
    @Test func controlCharactersInTheMeldersOwnTextAndFileNamesAreShownNotObeyed() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        // A file name and a title pasted from elsewhere, with an escape sequence and a bidi override.
        let file = vault.path("foto\u{1B}[2J\u{202E}gnp.exe")
        try Data("x".utf8).write(to: file)
        let id = try vault.add("Mail van \u{1B}]0;titel\u{07}Jan", ["--attach", file.path, "--where", "kantoor\u{9B}31m"])
        for arguments in [["list"], ["search", "mail"], ["show", id], ["stats"]] {
            let result = try vault.succeed(arguments)
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{07}" },
                    "\(arguments): \(result)")
        }
        let shown = try vault.succeed(["show", id]).stdout
        #expect(shown.contains("foto<U+001B>[2J<U+202E>gnp.exe"), "\(shown)")
        #expect(shown.contains("Mail van <U+001B>]0;titel<U+0007>Jan"), "\(shown)")
    }
}

/// Row swaps that keep the number of rows right, found by an outside review: the head's row digest catches them.
extension ChainIntegrityTests {
    @Test func aDeletedEntryPutBackWithTheDeletionRecordTakenAwayIsNoticed() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Alpha")
        let bravo = try vault.add("Bravo", ["--text", "bravo tekst"])
        try vault.add("Charlie")
        let copy = vault.path("copy.db")
        try FileManager.default.copyItem(at: vault.database, to: copy)
        try vault.succeed(["delete", bravo, "--yes"])
        try vault.add("Delta")
        // Rows 1, 3, 4 (the deletion), 5: the deletion record goes, Bravo's row comes back from the copy.
        try vault.sqlite("""
            ATTACH '\(copy.path)' AS old;
            DELETE FROM records WHERE seq = 4;
            INSERT INTO records SELECT * FROM old.records WHERE seq = 2;
            """)
        for arguments in [["list"], ["search", "bravo"], ["show", bravo]] {
            let result = try vault.run(arguments)
            #expect(result.status == 5, "\(arguments): \(result)")
            #expect(result.stderr.contains("not the ones its sealed head lists"), "\(arguments): \(result)")
        }
        expectError(try vault.run(["add", "--title", "Echo"]), status: 5, mentioning: ["no longer match"])
    }

    @Test func aRowPutWhereADeletionWasWhileAnotherGoesIsNoticed() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Alpha")
        let bravo = try vault.add("Bravo")
        try vault.add("Charlie", ["--text", "charlie tekst"])
        try vault.succeed(["delete", bravo, "--yes"])
        try vault.sqlite("DELETE FROM records WHERE seq = 3; INSERT INTO records VALUES (2, randomblob(16), randomblob(1064));")
        let searched = try vault.run(["search", "charlie"])
        #expect(searched.status == 5, "\(searched)")
        #expect(searched.stderr.contains("not the ones its sealed head lists"), "\(searched)")
        expectError(try vault.run(["add", "--title", "Delta"]), status: 5, mentioning: ["no longer match"])
    }

    @Test func aRowFromACopyThatWentItsOwnWayIsNoticed() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        for title in ["Alpha", "Bravo", "Charlie"] { try vault.add(title) }
        let other = try CLIVault(initialise: false)
        defer { other.remove() }
        try FileManager.default.copyItem(at: vault.folder, to: other.folder)
        try vault.add("Echo hier")
        try vault.add("Foxtrot hier")
        try other.add("Delta in de kopie")
        try vault.sqlite("""
            ATTACH '\(other.database.path)' AS copy;
            DELETE FROM records WHERE seq = 4;
            INSERT INTO records SELECT * FROM copy.records WHERE seq = 4;
            """)
        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(listed.stderr.contains("not the ones its sealed head lists"), "\(listed)")
        expectError(try vault.run(["add", "--title", "Golf"]), status: 5, mentioning: ["no longer match"])
    }
}

extension ChainIntegrityTests {
    /// The ledger cache was written while the record was whole: only reading the entry's records tells.
    @Test func aVersionDamagedAfterTheCacheWasWrittenIsNoticedWhenTheEntryIsRead() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let alpha = try vault.add("Alpha", ["--text", "versie een"])
        try vault.succeed(["amend", alpha, "--title", "Alpha twee", "--text", "versie twee"])
        // The next write finds no cache and writes one covering both versions.
        try vault.sqlite("DELETE FROM ledgerCache")
        let bravo = try vault.add("Bravo")
        try vault.sqlite("UPDATE records SET sealed = \(Self.flipped("sealed")) WHERE seq = 2")

        let shown = try vault.run(["show", alpha])
        #expect(shown.status == 5, "\(shown)")
        #expect(shown.stderr.contains("1 record could not be read"), "\(shown)")
        let json = try vault.run(["list", "--json"])
        #expect(json.status == 5, "\(json)")
        let before = try vault.snapshot()
        expectError(try vault.run(["amend", alpha, "--text", "derde"]), status: 5, mentioning: ["same number"])
        #expect(try vault.snapshot() == before)

        // An entry whose only version no longer opens is damaged, not unknown.
        try vault.sqlite("UPDATE records SET sealed = \(Self.flipped("sealed")) WHERE seq = 3")
        expectError(try vault.run(["show", bravo]), status: 5, mentioning: ["could not be read"])
    }
}
