// `meldboek add` with every field, and `meldboek show` by whole, short and partial id.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct AddAndShowTests {
    static let everyField = [
        "--when", "2025-03-04T14:00", "--where", "Kantine, tweede verdieping",
        "--person", "Jan Jansen:manager", "--person", "Piet:collega",
        "--witness", "Sara", "--witness", "Ali",
        "--category", "pesten", "--category", "aggression",
        "--tag", "urgent", "--tag", "kantine",
        "--impact", "Ik sliep er slecht van", "--action", "Gesprek met de vertrouwenspersoon",
        "--text", "Hij zei iets over mijn afkomst, waar iedereen bij was.",
    ]

    @Test func addWithEveryFieldShowsEveryFieldAsJSON() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let before = Date()
        let added = try vault.succeed(["add", "--title", "Opmerking in de kantine"] + Self.everyField)
        let id = try #require(CLIVault.firstID(in: added.stdout))
        #expect(added.stdout == "Added entry \(id).\n")

        let json = try vault.show(id)
        #expect(json["id"] as? String == id)
        #expect(json["title"] as? String == "Opmerking in de kantine")
        // 14:00 in Amsterdam on 4 March 2025 (winter time, UTC+1).
        #expect(json["occurredAt"] as? String == "2025-03-04T13:00:00Z")
        #expect(json["occurredAtKind"] as? String == "instant")
        #expect(json["location"] as? String == "Kantine, tweede verdieping")
        let people = try #require(json["people"] as? [[String: String]])
        #expect(people == [["name": "Jan Jansen", "role": "manager"], ["name": "Piet", "role": "colleague"]])
        #expect(json["witnesses"] as? [String] == ["Sara", "Ali"])
        #expect(Set(json["categories"] as? [String] ?? []) == ["bullying", "aggression"])
        #expect(Set(json["tags"] as? [String] ?? []) == ["urgent", "kantine"])
        #expect(json["impact"] as? String == "Ik sliep er slecht van")
        #expect(json["actions"] as? String == "Gesprek met de vertrouwenspersoon")
        #expect(json["narrative"] as? String == "Hij zei iets over mijn afkomst, waar iedereen bij was.")
        #expect(json["revisionCount"] as? Int == 1)
        #expect((json["attachments"] as? [Any])?.isEmpty == true)
        let revisions = try #require(json["revisions"] as? [[String: Any]])
        #expect(revisions.count == 1)
        #expect(revisions.first?["number"] as? Int == 1)

        let recordedText = try #require(json["recordedAt"] as? String)
        let recorded = try #require(ISO8601DateFormatter().date(from: recordedText))
        #expect(recorded >= before.addingTimeInterval(-2) && recorded <= Date().addingTimeInterval(2))
    }

    @Test func showAsTextLabelsEveryField() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Opmerking in de kantine", Self.everyField)
        let text = try vault.succeed(["show", id]).stdout
        #expect(text.hasPrefix("Entry \(id)\n"))
        for line in [
            "Title: Opmerking in de kantine", "When: 2025-03-04 14:00", "Where: Kantine, tweede verdieping",
            "People involved: Jan Jansen (manager), Piet (colleague)", "Witnesses: Sara, Ali",
            "What happened:", "  Hij zei iets over mijn afkomst, waar iedereen bij was.",
            "How it affected you:", "  Ik sliep er slecht van", "Actions taken:", "  Gesprek met de vertrouwenspersoon",
        ] {
            #expect(text.contains(line + "\n"), "missing \"\(line)\" in:\n\(text)")
        }
        #expect(text.contains("Kind of behaviour: "))
        #expect(text.contains("Tags: "))
        #expect(text.contains("Recorded: "))
    }

    @Test func listJSONHasTheFieldsScriptsNeed() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let full = try vault.add("Opmerking in de kantine", Self.everyField)
        let bare = try vault.add("Alleen een titel")
        let entries = try vault.list()
        #expect(Set(entries.compactMap { $0["id"] as? String }) == [full, bare])
        for entry in entries {
            for key in ["id", "title", "occurredAt", "recordedAt", "categories", "people", "tags"] {
                #expect(entry.keys.contains(key), "list --json lacks \(key): \(entry)")
            }
            #expect(entry["categories"] is [Any])
            #expect(entry["people"] is [Any])
            #expect(entry["tags"] is [Any])
            #expect(entry["recordedAt"] is String)
        }
        let plain = try #require(entries.first { $0["id"] as? String == bare })
        #expect(plain["occurredAt"] is NSNull)
        #expect((plain["categories"] as? [Any])?.isEmpty == true)
    }

    @Test func theNarrativeCanComeFromStandardInput() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let story = "Eerst zei hij niets.\nToen begon hij te schreeuwen: “Café-praat!”\n\nDaarna liep ik weg."
        let result = try vault.succeed(["add", "--title", "Uit stdin", "--stdin"], input: story + "\n")
        let id = try #require(CLIVault.firstID(in: result.stdout))
        // The line break that ends the input (echo's, an editor's) is not part of the story.
        #expect(try vault.show(id)["narrative"] as? String == story)
        // The same text again is no change: no second version.
        let again = try vault.succeed(["amend", id, "--stdin"], input: story + "\n")
        #expect(again.stdout.contains("Nothing changed, so no new version was written."), "\(again.stdout)")
        #expect(try vault.show(id)["revisionCount"] as? Int == 1)
        // Only one line break is dropped: blank lines typed at the end stay.
        try vault.succeed(["amend", id, "--stdin"], input: story + "\n\n")
        #expect(try vault.show(id)["narrative"] as? String == story + "\n")
    }

    @Test func withoutATitleTheFirstLineOfTheNarrativeIsTheTitle() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.succeed(["add", "--text", "Hij pakte mijn arm vast.\nIk schrok."])
        let id = try #require(CLIVault.firstID(in: result.stdout))
        #expect(try vault.show(id)["title"] as? String == "Hij pakte mijn arm vast.")
    }

    @Test func anEntryWithNothingToRecordIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let before = try vault.snapshot()
        expectError(try vault.run(["add", "--where", "kantine"]), status: 64, mentioning: ["Nothing to record"])
        #expect(try vault.snapshot() == before)
    }

    @Test func approximateWordsAreKeptAsWritten() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Ergens in het voorjaar", ["--when-approx", "voorjaar 2024, rond de reorganisatie"])
        let json = try vault.show(id)
        #expect(json["occurredAtKind"] as? String == "approximate")
        #expect(json["occurredAt"] as? String == "voorjaar 2024, rond de reorganisatie")
        #expect(try vault.succeed(["show", id]).stdout.contains("When: ~ voorjaar 2024, rond de reorganisatie\n"))
    }

    @Test func dutchAndEnglishNamesForCategoriesAndRoles() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let dutchCategories = ["seksuele-intimidatie", "agressie", "discriminatie", "pesten", "integriteit", "anders"]
        let id = try vault.add("Alles in het Nederlands", dutchCategories.flatMap { ["--category", $0] } + [
            "--person", "A:leidinggevende", "--person", "B:collega", "--person", "C:klant",
            "--person", "D:ondergeschikte", "--person", "E:anders", "--person", "F",
        ])
        let json = try vault.show(id)
        #expect(Set(json["categories"] as? [String] ?? [])
                == ["sexual-harassment", "aggression", "discrimination", "bullying", "integrity", "other"])
        let roles = (json["people"] as? [[String: String]] ?? []).map { $0["name"]! + ":" + $0["role"]! }
        #expect(roles == ["A:manager", "B:colleague", "C:client", "D:report", "E:other", "F:other"])

        for answer in ["not-sure", "weet-niet", "weet ik niet"] {
            let unsure = try vault.add("Weet het niet", ["--category", answer])
            #expect(try vault.show(unsure)["categories"] as? [String] == ["other"], "\(answer)")
        }
        let english = try vault.add("In English", ["--category", "Sexual-Harassment", "--category", "integrity"])
        #expect(Set(try vault.show(english)["categories"] as? [String] ?? []) == ["sexual-harassment", "integrity"])
    }

    // MARK: Ids

    @Test func showAcceptsTheShortIdAndAUniquePrefix() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("De eerste")
        let other = try vault.add("De tweede")
        let short = String(id.suffix(8))
        #expect(try vault.show(short)["id"] as? String == id)
        #expect(try vault.show(String(other.suffix(8)))["id"] as? String == other)
        // The first 16 hex digits, dash included: the time part and some random bits.
        let prefix = String(id.prefix(19))
        #expect(try vault.show(prefix)["id"] as? String == id)
        #expect(try vault.show(id.uppercased())["id"] as? String == id)
        // `list` shows the short id, and the text of `show` the whole one.
        #expect(try vault.succeed(["list"]).stdout.contains(short + "  "))
        #expect(try vault.succeed(["show", short]).stdout.hasPrefix("Entry \(id)\n"))
    }

    @Test func anAmbiguousIdIsRefusedWithOneLine() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let first = try vault.add("De eerste")
        let second = try vault.add("De tweede")
        let part = try #require(Self.sharedPart(first, second), "\(first) and \(second) share no 4 hex digits")
        let result = try vault.run(["show", part])
        expectError(result, status: 2, mentioning: ["\"\(part)\" fits 2 entries."])
        // The hint lists both, newest first, by the short id a list shows and the title, so one can be picked.
        #expect(result.stderr.contains(
            "meldboek: hint: Give one of these ids: \(second.suffix(8)) (De tweede), \(first.suffix(8)) (De eerste)."),
            "\(result)")
        let dutch = try vault.run(["show", part, "--lang", "nl"])
        #expect(dutch.stderr.contains("\"\(part)\" past bij 2 aantekeningen."), "\(dutch)")
        #expect(dutch.stderr.contains("Geef een van deze id's: \(second.suffix(8)) (De tweede), \(first.suffix(8)) (De eerste)."))
    }

    @Test func anUnknownIdIsRefusedWithOneLine() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("De enige")
        let unknown = "00000000-0000-7000-8000-000000000000"
        for command in [["show", unknown], ["amend", unknown, "--title", "x"], ["tag", unknown, "x"],
                        ["delete", unknown, "--yes"], ["show", "zzzz"], ["show", "ab"]] {
            let before = try vault.snapshot()
            expectError(try vault.run(command), status: 2, mentioning: ["No entry \(command[1])."])
            #expect(try vault.snapshot() == before, "\(command)")
        }
    }

    /// Four hex digits both ids contain (the time part of two UUIDv7s made moments apart).
    static func sharedPart(_ first: String, _ second: String) -> String? {
        let a = Array(first.replacingOccurrences(of: "-", with: ""))
        let b = second.replacingOccurrences(of: "-", with: "")
        return (0...(a.count - 4)).lazy.map { String(a[$0..<($0 + 4)]) }.first { b.contains($0) }
    }
}
