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
