// A card travels by mail or chat: `adviser card` prints only the card, and `contacts add` reads it as it is pasted back.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct CardPasteTests {
    @Test func adviserCardPrintsOnlyTheCardOnStandardOutput() throws {
        let desk = try AdviserDesk()
        defer { desk.remove() }
        let result = try desk.run(["adviser", "card"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("meldboek-card:1:age1"), "\(result)")
        #expect(result.stderr.hasPrefix("Fingerprint: "), "the fingerprint is for the screen, not for the file: \(result)")
    }

    @Test func aCardPastedOverLinesWithItsFingerprintIsAdded() throws {
        let vault = try CLIVault()
        let desk = try AdviserDesk()
        defer { vault.remove(); desk.remove() }
        let printed = try desk.run(["adviser", "card"])
        let card = printed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let fingerprint = printed.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        // As a mail program breaks it: at 40 characters, an indent, a trailing space, the fingerprint below.
        let cut = card.index(card.startIndex, offsetBy: 40)
        let pasted = "# from my adviser\n  \(card[..<cut]) \n   \(card[cut...])\n\n\(fingerprint)\n"
        try vault.succeed(["contacts", "add", "vp", pasted])
        let listed = try vault.succeed(["contacts", "list"]).stdout
        #expect(listed.contains("vp"), "\(listed)")
        #expect(listed.contains(String(fingerprint.dropFirst("Fingerprint: ".count))), "\(listed)")
    }

    @Test func aFingerprintThatIsNotTheCardsIsRefused() throws {
        let vault = try CLIVault(language: "nl")
        let desk = try AdviserDesk()
        let other = try AdviserDesk()
        defer { vault.remove(); desk.remove(); other.remove() }
        let card = try desk.run(["adviser", "card"]).stdout
        let otherFingerprint = try other.run(["adviser", "card"]).stderr
        let result = try vault.run(["contacts", "add", "vp", card + otherFingerprint])
        expectError(result, status: 64, mentioning: ["De vingerafdruk bij de kaart hoort niet bij deze kaart"])
        #expect(!(try vault.run(["contacts", "list"]).stdout.contains("vp")))
    }
}

@Suite struct AdviserShowOrderTests {
    @Test func adviserShowListsEntriesInTheOrderTheyHappened() throws {
        let vault = try CLIVault()
        let desk = try AdviserDesk()
        defer { vault.remove(); desk.remove() }
        try vault.succeed(["contacts", "add", "vp", try desk.run(["adviser", "card"]).stdout])
        // Written in this order; they happened the other way round, and an undated one comes last.
        try vault.add("Zonder datum")
        try vault.add("In maart", ["--when", "2026-03-10"])
        try vault.add("In januari", ["--when", "2026-01-05"])
        let bundle = vault.path("bundle.age")
        try vault.succeed(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"])
        #expect(try desk.run(["adviser", "import", bundle.path, "--case", "Melder"]).status == 0)
        let shown = try desk.run(["adviser", "show", "Melder"]).stdout
        let order = ["== In januari", "== In maart", "== Zonder datum"].map { shown.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(shown)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(shown)")
        let json = try JSONSerialization.jsonObject(with: Data(try desk.run(["adviser", "show", "Melder", "--json"]).stdout.utf8))
        let titles = ((json as? [String: Any])?["entries"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(titles == ["In januari", "In maart", "Zonder datum"], "\(String(describing: titles))")
    }
}
