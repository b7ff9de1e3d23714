// The adviser as witness with the built binary: verified imports, cosignatures back in the journal, forks caught.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct WitnessRoundTripTests {
    typealias People = SharingRoundTripTests.People

    static func succeed(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) -> CommandResult {
        SharingRoundTripTests.expectSuccess(result, sourceLocation: sourceLocation)
    }

    /// Each revision of the case as `adviser show --json` gives it, by entry title.
    static func revisions(_ people: People, _ caseName: String) throws -> [String: [[String: Any]]] {
        let shown = succeed(try people.adviser.run(["adviser", "show", caseName, "--json"]))
        let json = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any]
        var out: [String: [[String: Any]]] = [:]
        for entry in json["entries"] as! [[String: Any]] {
            out[entry["title"] as! String] = entry["revisions"] as? [[String: Any]]
        }
        return out
    }

    static func bundleTime(_ people: People, _ caseName: String, _ index: Int) throws -> String {
        let shown = succeed(try people.adviser.run(["adviser", "show", caseName, "--json"]))
        let json = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any]
        return (json["bundles"] as! [[String: Any]])[index]["importedAt"] as! String
    }

    @Test func aRedactedShareIsVerifiedAndCosignedAndTheCosignatureComesBack() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = Self.succeed(try people.melder.run([
            "add", "--title", "Opmerking in de kantine", "--person", "Jan Jansen:manager", "--witness", "Sara",
            "--where", "Kantine Utrecht", "--text", "Jan Jansen lachte me uit waar Sara bij was."]))
        let bundle = people.melderHome.appending("b.age")
        _ = Self.succeed(try people.melder.run([
            "share", "--to", "vp", "--all", "--redact", "people,witnesses,location", "--out", bundle.path, "--yes"]))
        let receipt = people.adviserHome.appending("receipt.tar")
        let imported = Self.succeed(try people.adviser.run([
            "adviser", "import", bundle.path, "--case", "M", "--receipt-out", receipt.path]))
        #expect(imported.stdout.contains("checked and cosigned"), "\(imported)")

        let revision = try #require(try Self.revisions(people, "M")["Opmerking in de kantine"]?.first)
        #expect(revision["verified"] as? Bool == true)
        #expect(revision["committedNoLaterThan"] as? String == (try Self.bundleTime(people, "M", 0)))
        let fields = revision["fields"] as! [String: Any]
        #expect(fields["narrative"] as? String == "Person A lachte me uit waar Person B bij was.")
        let text = Self.succeed(try people.adviser.run(["adviser", "show", "M"]))
        #expect(text.stdout.contains("verified, committed no later than"), "\(text)")
        let dutch = Self.succeed(try people.adviser.run(["adviser", "show", "M", "--lang", "nl"]))
        #expect(dutch.stdout.contains("gecontroleerd, vastgelegd uiterlijk"), "\(dutch)")

        let before = Self.succeed(try people.melder.run(["list", "--json"]))
        #expect(!before.stdout.contains("committedNoLaterThan"), "\(before)")
        let recorded = Self.succeed(try people.melder.run(["receipts", "import", receipt.path]))
        #expect(recorded.stdout.contains("cosigned your checkpoint"), "\(recorded)")
        let after = Self.succeed(try people.melder.run(["list", "--json"]))
        #expect(after.stdout.contains("committedNoLaterThan"), "\(after)")
        #expect(after.stdout.contains("cosignature"), "\(after)")
        _ = Self.succeed(try people.melder.run(["verify"]))
    }

    @Test func anEntryWrittenAfterACosignedCheckpointIsNotDatedBeforeIt() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = Self.succeed(try people.melder.run(["add", "--title", "Eerste", "--text", "vroeg"]))
        let first = people.melderHome.appending("1.age")
        let receipt = people.adviserHome.appending("1.tar")
        _ = Self.succeed(try people.melder.run(["share", "--to", "vp", "--all", "--out", first.path, "--yes"]))
        _ = Self.succeed(try people.adviser.run([
            "adviser", "import", first.path, "--case", "M", "--receipt-out", receipt.path]))
        _ = Self.succeed(try people.melder.run(["receipts", "import", receipt.path]))
        // Cosignature times are whole seconds: let one pass so the two imports can't share one.
        Thread.sleep(forTimeInterval: 1.1)
        _ = Self.succeed(try people.melder.run(["add", "--title", "Tweede", "--text", "later"]))
        let second = people.melderHome.appending("2.age")
        _ = Self.succeed(try people.melder.run(["share", "--to", "vp", "--all", "--out", second.path, "--yes"]))
        let imported = Self.succeed(try people.adviser.run(["adviser", "import", second.path]))
        // The second checkpoint is proven to extend the first, so it is cosigned too.
        #expect(imported.stdout.contains("checked and cosigned"), "\(imported)")
        #expect(!imported.stderr.contains("cosigned"), "\(imported)")

        let revisions = try Self.revisions(people, "M")
        let firstTime = try Self.bundleTime(people, "M", 0)
        let secondTime = try Self.bundleTime(people, "M", 1)
        #expect(firstTime < secondTime)
        #expect(revisions["Eerste"]?.first?["committedNoLaterThan"] as? String == firstTime)
        // Written after the first cosigned checkpoint: only the second one vouches for it.
        #expect(revisions["Tweede"]?.first?["committedNoLaterThan"] as? String == secondTime)
    }

    @Test func aForkFromARestoredOlderCopyIsCaughtAndNotCosigned() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = Self.succeed(try people.melder.run(["add", "--title", "Gedeeld", "--text", "eerst"]))
        let first = people.melderHome.appending("1.age")
        let receipt = people.adviserHome.appending("1.tar")
        _ = Self.succeed(try people.melder.run(["share", "--to", "vp", "--all", "--out", first.path, "--yes"]))
        _ = Self.succeed(try people.adviser.run([
            "adviser", "import", first.path, "--case", "M", "--receipt-out", receipt.path]))
        _ = Self.succeed(try people.melder.run(["receipts", "import", receipt.path]))

        // A copy of the whole vault folder, as a backup restored later would be.
        let copyHome = try TemporaryFolder("melder-copy")
        defer { copyHome.remove() }
        for item in try FileManager.default.contentsOfDirectory(atPath: people.melderHome.url.path) {
            try FileManager.default.copyItem(
                at: people.melderHome.appending(item), to: copyHome.appending(item))
        }
        let copy = CommandRunner(home: copyHome.url)
        _ = Self.succeed(try people.melder.run(["add", "--title", "Alleen in het origineel", "--text", "a"]))
        _ = Self.succeed(try copy.run(["add", "--title", "Alleen in de kopie", "--text", "b"]))

        let original = people.melderHome.appending("2.age")
        _ = Self.succeed(try people.melder.run(["share", "--to", "vp", "--all", "--out", original.path, "--yes"]))
        let cosigned = Self.succeed(try people.adviser.run(["adviser", "import", original.path]))
        #expect(cosigned.stdout.contains("checked and cosigned"), "\(cosigned)")

        let forked = copyHome.appending("3.age")
        let forkReceipt = people.adviserHome.appending("3.tar")
        _ = Self.succeed(try copy.run(["share", "--to", "vp", "--all", "--out", forked.path, "--yes"]))
        let caught = Self.succeed(try people.adviser.run([
            "adviser", "import", forked.path, "--receipt-out", forkReceipt.path]))
        #expect(caught.stderr.contains("WARNING: the melder's journal has forked"), "\(caught)")
        #expect(caught.stderr.contains("NOT cosigned"), "\(caught)")
        #expect(!caught.stdout.contains("cosigned"), "\(caught)")
        // The entries still came in; the case says what happened, in both languages.
        let revisions = try Self.revisions(people, "M")
        #expect(revisions["Alleen in de kopie"] != nil)
        let text = Self.succeed(try people.adviser.run(["adviser", "show", "M"]))
        #expect(text.stdout.contains("the journal has forked"), "\(text)")
        let dutch = Self.succeed(try people.adviser.run(["adviser", "import", forked.path, "--lang", "nl"]))
        #expect(dutch.stdout.contains("was al geïmporteerd"), "\(dutch)")
        let dutchCase = Self.succeed(try people.adviser.run(["adviser", "show", "M", "--lang", "nl"]))
        #expect(dutchCase.stdout.contains("het dagboek heeft zich gesplitst"), "\(dutchCase)")
        // The copy gets a receipt without a cosignature, and is told so.
        let back = Self.succeed(try copy.run(["receipts", "import", forkReceipt.path]))
        #expect(back.stdout.contains("did not cosign"), "\(back)")
    }

    @Test func aCheckpointAloneIsWitnessedWithoutRevealingAnEntry() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = Self.succeed(try people.melder.run(["add", "--title", "Geheim gehouden", "--text", "niet voor de vp"]))
        let file = people.melderHome.appending("checkpoint.age")
        let sent = Self.succeed(try people.melder.run(["checkpoint", "--to", "vp", "--out", file.path]))
        #expect(sent.stdout.contains("reveals no entry"), "\(sent)")
        let receipt = people.adviserHome.appending("receipt.tar")
        let witnessed = Self.succeed(try people.adviser.run(["adviser", "witness", file.path, "--out", receipt.path]))
        #expect(witnessed.stdout.contains("checked and cosigned"), "\(witnessed)")
        let shown = Self.succeed(try people.adviser.run(["adviser", "cases", "--json"]))
        #expect(!shown.stdout.contains("Geheim"), "\(shown)")
        let back = Self.succeed(try people.melder.run(["receipts", "import", receipt.path]))
        #expect(back.stdout.contains("cosigned your checkpoint"), "\(back)")
        let listed = Self.succeed(try people.melder.run(["list", "--json"]))
        #expect(listed.stdout.contains("committedNoLaterThan"), "\(listed)")

        // A bundle with entries is not a checkpoint file.
        let bundle = people.melderHome.appending("b.age")
        _ = Self.succeed(try people.melder.run(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"]))
        let refused = try people.adviser.run(["adviser", "witness", bundle.path, "--out", people.adviserHome.appending("x").path])
        #expect(refused.status == 64, "\(refused)")
        #expect(refused.stderr.contains("holds entries"), "\(refused)")
    }
}
