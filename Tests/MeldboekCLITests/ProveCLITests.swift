// Issue 13's "Done when", end to end with the built binary: a melder writes, shares with redaction, the adviser
// imports and cosigns, the receipt comes back, a later entry is anchored at a real local `openssl ts` authority, a
// fork from a restored copy is caught, and `prove` writes folders that check.py accepts and refuses once tampered.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ProveCLITests {
    typealias People = SharingRoundTripTests.People

    static func succeed(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) -> CommandResult {
        SharingRoundTripTests.expectSuccess(result, sourceLocation: sourceLocation)
    }

    /// `python3 FOLDER/check.py`, exactly as `prove` prints it, run from another working
    /// directory (the test's): stdout and stderr together.
    static func check(_ folder: URL) throws -> Shell.Result {
        try Shell.run("/usr/bin/python3", [folder.appendingPathComponent("check.py").path])
    }

    /// The lines of check.py's output that follow the line about `entry`'s revision.
    static func witnessLine(_ output: String, entry: String) -> String? {
        let lines = output.components(separatedBy: "\n")
        guard let at = lines.firstIndex(where: { $0.hasPrefix("\(entry) revision ") }), at + 1 < lines.count else { return nil }
        return lines[at + 1]
    }

    /// Rewrites one line of a file in the folder: the character at `offset` from its end (or start) flipped.
    static func flip(_ folder: URL, _ file: String, line: Int, fromEnd offset: Int) throws {
        let url = folder.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var characters = Array(lines[line])
        let at = characters.count - 1 - offset
        characters[at] = characters[at] == "A" ? "B" : "A"
        lines[line] = String(characters)
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }

    static func copy(_ folder: URL, to copy: URL) throws {
        try FileManager.default.copyItem(at: folder, to: copy)
    }

    @Test func witnessedEntriesAreProvenInAFolderAnyoneCanCheckAndEachTamperingIsRefused() throws {
        let people = try People()
        let authority = try LocalTimestampAuthority()
        defer { people.remove(); authority.remove() }
        _ = try people.connect()

        // 1. Written, shared with redaction, imported and cosigned; the receipt comes back.
        _ = Self.succeed(try people.melder.run([
            "add", "--title", "Opmerking in de kantine", "--person", "Jan Jansen:manager", "--witness", "Sara Bakker",
            "--where", "Kantine Utrecht", "--text", "Jan Jansen lachte me uit waar Sara Bakker bij was."]))
        let bundle = people.melderHome.appending("b.age")
        _ = Self.succeed(try people.melder.run([
            "share", "--to", "vp", "--all", "--redact", "people,witnesses", "--out", bundle.path, "--yes"]))
        let receipt = people.adviserHome.appending("receipt.tar")
        let imported = Self.succeed(try people.adviser.run([
            "adviser", "import", bundle.path, "--case", "M", "--receipt-out", receipt.path]))
        #expect(imported.stdout.contains("checked and cosigned"), "\(imported)")
        let revision = try #require(try WitnessRoundTripTests.revisions(people, "M")["Opmerking in de kantine"]?.first)
        #expect(revision["verified"] as? Bool == true)
        #expect(revision["committedNoLaterThan"] as? String == (try WitnessRoundTripTests.bundleTime(people, "M", 0)))
        _ = Self.succeed(try people.melder.run(["receipts", "import", receipt.path]))

        // 2. Written after the cosigned checkpoint (cosignature times are whole seconds), then anchored at the
        // local timestamp authority: the .tsq answered with openssl ts -reply and the reply imported.
        Thread.sleep(forTimeInterval: 1.1)
        _ = Self.succeed(try people.melder.run(["add", "--title", "Later gesprek", "--text", "Een week later."]))
        let anchor = people.melderHome.appending("anker")
        _ = Self.succeed(try people.melder.run(["anchor", "--out", anchor.path]))
        let request = Array(try Data(contentsOf: anchor.appendingPathComponent("checkpoint.tsq")))
        let reply = anchor.appendingPathComponent("checkpoint.tsr")
        try Data(try authority.reply(to: request)).write(to: reply)
        _ = Self.succeed(try people.melder.run(["anchor", "import", reply.path, "--ca", authority.rootPEM.path]))
        let ids = try SharingRoundTripTests.ids(people.melder)
        let first = try #require(ids["Opmerking in de kantine"]), later = try #require(ids["Later gesprek"])

        // A copy of the vault as it is now, restored later: a fork once both go on.
        let copyHome = try TemporaryFolder("melder-copy")
        defer { copyHome.remove() }
        for item in try FileManager.default.contentsOfDirectory(atPath: people.melderHome.url.path) {
            try FileManager.default.copyItem(at: people.melderHome.appending(item), to: copyHome.appending(item))
        }

        // 3. Both copies go on the same way and share: the adviser cosigns the original's checkpoint, then catches
        // the restored copy's, of the same size with another root.
        _ = Self.succeed(try people.melder.run(["add", "--title", "Alleen in het origineel", "--text", "a"]))
        let second = people.melderHome.appending("b2.age")
        _ = Self.succeed(try people.melder.run(["share", "--to", "vp", "--all", "--out", second.path, "--yes"]))
        let extended = Self.succeed(try people.adviser.run(["adviser", "import", second.path]))
        #expect(extended.stdout.contains("checked and cosigned"), "\(extended)")
        let copy = CommandRunner(home: copyHome.url)
        _ = Self.succeed(try copy.run(["add", "--title", "Alleen in de kopie", "--text", "b"]))
        let forked = copyHome.appending("fork.age")
        _ = Self.succeed(try copy.run(["share", "--to", "vp", "--all", "--out", forked.path, "--yes"]))
        let caught = Self.succeed(try people.adviser.run(["adviser", "import", forked.path]))
        #expect(caught.stderr.contains("WARNING: the melder's journal has forked"), "\(caught)")
        #expect(caught.stderr.contains("NOT cosigned"), "\(caught)")

        // 4. The evidence folder of both entries, fully disclosed.
        let work = try TemporaryFolder("prove")
        defer { work.remove() }
        let folder = work.appending("bewijs")
        let proved = Self.succeed(try people.melder.run([
            "prove", first, later, "--out", folder.path, "--ca", authority.rootPEM.path]))
        #expect(proved.stdout.contains("Evidence folder written to \(folder.path):"), "\(proved)")
        #expect(proved.stdout.contains("python3 \(folder.path)/check.py"), "\(proved)")
        #expect(proved.stdout.contains("1 cosignatures, 0 timestamp tokens"), "\(proved)")
        #expect(proved.stdout.contains("0 cosignatures, 1 timestamp tokens"), "\(proved)")
        let checked = try Self.check(folder)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("Everything checks."), "\(checked.output)")
        // Each with its earliest witness: the first by the adviser's cosignature, the later one only by the
        // timestamp of a checkpoint made after it, never by the cosigned checkpoint that came before it.
        let firstWitness = try #require(Self.witnessLine(checked.output, entry: first), "\(checked.output)")
        let laterWitness = try #require(Self.witnessLine(checked.output, entry: later), "\(checked.output)")
        #expect(firstWitness.contains("committed no later than") && firstWitness.contains("cosignature by meldboek.adviser/"),
                "\(checked.output)")
        #expect(laterWitness.contains("committed no later than") && laterWitness.contains("timestamp checkpoints/"),
                "\(checked.output)")
        func time(_ line: String) -> Substring { line.split(separator: "than ").last?.split(separator: " (").first ?? "" }
        #expect(time(firstWitness).count == 23 && time(firstWitness) < time(laterWitness), "\(checked.output)")
        let disclosed = try String(contentsOf: folder.appendingPathComponent("revisions/1.json"), encoding: .utf8)
        #expect(disclosed.contains("Jansen"), "fully disclosed by default")
        // Never over an existing folder.
        let again = try people.melder.run(["prove", first, "--out", folder.path])
        #expect(again.status != 0 && again.stderr.contains(folder.path), "\(again)")

        // 5. Each tampered copy is refused.
        let tamperings: [(String, (URL) throws -> Void)] = [
            ("value", { folder in
                let url = folder.appendingPathComponent("revisions/2.json")
                let text = try String(contentsOf: url, encoding: .utf8)
                #expect(text.contains("week"))
                try Data(text.replacingOccurrences(of: "week", with: "maand").utf8).write(to: url) }),
            ("proof hash", { try Self.flip($0, "revisions/1.tlog-proof", line: 2, fromEnd: 3) }),
            ("checkpoint signature", { folder in
                // The journal's signature line: the line after the blank one that ends the checkpoint body.
                let text = try String(contentsOf: folder.appendingPathComponent("checkpoints/1.txt"), encoding: .utf8)
                let lines = text.components(separatedBy: "\n")
                let line = try #require(lines.firstIndex { $0.hasPrefix("— meldboek.journal/") })
                try Self.flip(folder, "checkpoints/1.txt", line: line, fromEnd: 5) }),
            ("cosignature", { folder in
                let text = try String(contentsOf: folder.appendingPathComponent("checkpoints/1.txt"), encoding: .utf8)
                let lines = text.components(separatedBy: "\n")
                let line = try #require(lines.firstIndex { $0.hasPrefix("— meldboek.adviser/") })
                try Self.flip(folder, "checkpoints/1.txt", line: line, fromEnd: 9) }),
            ("timestamp token", { folder in
                let url = folder.appendingPathComponent("checkpoints/2-tsa-1.tsr")
                var bytes = Array(try Data(contentsOf: url))
                bytes[bytes.count - 10] ^= 0x01
                try Data(bytes).write(to: url) }),
        ]
        for (label, tamper) in tamperings {
            let tampered = work.appending(label.replacingOccurrences(of: " ", with: "-"))
            try Self.copy(folder, to: tampered)
            try tamper(tampered)
            let result = try Self.check(tampered)
            #expect(result.status == 1 && result.output.contains("FAILED"), "\(label): \(result.output)")
        }

        // 6. Redacted like a share: the names become pseudonyms, and the folder still checks.
        let redacted = work.appending("geredigeerd")
        _ = Self.succeed(try people.melder.run(["prove", first, "--redact", "people,witnesses", "--out", redacted.path]))
        let redactedCheck = try Self.check(redacted)
        #expect(redactedCheck.status == 0, "\(redactedCheck.output)")
        let hidden = try String(contentsOf: redacted.appendingPathComponent("revisions/1.json"), encoding: .utf8)
        #expect(!hidden.contains("Jansen") && !hidden.contains("Bakker") && hidden.contains("Person A"), "\(hidden)")

        // 7. One pseudonym of the bundle opened for a commission, against the checkpoint the adviser cosigned.
        let shares = Self.succeed(try people.melder.run(["shares", "--json"]))
        let list = try JSONSerialization.jsonObject(with: Data(shares.stdout.utf8)) as! [[String: Any]]
        let bundleId = try #require(list.first?["bundleId"] as? String)
        let revealed = work.appending("onthuld")
        let opened = Self.succeed(try people.melder.run([
            "prove", "--reveal", "Person A", "--bundle", String(bundleId.prefix(8)), "--out", revealed.path]))
        #expect(opened.stdout.contains("Person A is opened in the entries of bundle"), "\(opened)")
        let revealCheck = try Self.check(revealed)
        #expect(revealCheck.status == 0 && revealCheck.output.contains("Everything checks."), "\(revealCheck.output)")
        let revealWitness = try #require(Self.witnessLine(revealCheck.output, entry: first), "\(revealCheck.output)")
        #expect(revealWitness.contains("cosignature by meldboek.adviser/"), "\(revealCheck.output)")
        let open = try String(contentsOf: revealed.appendingPathComponent("revisions/1.json"), encoding: .utf8)
        #expect(open.contains("Jansen") && !open.contains("Bakker") && open.contains("Person B"), "\(open)")
        #expect(!open.contains("Person A"), "\(open)")
        // The checkpoint is the one the adviser cosigned: the receipt's, cosignature line and all.
        let note = try String(contentsOf: revealed.appendingPathComponent("checkpoints/1.txt"), encoding: .utf8)
        #expect(note.contains("— meldboek.adviser/"), "\(note)")
        // Only a pseudonym of that bundle, and with Dutch words too.
        let unknown = try people.melder.run([
            "prove", "--reveal", "Person Q", "--bundle", bundleId, "--out", work.appending("q").path])
        #expect(unknown.status == 64 && unknown.stderr.contains("'Person Q' is not a pseudonym of that bundle"), "\(unknown)")
        let dutch = try people.melder.run([
            "prove", "--reveal", "Person Q", "--bundle", bundleId, "--out", work.appending("q").path, "--lang", "nl"])
        #expect(dutch.stderr.contains("'Person Q' is geen pseudoniem van die bundel"), "\(dutch)")
        #expect(!FileManager.default.fileExists(atPath: work.appending("q").path))
    }

    /// `prove` hides what `share` hides: names listed on any entry of the journal and the words asked for
    /// with `--redact-word`, whether the folder is redacted anew or opens one pseudonym of a bundle.
    @Test func proofsHideTheNamesOfTheWholeJournalAndTheWordsAsked() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = Self.succeed(try people.melder.run([
            "add", "--title", "Eerste keer", "--person", "Karin Smit:colleague", "--text", "Karin keek weg."]))
        _ = Self.succeed(try people.melder.run([
            "add", "--title", "Gesprek", "--person", "Jan Jansen:manager", "--when-approx", "na het gesprek met Karin en KPN",
            "--text", "Jan Jansen riep dat Karin en KPN het wisten."]))
        let gesprek = try #require(try SharingRoundTripTests.ids(people.melder)["Gesprek"])
        let work = try TemporaryFolder("prove-names")
        defer { work.remove() }

        // Redacted anew, with a word to hide.
        let redacted = work.appending("geredigeerd")
        _ = Self.succeed(try people.melder.run([
            "prove", gesprek, "--redact", "people", "--redact-word", "KPN", "--out", redacted.path]))
        let hidden = try String(contentsOf: redacted.appendingPathComponent("revisions/1.json"), encoding: .utf8)
        #expect(!hidden.contains("Karin") && !hidden.contains("KPN") && !hidden.contains("Jansen"), "\(hidden)")
        #expect(hidden.contains("Person C"), "\(hidden)")
        let checked = try Self.check(redacted)
        #expect(checked.status == 0 && checked.output.contains("Everything checks."), "\(checked.output)")
        let both = try people.melder.run([
            "prove", "--reveal", "Person A", "--bundle", "abcdef12", "--redact-word", "KPN", "--out", work.appending("x").path])
        #expect(both.status != 0 && both.stderr.contains("--redact-word"), "\(both)")

        // Shared with the same redaction, cosigned, and one pseudonym opened: the others stay hidden, and the date
        // in words that names Karin is withheld as the bundle withheld it.
        let bundle = people.melderHome.appending("b.age")
        _ = Self.succeed(try people.melder.run([
            "share", "--to", "vp", gesprek, "--redact", "people", "--redact-word", "KPN", "--out", bundle.path, "--yes"]))
        let receipt = people.adviserHome.appending("receipt.tar")
        _ = Self.succeed(try people.adviser.run(["adviser", "import", bundle.path, "--case", "M", "--receipt-out", receipt.path]))
        _ = Self.succeed(try people.melder.run(["receipts", "import", receipt.path]))
        let shares = Self.succeed(try people.melder.run(["shares", "--json"]))
        let list = try JSONSerialization.jsonObject(with: Data(shares.stdout.utf8)) as! [[String: Any]]
        let bundleId = try #require(list.first?["bundleId"] as? String)
        let revealed = work.appending("onthuld")
        _ = Self.succeed(try people.melder.run(["prove", "--reveal", "Person A", "--bundle", bundleId, "--out", revealed.path]))
        let open = try String(contentsOf: revealed.appendingPathComponent("revisions/1.json"), encoding: .utf8)
        #expect(open.contains("Jansen"), "\(open)")
        #expect(!open.contains("Karin") && !open.contains("KPN"), "\(open)")
        let revealCheck = try Self.check(revealed)
        #expect(revealCheck.status == 0 && revealCheck.output.contains("Everything checks."), "\(revealCheck.output)")
    }

    @Test func allRevisionsAreProvenInAFreshCheckpointAndAVaultWithoutALogIsToldToUpgrade() throws {
        let vault = try Format2UpgradeTests.format2Vault()
        defer { vault.remove() }
        let id = try #require(try vault.list().first { $0["title"] as? String == "Eerste" }?["id"] as? String)
        let refused = try vault.run(["prove", id, "--out", vault.path("bewijs").path])
        #expect(refused.status != 0 && refused.stderr.contains("format 2"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: vault.path("bewijs").path))

        try vault.succeed(["upgrade"])
        try vault.succeed(["amend", id, "--title", "Eerste, aangevuld"])
        let folder = vault.path("bewijs")
        let proved = try vault.succeed(["prove", id, "--all-revisions", "--out", folder.path])
        // No checkpoint held the amended version yet: one is signed for the proof, and both versions are in it.
        #expect(proved.stdout.contains("A new checkpoint of "), "\(proved)")
        #expect(proved.stdout.contains("entry \(id), version 1: proven in the checkpoint of "), "\(proved)")
        #expect(proved.stdout.contains("entry \(id), version 2: proven in the checkpoint of "), "\(proved)")
        let checked = try Self.check(folder)
        #expect(checked.status == 0 && checked.output.contains("Everything checks."), "\(checked.output)")
        #expect(checked.output.contains("only the journal's own signature vouches for its time"), "\(checked.output)")
        // The checkpoint it made is the latest now: a second proof signs none.
        let again = try vault.succeed(["prove", id, "--out", vault.path("bewijs2").path, "--lang", "nl"])
        #expect(!again.stdout.contains("nieuw controlepunt"), "\(again)")
        #expect(again.stdout.contains("Bewijsmap geschreven naar"), "\(again)")
    }
}
