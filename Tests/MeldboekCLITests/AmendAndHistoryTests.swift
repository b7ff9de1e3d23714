// `meldboek amend` and `meldboek tag`: every change a new revision, earlier ones kept, no change no revision.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct AmendAndHistoryTests {
    @Test func amendAddsARevisionAndHistoryShowsBoth() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Eerste versie", ["--text", "Wat ik eerst opschreef.", "--when", "2025-03-04"])
        let short = String(id.suffix(8))
        let amended = try vault.succeed(["amend", short, "--title", "Tweede versie", "--where", "Gang"])
        #expect(amended.stdout == "Entry \(short) amended: version 2.\n")

        let json = try vault.show(id)
        #expect(json["title"] as? String == "Tweede versie")
        #expect(json["location"] as? String == "Gang")
        #expect(json["narrative"] as? String == "Wat ik eerst opschreef.")
        #expect(json["revisionCount"] as? Int == 2)
        let revisions = try #require(json["revisions"] as? [[String: Any]])
        #expect(revisions.map { $0["number"] as? Int } == [1, 2])
        let fields = revisions.map { $0["fields"] as? [String: Any] ?? [:] }
        #expect(fields.map { $0["title"] as? String } == ["Eerste versie", "Tweede versie"])
        #expect(fields[0]["location"] as? String == nil)
        #expect(fields[1]["location"] as? String == "Gang")
        #expect(revisions.allSatisfy { ($0["recordedAt"] as? String).flatMap(ISO8601DateFormatter().date) != nil })

        let history = try vault.succeed(["show", id, "--history"]).stdout
        let versionLine = /== Version (\d), recorded \d{4}-\d{2}-\d{2} \d{2}:\d{2} ==/
        #expect(history.matches(of: versionLine).map { String($0.output.1) } == ["1", "2"], "\(history)")
        let first = try #require(history.range(of: "Title: Eerste versie"))
        let second = try #require(history.range(of: "Title: Tweede versie"))
        #expect(first.lowerBound < second.lowerBound)

        let current = try vault.succeed(["show", id]).stdout
        #expect(current.contains("Title: Tweede versie\n"))
        #expect(!current.contains("Eerste versie"))
        #expect(current.contains("(Versions: 2)"))
        #expect(try vault.sqlite("SELECT count(*) FROM records") == "2")
    }

    @Test func appendAddsAParagraphAndKeepsTheFirstVersion() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Gesprek", ["--text", "Hij zei dat ik overdreef."])
        try vault.succeed(["amend", id, "--append", "Later hoorde ik dat hij dit vaker doet."])
        let json = try vault.show(id)
        #expect(json["narrative"] as? String == "Hij zei dat ik overdreef.\n\nLater hoorde ik dat hij dit vaker doet.")
        let revisions = try #require(json["revisions"] as? [[String: Any]])
        #expect((revisions.first?["fields"] as? [String: Any])?["narrative"] as? String == "Hij zei dat ik overdreef.")
    }

    @Test func amendRemovesPeopleTagsWitnessesAndCategories() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Vergadering", [
            "--person", "Jan Jansen:manager", "--person", "Sara:colleague", "--witness", "Ali", "--witness", "Émile",
            "--tag", "urgent", "--tag", "later", "--category", "bullying", "--category", "discrimination",
        ])
        try vault.succeed(["amend", id, "--remove-person", "jan jansen", "--remove-tag", "URGENT",
                           "--remove-witness", "emile", "--remove-category", "pesten"])
        let json = try vault.show(id)
        #expect(json["people"] as? [[String: String]] == [["name": "Sara", "role": "colleague"]])
        #expect(json["tags"] as? [String] == ["later"])
        #expect(json["witnesses"] as? [String] == ["Ali"])
        #expect(json["categories"] as? [String] == ["discrimination"])
        #expect(json["revisionCount"] as? Int == 2)
    }

    @Test func amendChangesAPersonsRoleWithoutDuplicatingThem() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Rol", ["--person", "Jan:colleague"])
        try vault.succeed(["amend", id, "--person", "Jan:manager", "--person", "Kees:client"])
        #expect(try vault.show(id)["people"] as? [[String: String]]
                == [["name": "Jan", "role": "manager"], ["name": "Kees", "role": "client"]])
    }

    @Test func amendingWithNoChangeWritesNoRevision() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Zelfde", ["--tag", "a", "--text", "Tekst"])
        let before = try vault.sealedState()
        for arguments in [["amend", id, "--title", "Zelfde"], ["amend", id], ["amend", id, "--tag", "a", "--text", "Tekst"],
                          ["amend", id, "--remove-tag", "bestaat-niet"], ["tag", id, "a"]] {
            let result = try vault.succeed(arguments)
            #expect(result.stdout == "Nothing changed, so no new version was written.\n", "\(arguments)")
        }
        #expect(try vault.sealedState() == before)
        #expect(try vault.show(id)["revisionCount"] as? Int == 1)
    }

    @Test func tagAddsAndRemovesTagsAsRevisions() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Labels", ["--tag", "kantine"])
        let short = String(id.suffix(8))
        #expect(try vault.succeed(["tag", short, "urgent", "later"]).stdout == "Entry \(short) amended: version 2.\n")
        #expect(try vault.show(id)["tags"] as? [String] == ["kantine", "urgent", "later"])
        #expect(try vault.succeed(["tag", short, "--remove", "URGENT", "kantine"]).stdout
                == "Entry \(short) amended: version 3.\n")
        let json = try vault.show(id)
        #expect(json["tags"] as? [String] == ["later"])
        #expect(json["revisionCount"] as? Int == 3)
        #expect(try vault.titles(["--tag", "later"]) == ["Labels"])
        #expect(try vault.titles(["--tag", "urgent"]).isEmpty)
    }
}
