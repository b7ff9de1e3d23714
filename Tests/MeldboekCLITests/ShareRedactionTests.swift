// What the melder sees of redaction: the kinds in their language, words that may be names, extra words to hide.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ShareRedactionTests {
    typealias People = SharingRoundTripTests.People

    static func expectSuccess(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) -> CommandResult {
        SharingRoundTripTests.expectSuccess(result, sourceLocation: sourceLocation)
    }

    /// The preview's line about words that may be names, or nil when it has none.
    static func possibleNamesLine(_ output: String) -> String? {
        output.split(separator: "\n").map(String.init).first {
            $0.contains("may be a name") || $0.contains("may be names") || $0.contains("kan een naam") || $0.contains("kunnen namen")
        }
    }

    @Test func dutchKindsAreReadAndEchoedInDutch() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        let melder = CommandRunner(home: people.melderHome.url, language: "nl")
        _ = Self.expectSuccess(try melder.run([
            "add", "--title", "Vergadering", "--person", "Jan Jansen:manager", "--witness", "Sara",
            "--where", "Kantoor Zeist", "--text", "Jan Jansen schreeuwde waar Sara bij was."]))
        let share = Self.expectSuccess(try melder.run([
            "share", "--to", "vp", "--all", "--redact", "Namen,plaats", "--out",
            people.melderHome.appending("b.age").path, "--yes"]))
        #expect(share.stdout.contains("Afgeschermd (namen worden pseudoniemen, plaatsen vallen weg): betrokkenen, getuigen, plaats"))
        #expect(share.stdout.contains("Persoon A schreeuwde waar Persoon B bij was."))
        #expect(!share.stdout.contains("Zeist"))

        let english = Self.expectSuccess(try people.melder.run([
            "share", "--to", "vp", "--all", "--redact", "getuigen", "--out",
            people.melderHome.appending("c.age").path, "--yes"]))
        #expect(english.stdout.contains("Redacted (names become pseudonyms, places are left out): witnesses\n"))
        #expect(english.stdout.contains("Jan Jansen schreeuwde waar Person A bij was."))
    }

    @Test func anUnknownKindIsRefusedNamingTheChoices() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        let melder = CommandRunner(home: people.melderHome.url, language: "nl")
        _ = Self.expectSuccess(try melder.run(["add", "--title", "Iets", "--text", "tekst"]))
        let refused = try melder.run([
            "share", "--to", "vp", "--all", "--redact", "namen,adres", "--out",
            people.melderHome.appending("b.age").path, "--yes"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("Onbekende afscherming 'adres': kies betrokkenen, getuigen, plaats of namen"))
        #expect(!FileManager.default.fileExists(atPath: people.melderHome.appending("b.age").path))
    }

    @Test func thePreviewListsCapitalisedWordsThatWereNotReplaced() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        _ = Self.expectSuccess(try people.melder.run([
            "add", "--title", "Overleg met Jan", "--person", "Jan:manager",
            "--text", "Gisteren zei Jan tegen Marco dat het Maandag klaar moest. Marco lachte. Ik zei niets."]))
        let first = Self.expectSuccess(try people.melder.run([
            "share", "--to", "vp", "--all", "--redact", "people", "--out",
            people.melderHome.appending("b.age").path, "--yes"]))
        let line = try #require(Self.possibleNamesLine(first.stdout))
        #expect(line.hasPrefix("This word with a capital may be a name and was not replaced: Marco."))
        #expect(!line.contains("Maandag") && !line.contains("Person") && !line.contains("Gisteren"))

        let second = Self.expectSuccess(try people.melder.run([
            "share", "--to", "vp", "--all", "--redact", "people", "--redact-word", "marco", "--out",
            people.melderHome.appending("c.age").path, "--yes"]))
        #expect(second.stdout.contains("Hidden as a name: the word marco"))
        #expect(second.stdout.contains("Gisteren zei Person A tegen Person B dat het Maandag klaar moest. Person B lachte."))
        #expect(Self.possibleNamesLine(second.stdout) == nil)

        let dutch = Self.expectSuccess(try CommandRunner(home: people.melderHome.url, language: "nl").run([
            "share", "--to", "vp", "--all", "--redact", "namen", "--out",
            people.melderHome.appending("d.age").path, "--yes"]))
        #expect(Self.possibleNamesLine(dutch.stdout)?.hasPrefix(
            "Dit woord met een hoofdletter kan een naam zijn en is niet vervangen: Marco.") == true)
    }

    @Test func aWordToHideNeedsALetterOrDigit() throws {
        let people = try People()
        defer { people.remove() }
        let refused = try people.melder.run([
            "share", "--to", "vp", "--all", "--redact-word", " - ", "--out", people.melderHome.appending("b.age").path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("'--redact-word' needs a word with a letter or digit"))
    }
}

@Suite struct SharesListTests {
    @Test func sharesListsTheEntriesThatWentAndTheirRedactions() throws {
        let people = try SharingRoundTripTests.People()
        defer { people.remove() }
        _ = try people.connect()
        let melder = people.melder
        _ = ShareRedactionTests.expectSuccess(try melder.run([
            "add", "--title", "Overleg met Jan", "--person", "Jan:manager", "--text", "Jan schreeuwde."]))
        _ = ShareRedactionTests.expectSuccess(try melder.run(["add", "--title", "Bij KPN", "--text", "Weer zo."]))
        let ids = try SharingRoundTripTests.ids(melder)
        let redacted = ShareRedactionTests.expectSuccess(try melder.run([
            "share", "--to", "vp", "--all", "--redact", "namen", "--redact-word", "KPN", "--out",
            people.melderHome.appending("b.age").path, "--yes"]))
        #expect(redacted.stdout.contains("Shared 2 entries with vp"))
        let plain = ShareRedactionTests.expectSuccess(try melder.run([
            "share", "--to", "vp", ids["Bij KPN"]!, "--out", people.melderHome.appending("c.age").path, "--yes"]))
        #expect(plain.stdout.contains("Shared 1 entry with vp"))

        let list = ShareRedactionTests.expectSuccess(try melder.run(["shares"])).stdout
        #expect(list.contains("  2 entries  no receipt yet\n    Redacted: people, witnesses; hidden as a name: KPN\n"))
        #expect(list.contains("    \(ids["Overleg met Jan"]!.suffix(8))  Overleg met Person A\n"))
        #expect(list.contains("    \(ids["Bij KPN"]!.suffix(8))  Bij Person B\n"))
        #expect(list.contains("  1 entry  no receipt yet\n    Not redacted\n    \(ids["Bij KPN"]!.suffix(8))  Bij KPN\n"))
        #expect(!list.contains("Overleg met Jan"))

        let dutch = ShareRedactionTests.expectSuccess(
            try CommandRunner(home: people.melderHome.url, language: "nl").run(["shares"])).stdout
        #expect(dutch.contains("  2 aantekeningen  nog geen ontvangstbewijs\n    Afgeschermd: betrokkenen, getuigen; verborgen als naam: KPN\n"))
        #expect(dutch.contains("  1 aantekening  nog geen ontvangstbewijs\n    Niet afgeschermd\n"))

        let json = ShareRedactionTests.expectSuccess(try melder.run(["shares", "--json"])).stdout
        let shares = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(shares.first?["titles"] as? [String] == ["Overleg met Person A", "Bij Person B"])
        #expect(shares.first?["words"] as? [String] == ["KPN"])
    }
}
