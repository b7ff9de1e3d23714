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
        #expect(!dutch.stderr.contains("medeondertekend"), "a replay says nothing new of the fork: \(dutch)")
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

/// Bundles of format 2 forged from an honest one with age, tar and minisign, as someone holding its plaintext could.
@Suite struct ForgedEvidenceTests {
    typealias People = SharingRoundTripTests.People

    struct Forgery {
        let people: People
        let attacker: Attacker
        let work: URL
        let adviserRecipient: String

        /// The honest bundle, opened with the adviser's exported identity, age and tar.
        init(people: People, bundle: URL) throws {
            self.people = people
            attacker = try Attacker()
            work = attacker.folder.appending("honest")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let identity = people.adviserHome.appending("identity.txt")
            _ = SharingRoundTripTests.expectSuccess(
                try people.adviser.run(["adviser", "export-identity", "--out", identity.path, "--yes"]))
            let plain = attacker.folder.appending("plain.tar")
            try Attacker.tool("/usr/bin/age", ["-d", "-i", identity.path, "-o", plain.path, bundle.path])
            try Attacker.tool("/usr/bin/tar", ["-x", "-C", work.path, "-f", plain.path])
            let card = try people.adviser.run(["adviser", "card", "--json"])
            let json = try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as! [String: Any]
            adviserRecipient = json["ageRecipient"] as! String
        }

        func remove() { attacker.remove() }

        /// Changes the manifest and the one entry file, signs the manifest with the attacker's minisign key as the
        /// sender, and packs and encrypts the bundle again.
        func forge(_ name: String, _ edit: (inout [String: Any], inout String) throws -> Void) throws -> URL {
            var manifest = try JSONSerialization.jsonObject(
                with: Data(contentsOf: work.appendingPathComponent("manifest.json"))) as! [String: Any]
            var items = manifest["entries"] as! [[String: Any]]
            let path = items[0]["path"] as! String
            var entry = try String(contentsOf: work.appendingPathComponent(path), encoding: .utf8)
            try edit(&manifest, &entry)
            let out = attacker.folder.appending("forged-\(name)")
            try FileManager.default.createDirectory(at: out.appendingPathComponent("entries"), withIntermediateDirectories: true)
            let entryData = Data(entry.utf8)
            try entryData.write(to: out.appendingPathComponent(path))
            items[0]["sha256"] = try Attacker.sha256(entryData)
            items[0]["size"] = entryData.count
            manifest["entries"] = items
            let bundleId = UUID().uuidString.lowercased()
            manifest["bundleId"] = bundleId
            let party: [String: String] = [
                "ageRecipient": attacker.ageRecipient, "minisignPublicKey": attacker.minisignKey,
                "fingerprint": attacker.fingerprint]
            manifest["sender"] = party
            var recipients = manifest["recipients"] as! [[String: String]]
            recipients[1] = party
            manifest["recipients"] = recipients
            let manifestFile = out.appendingPathComponent("manifest.json")
            try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: manifestFile)
            try Attacker.tool("/usr/bin/minisign", [
                "-S", "-s", attacker.folder.url.path + "/sk", "-m", manifestFile.path,
                "-t", "meldboek bundle \(bundleId) created \(manifest["createdAt"] as! String)"])
            let plain = out.appendingPathComponent("plain.tar")
            try Attacker.tool("/usr/bin/tar", [
                "--format=ustar", "--owner=0", "--group=0", "--numeric-owner", "--mode=0644", "-C", out.path,
                "-cf", plain.path, "manifest.json", "manifest.json.minisig", path])
            let file = attacker.folder.appending("\(name).age")
            try Attacker.tool("/usr/bin/age", ["-r", adviserRecipient, "-o", file.path, plain.path])
            return file
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/age")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/minisign")))
    func aTamperedDisclosureOrAnotherKeyForTheSameJournalIsRefused() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = SharingRoundTripTests.expectSuccess(try people.melder.run([
            "add", "--title", "Ruzie", "--person", "Jan Jansen:manager", "--text", "Jan Jansen schreeuwde tegen mij."]))
        let bundle = people.melderHome.appending("b.age")
        _ = SharingRoundTripTests.expectSuccess(try people.melder.run([
            "share", "--to", "vp", "--all", "--redact", "people", "--out", bundle.path, "--yes"]))
        _ = SharingRoundTripTests.expectSuccess(try people.adviser.run(["adviser", "import", bundle.path, "--case", "M"]))
        let forgery = try Forgery(people: people, bundle: bundle)
        defer { forgery.remove() }

        // Untouched but for the attacker's signature: it still proves itself (a new sender, a new case).
        let resigned = try forgery.forge("resigned") { _, _ in }
        let accepted = try people.adviser.run(["adviser", "import", resigned.path, "--case", "Vreemde"])
        #expect(accepted.status == 0, "\(accepted)")

        // The narrative changed in the shown fields and in the disclosure's token alike: the leaf no longer matches.
        let tampered = try forgery.forge("tampered") { _, entry in
            entry = entry.replacingOccurrences(of: "schreeuwde", with: "fluisterde")
        }
        let refused = try people.adviser.run(["adviser", "import", tampered.path, "--case", "Vreemd 2"])
        expectError(refused, status: 8, mentioning: ["is not in the signed checkpoint"])
        let dutch = try people.adviser.run(["adviser", "import", tampered.path, "--case", "Vreemd 2", "--lang", "nl"])
        expectError(dutch, status: 8, mentioning: ["zit niet in het ondertekende controlepunt"])

        // Only the shown text changed (keys are sorted: `fields` comes after `disclosure`): it is not what the
        // disclosure renders.
        let shownOnly = try forgery.forge("shown") { _, entry in
            let range = try #require(entry.range(of: "schreeuwde", options: .backwards))
            entry.replaceSubrange(range, with: "fluisterde")
        }
        let mismatch = try people.adviser.run(["adviser", "import", shownOnly.path, "--case", "Vreemd 3"])
        expectError(mismatch, status: 8, mentioning: ["otherwise than its disclosure"])

        // The same journal id, with a checkpoint signed by the attacker's own Ed25519 key.
        let otherKey = try forgery.forge("other-key") { manifest, _ in
            var evidence = manifest["evidence"] as! [String: Any]
            let note = evidence["checkpoint"] as! String
            let body = String(note[..<note.range(of: "\n\n")!.lowerBound]) + "\n"
            let origin = String(body.split(separator: "\n")[0])
            let (line, key) = try Self.sign(body, name: origin)
            evidence["checkpoint"] = body + "\n" + line
            evidence["checkpointKey"] = key
            evidence.removeValue(forKey: "consistency")
            manifest["evidence"] = evidence
        }
        let claimed = try people.adviser.run(["adviser", "import", otherKey.path, "--case", "Vreemd 4"])
        expectError(claimed, status: 8, mentioning: ["signed with another key than the one this vault knows"])
        let cases = SharingRoundTripTests.expectSuccess(try people.adviser.run(["adviser", "cases"]))
        #expect(cases.stdout.contains("Vreemde"), "\(cases)")
        #expect(!cases.stdout.contains("Vreemd "), "\(cases)")
    }

    /// A signed-note signature line and verifier key for `name`, with a fresh Ed25519 key, by Python's cryptography
    /// package (C2SP signed-note: key ID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[:4]).
    static func sign(_ text: String, name: String) throws -> (line: String, key: String) {
        let script = """
            import base64, hashlib, sys
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            from cryptography.hazmat.primitives import serialization
            key = Ed25519PrivateKey.generate()
            pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            name = sys.argv[1]
            kid = hashlib.sha256(name.encode() + b"\\n" + b"\\x01" + pub).digest()[:4]
            sig = key.sign(sys.argv[2].encode())
            print("\\u2014 " + name + " " + base64.b64encode(kid + sig).decode())
            print(name + "+" + kid.hex() + "+" + base64.b64encode(b"\\x01" + pub).decode())
            """
        let output = try Attacker.python(script, [name, text]).split(separator: "\n")
        return (String(output[0]) + "\n", String(output[1]))
    }
}

@Suite struct FormatOneStillWorksTests {
    /// A vault that keeps no commitment log (format 1, from Meldboek 0.1.0) shares in bundle format 1; the adviser
    /// imports it without proof and answers with a receipt of version 1, which the old vault still reads.
    @Test func aVaultWithoutALogSharesFormatOneAndGetsAVersionOneReceipt() throws {
        let vault = try UpgradeAndRekeyTests.fixtureVault()
        let desk = try AdviserDesk()
        defer { vault.remove(); desk.remove() }
        let card = try desk.run(["adviser", "card"]).stdout.split(separator: "\n")[0]
        try vault.succeed(["contacts", "add", "vp", String(card)])
        let bundle = vault.path("bundle.age")
        try vault.succeed(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"])
        // Bundles were encrypted to their melder from the first format on: the old vault reopens its own.
        let opened = try vault.succeed(["shares", "open", bundle.path, "--json"])
        #expect(opened.stdout.contains("\"formatVersion\" : 1"), "\(opened)")
        let receipt = desk.home.appending("receipt.tar")
        let imported = try desk.run(["adviser", "import", bundle.path, "--case", "Oud", "--receipt-out", receipt.path])
        #expect(imported.status == 0, "\(imported)")
        #expect(!imported.stdout.contains("cosigned") && !imported.stderr.contains("cosigned"), "\(imported)")
        let shown = try desk.run(["adviser", "show", "Oud"])
        #expect(shown.stdout.contains("not verifiable: sent without proof"), "\(shown)")
        let text = String(decoding: try Data(contentsOf: receipt), as: UTF8.self)
        #expect(text.contains("\"version\" : 1") && !text.contains("cosignature"), "\(text)")
        let back = try vault.succeed(["receipts", "import", receipt.path])
        #expect(back.stdout.contains("checked and recorded"), "\(back)")
        #expect(!back.stdout.contains("cosign"), "\(back)")
    }
}
