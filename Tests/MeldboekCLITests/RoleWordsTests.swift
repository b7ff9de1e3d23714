// A person's role in the melder's own words ("Karin:teamleider"): read back, shown, exported, counted, shared,
// asked about when it can mean two roles; and vaults and bundles from before it existed still read.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct RoleWordsTests {
    @Test func theWordIsReadBackShownExportedSearchedAndCountedUnderItsRole() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let added = try vault.succeed([
            "add", "--title", "Overleg", "--when", "2025-03-04", "--person", "Karin:teamleider", "--person", "Piet:conciërge",
            "--person", "Sara:collega", "--text", "Karin zei dat ik moest zwijgen."])
        #expect(added.stderr.contains("  People involved: Karin (teamleider, manager), Piet (conciërge, other), Sara (colleague)\n"),
                "\(added)")
        let id = try #require(CLIVault.firstID(in: added.stdout))

        #expect(try vault.succeed(["show", id]).stdout.contains("Karin (teamleider, manager), Piet (conciërge, other), Sara (colleague)"))
        let dutch = try vault.succeed(["show", id, "--lang", "nl"]).stdout
        #expect(dutch.contains("Karin (teamleider, leidinggevende), Piet (conciërge, anders), Sara (collega)"), "\(dutch)")
        let people = try #require(try vault.show(id)["people"] as? [[String: String]])
        #expect(people == [["name": "Karin", "role": "manager", "roleWords": "teamleider"],
                           ["name": "Piet", "role": "other", "roleWords": "conciërge"],
                           ["name": "Sara", "role": "colleague"]])

        let markdown = vault.path("export.md")
        try vault.succeed(["export", "--format", "markdown", "--out", markdown.path, "--lang", "nl"])
        #expect(try String(contentsOf: markdown, encoding: .utf8).contains("Karin (teamleider, leidinggevende)"))
        let json = vault.path("export.json")
        try vault.succeed(["export", "--format", "json", "--out", json.path])
        #expect(try String(contentsOf: json, encoding: .utf8).contains(#""roleWords" : "teamleider""#))

        #expect(try CLIVault.jsonArray(try vault.succeed(["search", "teamleider", "--json"]).stdout).count == 1)
        #expect(try CLIVault.jsonArray(try vault.succeed(["search", "concierge", "--json"]).stdout).count == 1)

        try vault.add("Weer overleg", ["--when", "2025-03-11", "--person", "karin:afdelingshoofd"])
        let stats = try vault.succeed(["stats", "--lang", "nl"]).stdout
        #expect(stats.contains("Karin (teamleider, afdelingshoofd, leidinggevende)  2"), "\(stats)")
        #expect(stats.contains("Piet (conciërge, anders)"), "\(stats)")
        let counted = try CLIVault.jsonObject(try vault.succeed(["stats", "--json"]).stdout)["people"] as? [[String: Any]]
        let karin = try #require(counted?.first { $0["name"] as? String == "Karin" })
        #expect(karin["roles"] as? [String] == ["manager"])
        #expect(karin["roleWords"] as? [String] == ["teamleider", "afdelingshoofd"])
        #expect(karin["count"] as? Int == 2)

        let report = vault.path("rapport.md")
        try vault.succeed(["report", "--format", "markdown", "--out", report.path])
        #expect(try String(contentsOf: report, encoding: .utf8).contains("| Karin | teamleider, afdelingshoofd, manager |"))

        let amended = try vault.succeed(["amend", id, "--person", "Karin:directeur", "--lang", "nl"])
        #expect(amended.stderr.contains("Begrepen als:"), "\(amended)")
        #expect(amended.stderr.contains("Karin (directeur, leidinggevende)"), "\(amended)")
        #expect(try vault.succeed(["show", id]).stdout.contains("Piet (conciërge, other), Sara (colleague), Karin (directeur, manager)"))
    }

    @Test func aWordThatCanMeanTwoRolesIsRefusedInAScriptWithTheWayToSayWhich() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let before = try vault.snapshot()
        let refused = try vault.run(["add", "--title", "Stage", "--person", "Sanne de Wit:stagiair", "--text", "x"])
        expectError(refused, status: 64, mentioning: [
            "\"stagiair\" kan op meer dan één rol ten opzichte van jou slaan: collega of ondergeschikte.",
        ])
        #expect(refused.stderr.contains("meldboek: tip: Geef aan welke je bedoelt: --person 'Sanne de Wit:stagiair:collega' "
                                        + "of --person 'Sanne de Wit:stagiair:ondergeschikte'."), "\(refused)")
        #expect(try vault.snapshot() == before, "nothing is written on a guess")

        let id = try vault.add("Stage", ["--person", "Sanne de Wit:stagiair:ondergeschikte"])
        let people = try vault.show(id)["people"] as? [[String: String]]
        #expect(people == [["name": "Sanne de Wit", "role": "report", "roleWords": "stagiair"]])

        let english = try vault.run(["amend", id, "--person", "Tom:trainee", "--lang", "en"])
        expectError(english, status: 64, mentioning: ["\"trainee\" can mean more than one role towards you: colleague or report."])
        #expect(english.stderr.contains("Say which one you mean: --person 'Tom:trainee:colleague' or --person 'Tom:trainee:report'."))
    }

    @Test func onATerminalTheMelderChoosesTheRole() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let session = try PseudoTerminal(runner: vault.runner, arguments: [
            "add", "--title", "Stage", "--person", "Sanne:stagiair", "--text", "Zij lachte mij uit.",
        ])
        try session.expect("Sanne is \"stagiair\": welke rol heeft Sanne ten opzichte van jou?")
        try session.expect("1  collega")
        try session.expect("2  ondergeschikte")
        try session.expect("Typ een nummer van 1 tot en met 2: ")
        session.type("1")
        try session.expect("Sanne (stagiair, collega)")
        #expect(try session.wait() == 0, "\(session.screen)")
        let id = try #require(CLIVault.firstID(in: session.screen))
        let people = try vault.show(id)["people"] as? [[String: String]]
        #expect(people == [["name": "Sanne", "role": "colleague", "roleWords": "stagiair"]])
    }

    @Test func theAdviserSeesTheWordsAndARedactedNameInThemIsReplaced() throws {
        for redacted in [false, true] {
            let people = try SharingRoundTripTests.People()
            defer { people.remove() }
            _ = try people.connect()
            try SharingRoundTripTests.expectSuccess(people.melder.run([
                "add", "--title", "Overleg", "--when", "2025-03-04", "--person", "Karin Smit:teamleider",
                "--person", "Joost:assistent van Karin Smit", "--text", "Joost schreeuwde."]))
            let ids = try SharingRoundTripTests.ids(people.melder)
            let bundle = people.melderHome.appending("bundle.age")
            let share = try SharingRoundTripTests.expectSuccess(people.melder.run(
                ["share", "--to", "vp", ids["Overleg"]!, "--out", bundle.path, "--yes"] + (redacted ? ["--redact", "people"] : [])))
            try SharingRoundTripTests.expectSuccess(people.adviser.run(["adviser", "import", bundle.path, "--case", "M"]))
            let shown = try SharingRoundTripTests.expectSuccess(people.adviser.run(["adviser", "show", "M"]))
            if redacted {
                for text in [share.stdout, shown.stdout] {
                    #expect(text.contains("Person A (teamleider, manager), Person B (assistent van Person A, other)"), "\(text)")
                    #expect(!text.contains("Karin"), "\(text)")
                }
            } else {
                #expect(shown.stdout.contains("Karin Smit (teamleider, manager), Joost (assistent van Karin Smit, other)"),
                        "\(shown)")
            }
        }
    }

    // MARK: From before role words

    /// Copies of the vaults and bundle in Fixtures/before-roles (scripts/dev/make-fixture-before-roles).
    struct BeforeRoles {
        let melder: CLIVault
        let adviser: CommandRunner
        let bundle: URL

        static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/before-roles")

        init() throws {
            var melder = try CLIVault(initialise: false)
            melder.runner.environment["MELDBOEK_PASSPHRASE"] = "fixture-passphrase"
            var adviser = CommandRunner(home: melder.home.url, passphrase: "fixture-adviser")
            let adviserFolder = melder.path("adviser")
            adviser.environment["MELDBOEK_ADVISER_VAULT"] = adviserFolder.path
            for (from, to) in [("melder", melder.folder), ("adviser", adviserFolder)] {
                try FileManager.default.createDirectory(at: to, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
                let database = to.appendingPathComponent("meldboek.db")
                try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("\(from)/meldboek.db"), to: database)
                chmod(database.path, 0o600)
            }
            bundle = melder.path("bundle.age")
            try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("bundle.age"), to: bundle)
            self.melder = melder
            self.adviser = adviser
        }
    }

    @Test func aVaultAndABundleFromBeforeRoleWordsReadAsTheyWere() throws {
        let old = try BeforeRoles()
        defer { old.melder.remove() }
        let verified = try old.melder.succeed(["verify"])
        #expect(verified.stdout.contains("Vault intact"), "\(verified)")
        #expect(verified.stdout.contains("Commitment log intact"), "\(verified)")
        let id = try #require(try old.melder.list().first?["id"] as? String)
        #expect(try old.melder.succeed(["show", id]).stdout.contains(
            "People involved: Jan (manager), Sara (colleague), Piet (other), Kees (manager)"))
        let people = try old.melder.show(id)["people"] as? [[String: String]]
        #expect(people?.allSatisfy { $0["roleWords"] == nil } == true, "\(String(describing: people))")

        // The bundle the older build wrote imports and shows as it was sent.
        try SharingRoundTripTests.expectSuccess(old.adviser.run(["adviser", "import", old.bundle.path, "--case", "Oud"]))
        let shown = try SharingRoundTripTests.expectSuccess(old.adviser.run(["adviser", "show", "Oud"]))
        #expect(shown.stdout.contains("Jan (manager), Sara (colleague), Piet (other), Kees (manager)"), "\(shown)")

        // The older entry gains a role in words; the journal still checks, and the adviser gets the words.
        let amended = try old.melder.succeed(["amend", id, "--person", "Karin:teamleider"])
        #expect(amended.stderr.contains("Kees (manager), Karin (teamleider, manager)"), "\(amended)")
        let again = try old.melder.succeed(["verify"])
        #expect(again.stdout.contains("Commitment log intact"), "\(again)")
        let bundle = old.melder.path("nieuw.age")
        try old.melder.succeed(["share", "--to", "vp", id, "--out", bundle.path, "--yes"])
        try SharingRoundTripTests.expectSuccess(old.adviser.run(["adviser", "import", bundle.path, "--case", "Oud"]))
        let now = try SharingRoundTripTests.expectSuccess(old.adviser.run(["adviser", "show", "Oud"]))
        #expect(now.stdout.contains("Karin (teamleider, manager)"), "\(now)")
    }
}
