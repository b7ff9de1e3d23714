// `meldboek list` with its filters and `meldboek search` over every field, ignoring case and accents.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ListAndSearchTests {
    /// Three entries, added out of order of when they happened.
    static func threeEntries() throws -> CLIVault {
        let vault = try CLIVault()
        do {
            try vault.add("Vergadering", [
                "--when", "2025-03-04T10:00", "--category", "discrimination", "--person", "Émile Dubois:colleague",
                "--witness", "Sara", "--tag", "urgent", "--where", "Zaal 3", "--text", "Hij lachte om mijn accent.",
            ])
            try vault.add("Koffie in het café", [
                "--when", "2025-01-15", "--category", "pesten", "--person", "Jan Jansen:manager", "--tag", "Kantine",
                "--action", "Melding bij de vertrouwenspersoon",
            ])
            try vault.add("Mail van een klant", [
                "--when", "2025-06-01T09:30", "--category", "aggression", "--person", "Karel:client",
                "--impact", "Ik was bang om naar buiten te gaan",
            ])
        } catch {
            vault.remove()
            throw error
        }
        return vault
    }

    @Test func listShowsEntriesOldestFirstByWhenTheyHappened() throws {
        let vault = try Self.threeEntries()
        defer { vault.remove() }
        #expect(try vault.titles() == ["Koffie in het café", "Vergadering", "Mail van een klant"])
        let text = try vault.succeed(["list"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(text)")
        #expect(lines.first?.contains("2025-01-15  Koffie in het café  [bullying]") == true, "\(text)")
        #expect(lines.dropFirst().first?.contains("2025-03-04 10:00  Vergadering") == true, "\(text)")
        for (line, entry) in zip(lines, try vault.list()) {
            let id = try #require(entry["id"] as? String)
            #expect(line.hasPrefix(String(id.suffix(8)) + "  "))
        }
    }

    @Test func anEmptyJournalListsNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        #expect(try vault.succeed(["list"]).stdout == "No entries.\n")
        #expect(try vault.list().isEmpty)
        #expect(try vault.succeed(["search", "iets"]).stdout == "No entries.\n")
    }

    static let filterCases: [(arguments: [String], titles: [String])] = [
        (["--since", "2025-03-01"], ["Vergadering", "Mail van een klant"]),
        (["--until", "2025-03-04"], ["Koffie in het café", "Vergadering"]),
        (["--since", "2025-02-01", "--until", "2025-05-31"], ["Vergadering"]),
        (["--since", "2025-03-05"], ["Mail van een klant"]),
        (["--category", "bullying"], ["Koffie in het café"]),
        (["--category", "pesten"], ["Koffie in het café"]),
        (["--category", "discrimination", "--category", "agressie"], ["Vergadering", "Mail van een klant"]),
        (["--person", "jan"], ["Koffie in het café"]),
        (["--person", "EMILE"], ["Vergadering"]),
        (["--person", "sara"], ["Vergadering"]),
        (["--person", "karel", "--person", "jan"], ["Koffie in het café", "Mail van een klant"]),
        (["--tag", "urgent"], ["Vergadering"]),
        (["--tag", "kantine"], ["Koffie in het café"]),
        (["--tag", "bestaat-niet"], []),
        (["--category", "bullying", "--tag", "urgent"], []),
        (["-n", "2"], ["Vergadering", "Mail van een klant"]),
        (["-n", "1", "--category", "bullying"], ["Koffie in het café"]),
        (["--limit", "5"], ["Koffie in het café", "Vergadering", "Mail van een klant"]),
        (["--since", "maart 2025"], ["Vergadering", "Mail van een klant"]),
    ]

    @Test func listFiltersBySinceUntilCategoryPersonTagAndCount() throws {
        let vault = try Self.threeEntries()
        defer { vault.remove() }
        for (arguments, titles) in Self.filterCases {
            #expect(try vault.titles(arguments) == titles, "list \(arguments)")
        }
    }

    @Test func listRefusesBadFilters() throws {
        let vault = try Self.threeEntries()
        defer { vault.remove() }
        expectError(try vault.run(["list", "--since", "ooit eens"]), status: 64, mentioning: ["ooit eens"])
        expectError(try vault.run(["list", "--category", "roddel"]), status: 64, mentioning: ["roddel"])
        let zero = try vault.run(["list", "-n", "0"])
        #expect(zero.status == 64, "\(zero)")
        #expect(zero.stdout.isEmpty)
    }

    @Test func searchMatchesEveryFieldIgnoringCaseAndAccents() throws {
        let vault = try Self.threeEntries()
        defer { vault.remove() }
        let cases: [(query: [String], titles: [String])] = [
            (["cafe"], ["Koffie in het café"]),
            (["CAFÉ"], ["Koffie in het café"]),
            (["cafe\u{301}"], ["Koffie in het café"]),
            (["emile"], ["Vergadering"]),
            (["dubois"], ["Vergadering"]),
            (["sara"], ["Vergadering"]),
            (["urgent"], ["Vergadering"]),
            (["kantine"], ["Koffie in het café"]),
            (["zaal"], ["Vergadering"]),
            (["accent"], ["Vergadering"]),
            (["bang"], ["Mail van een klant"]),
            (["vertrouwenspersoon"], ["Koffie in het café"]),
            (["pesten"], ["Koffie in het café"]),
            (["bullying"], ["Koffie in het café"]),
            (["discriminatie"], ["Vergadering"]),
            (["discrimination"], ["Vergadering"]),
            (["agressie"], ["Mail van een klant"]),
            (["leidinggevende"], ["Koffie in het café"]),
            (["manager"], ["Koffie in het café"]),
            (["collega"], ["Vergadering"]),
            (["vergadering", "zaal"], ["Vergadering"]),
            (["vergadering karel"], []),
            (["niets-hiervan"], []),
        ]
        for (query, titles) in cases {
            let result = try vault.succeed(["search", "--json"] + query)
            let found = try CLIVault.jsonArray(result.stdout).map { $0["title"] as? String ?? "" }
            #expect(found == titles, "search \(query)")
        }
    }

    @Test func searchPrintsLinesAndJSONWithTheListFields() throws {
        let vault = try Self.threeEntries()
        defer { vault.remove() }
        let text = try vault.succeed(["search", "Cafe"]).stdout
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.contains("Koffie in het café"))
        let json = try CLIVault.jsonArray(try vault.succeed(["search", "cafe", "--json"]).stdout)
        let entry = try #require(json.first)
        for key in ["id", "title", "occurredAt", "recordedAt", "categories", "people", "tags"] {
            #expect(entry.keys.contains(key), "search --json lacks \(key)")
        }
        #expect(entry["people"] as? [[String: String]] == [["name": "Jan Jansen", "role": "manager"]])
    }
}
