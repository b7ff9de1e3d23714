// `meldboek sync` end to end: two vaults in two homes, the sync folder carried between them by copying it
// (as a USB stick is), a conflict copy planted by hand, a sync killed between folder and vault, a fork, a
// deletion, and verify on both.
import Foundation
import MeldboekTestSupport
import Testing

/// Copies `source`'s contents over `destination` (made if missing) with the real cp, as someone carrying
/// a USB stick between two computers does: files there are replaced, nothing is removed.
private func carry(_ source: URL, to destination: URL) throws {
    try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
    let result = try Shell.run("/bin/cp", ["-a", source.path + "/.", destination.path])
    try #require(result.status == 0, "\(result)")
}

private func ids(_ vault: CLIVault) throws -> [String: String] {
    var found: [String: String] = [:]
    for entry in try vault.list() { found[entry["id"] as! String] = entry["title"] as? String }
    return found
}

@Suite struct SyncCLITests {
    @Test func aFolderCarriedBetweenTwoHomesKeepsBothJournalsTheSame() throws {
        let a = try CLIVault()
        defer { a.remove() }
        var b = try CLIVault(initialise: false)
        defer { b.remove() }
        b.runner.environment["MELDBOEK_VAULT"] = b.path("kluis").path
        let first = try a.add("Vergadering")
        try a.add("Kantine")
        let stickA = a.path("stick")
        let initialised = try a.succeed(["sync", "init", stickA.path, "--device-name", "laptop"])
        #expect(initialised.stdout.contains("Wrote 2 items to the sync folder."), "\(initialised)")

        let stickB = b.path("stick")
        try carry(stickA, to: stickB)
        let joined = try b.succeed(["--lang", "nl", "sync", "join", stickB.path, "--device-name", "werk"])
        #expect(joined.stdout.contains("2 onderdelen overgenomen van 'laptop' ("), "\(joined)")
        #expect(try ids(b) == ids(a))

        // Apart: a new entry on each, and the same entry amended on both.
        let onB = try b.add("Op het werk")
        try a.add("Thuis")
        try a.succeed(["amend", first, "--title", "Vergadering (laptop)"])
        try b.succeed(["amend", first, "--title", "Vergadering (werk)"])
        try b.succeed(["sync"])
        try carry(stickB, to: stickA)
        // A sync tool's conflict copy, planted by hand: left alone, said on standard error.
        let conflict = stickA.appendingPathComponent("notities.sync-conflict-20261202-120000-ABCDEFG.txt")
        try Data("x".utf8).write(to: conflict)
        let onA = try a.succeed(["sync"])
        #expect(onA.stderr.contains("ignored ") && onA.stderr.contains(conflict.lastPathComponent + ": no device"), "\(onA)")
        #expect(onA.stdout.contains("has 2 versions written apart on different devices"), "\(onA)")
        try carry(stickA, to: stickB)
        try b.succeed(["sync"])
        #expect(try ids(a) == ids(b))
        #expect(try ids(a).count == 4)
        let shown = try a.succeed(["show", first])
        #expect(shown.stdout.contains("Version 2 was written 2 times"), "\(shown)")
        #expect(try b.succeed(["show", first]).stdout.contains("Title: " + (try ids(a)[first]!)))

        // A deletion on B reaches A.
        try b.succeed(["delete", onB, "--yes"])
        try b.succeed(["sync"])
        try carry(stickB, to: stickA)
        let deleted = try a.succeed(["sync"])
        #expect(deleted.stdout.contains("Removed 1 entry deleted on another device."), "\(deleted)")
        #expect(try ids(a)[onB] == nil)
        #expect(try ids(a) == ids(b))
        for vault in [a, b] {
            let verified = try vault.succeed(["verify"])
            #expect(verified.stdout.contains("Devices in the sync folder:"), "\(verified)")
            #expect(!verified.stdout.contains("DAMAGED"), "\(verified)")
        }
        // rekey would cut this device off from the other: refused before anything is written.
        let rekey = try a.run(["rekey"])
        #expect(rekey.status == 64 && rekey.stderr.contains("joined to the sync folder"), "\(rekey)")
        // Leaving keeps every entry; the same folder can't take this vault back (its records would come twice).
        let before = try ids(a)
        let left = try a.succeed(["sync", "leave"])
        #expect(left.stdout.contains("no longer joined"), "\(left)")
        #expect(try ids(a) == before)
        #expect(try a.run(["sync"]).status == 64)
        let again = try a.run(["sync", "init", stickA.path])
        #expect(again.status == 64 && again.stderr.contains("already holds devices of this journal"), "\(again)")
        try a.succeed(["rekey"])
    }

    @Test func aSyncKilledAfterWritingTheFolderLosesNothingAndWritesNothingTwice() throws {
        let a = try CLIVault()
        defer { a.remove() }
        var b = try CLIVault(initialise: false)
        defer { b.remove() }
        b.runner.environment["MELDBOEK_VAULT"] = b.path("kluis").path
        let folder = a.path("gedeeld")
        try a.add("Een")
        try a.succeed(["sync", "init", folder.path])
        try b.succeed(["sync", "join", folder.path, "--device-name", "werk"])
        try a.add("Twee")
        try b.add("Drie")
        try b.succeed(["sync"])
        // Killed outright once the folder holds its new items and before the vault commits.
        let killed = try a.run(["sync"], environment: ["MELDBOEK_TEST_SYNC_KILL": "after-folder"])
        #expect(killed.status == 128 + 9 || killed.status == -9 || killed.status == 9, "\(killed)")
        // B takes in what the folder holds; A, at its next sync, takes its own folder as written.
        try b.succeed(["sync"])
        let again = try a.succeed(["sync"])
        #expect(!again.stdout.contains("Wrote"), "the items were written once already: \(again)")
        try b.succeed(["sync"])
        #expect(Set(try ids(a).values) == ["Een", "Twee", "Drie"])
        #expect(try ids(a) == ids(b))
        let status = try b.succeed(["sync", "status"])
        #expect(status.stdout.contains("2 items, 2 taken in here; chain intact"), "\(status)")
        try a.succeed(["verify"])
        try b.succeed(["verify"])
    }

    @Test func aSecondDeviceJoinsWithTheRecoveryCodeAndItsOwnPassphrase() throws {
        var a = try CLIVault(initialise: false)
        defer { a.remove() }
        let codeFile = a.path("code.txt")
        try a.succeed(["init", "--kdf", "test", "--recovery-code-out", codeFile.path])
        let code = try String(contentsOf: codeFile, encoding: .utf8)
        try a.add("Vergadering")
        try a.succeed(["sync", "init", a.path("map").path])
        var b = try CLIVault(initialise: false)
        defer { b.remove() }
        b.runner.environment["MELDBOEK_VAULT"] = b.path("kluis").path
        // A wrong code is refused and makes no vault.
        let wrong = try b.run(["sync", "join", a.path("map").path, "--recovery-code", "--kdf", "test"], environment: [
            "MELDBOEK_RECOVERY_CODE": "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "MELDBOEK_NEW_PASSPHRASE": "een andere wachtzin"])
        #expect(wrong.status == 3, "\(wrong)")
        #expect(!FileManager.default.fileExists(atPath: b.path("kluis").path))
        try b.succeed(["sync", "join", a.path("map").path, "--recovery-code", "--kdf", "test"], environment: [
            "MELDBOEK_RECOVERY_CODE": code, "MELDBOEK_NEW_PASSPHRASE": "een andere wachtzin"])
        // Its passphrase is its own; the journal is the same.
        let old = try b.run(["list"])
        #expect(old.status == 3, "\(old)")
        b.runner.environment["MELDBOEK_PASSPHRASE"] = "een andere wachtzin"
        #expect(try b.titles() == ["Vergadering"])
        // The code opens the second device too.
        try b.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE": code])
    }

    @Test func withAutoOnEveryWriteExchangesAndReadsDont() throws {
        let a = try CLIVault()
        defer { a.remove() }
        var b = try CLIVault(initialise: false)
        defer { b.remove() }
        b.runner.environment["MELDBOEK_VAULT"] = b.path("kluis").path
        let folder = a.path("map")
        try a.succeed(["sync", "init", folder.path, "--auto"])
        try b.succeed(["sync", "join", folder.path, "--auto"])
        let added = try b.succeed(["add", "--title", "Op het werk"])
        #expect(added.stderr.contains("meldboek: Wrote 1 item to the sync folder."), "\(added)")
        #expect(added.stdout.hasPrefix("Added entry"), "standard output stays the command's own: \(added)")
        // A read writes nothing, so it exchanges nothing.
        #expect(try a.titles().isEmpty)
        let onA = try a.succeed(["add", "--title", "Thuis"])
        #expect(onA.stderr.contains("Took in 1 item from"), "\(onA)")
        #expect(try a.titles() == ["Op het werk", "Thuis"])
        try a.succeed(["sync", "auto", "off"])
        let quiet = try a.succeed(["add", "--title", "Stil"])
        #expect(!quiet.stderr.contains("sync folder"), "\(quiet)")
        let wrong = try a.run(["sync", "auto", "misschien"])
        #expect(wrong.status == 64, "\(wrong)")
    }

    @Test func anAdvisersVaultOnTwoDevicesKeepsItsCasesInStep() throws {
        let people = try SharingRoundTripTests.People()
        defer { people.remove() }
        _ = try people.connect()
        let office = people.adviserHome.appending("kantoor-map")
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["sync", "init", "--adviser", office.path,
                                                                      "--device-name", "kantoor"]))
        var laptop = people.adviser
        laptop.environment["MELDBOEK_ADVISER_VAULT"] = people.adviserHome.appending("laptop-kluis").path
        laptop.environment["XDG_STATE_HOME"] = people.adviserHome.appending("laptop-state").path
        // A melder's journal can't be joined as an adviser's vault, nor the other way round.
        let wrongRole = try people.melder.run(["sync", "join", office.path, "--vault", people.melderHome.appending("x").path])
        #expect(wrongRole.status == 64 && wrongRole.stderr.contains("--adviser"), "\(wrongRole)")
        SharingRoundTripTests.expectSuccess(try laptop.run(["sync", "join", "--adviser", office.path,
                                                            "--device-name", "laptop"]))

        // A bundle imported at the office, a note written on the laptop.
        try people.melder.run(["add", "--title", "Opmerking", "--text", "Hij lachte me uit."])
        let id = try #require(try SharingRoundTripTests.ids(people.melder)["Opmerking"])
        let bundle = people.melderHome.appending("b.age")
        SharingRoundTripTests.expectSuccess(try people.melder.run(["share", "--to", "vp", id, "--out", bundle.path, "--yes"]))
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["adviser", "import", bundle.path, "--case", "Melder 1"]))
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["sync", "--adviser"]))
        SharingRoundTripTests.expectSuccess(try laptop.run(["sync", "--adviser"]))
        SharingRoundTripTests.expectSuccess(try laptop.run(["adviser", "note", "Melder 1", "Gesprek op dinsdag"]))
        SharingRoundTripTests.expectSuccess(try laptop.run(["sync", "--adviser"]))
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["sync", "--adviser"]))
        for device in [people.adviser, laptop] {
            let shown = SharingRoundTripTests.expectSuccess(try device.run(["adviser", "show", "Melder 1"]))
            #expect(shown.stdout.contains("Opmerking") && shown.stdout.contains("Gesprek op dinsdag"), "\(shown)")
        }
    }

    @Test func joiningNeedsAFolderWithADeviceAndAFreePlace() throws {
        let a = try CLIVault()
        defer { a.remove() }
        // The sync folder inside the vault's own folder: refused.
        let inside = try a.run(["sync", "init", a.folder.appendingPathComponent("sync").path])
        #expect(inside.status == 64 && inside.stderr.contains("lie inside one another"), "\(inside)")
        let empty = a.path("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        var b = try CLIVault(initialise: false)
        defer { b.remove() }
        b.runner.environment["MELDBOEK_VAULT"] = b.path("kluis").path
        // Joining into a vault folder inside the sync folder: refused, and no vault is left there.
        try a.succeed(["sync", "init", a.path("gedeeld").path])
        let nested = b.path("gedeeld")
        try carry(a.path("gedeeld"), to: nested)
        let insideJoin = try b.run(["sync", "join", nested.path, "--vault", nested.appendingPathComponent("kluis").path])
        #expect(insideJoin.status == 64, "\(insideJoin)")
        #expect(!FileManager.default.fileExists(atPath: nested.appendingPathComponent("kluis").path))
        let nothing = try b.run(["sync", "join", empty.path])
        #expect(nothing.status == 2 && nothing.stderr.contains("holds no device of a journal"), "\(nothing)")
        // Into the vault that is already there: refused before a passphrase is asked.
        let taken = try a.run(["sync", "join", a.path("gedeeld").path], environment: ["MELDBOEK_PASSPHRASE": nil])
        #expect(taken.status == 4 && taken.stderr.contains("already"), "\(taken)")
    }
}
