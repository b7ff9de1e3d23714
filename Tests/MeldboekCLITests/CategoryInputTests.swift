// A word that names two kinds of behaviour ("intimidatie") is asked about on a terminal and refused in scripts.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct CategoryInputTests {
    @Test func inAScriptTheWordIsRefusedWithBothReadings() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let before = try vault.snapshot()
        let result = try vault.run(["add", "--title", "Dreigement", "--category", "intimidatie", "--text", "Hij dreigde."])
        expectError(result, status: 64, mentioning: [
            "\"intimidatie\" kan op meer dan één soort gedrag slaan: seksuele intimidatie of agressie en geweld.",
        ])
        #expect(result.stderr.contains(
            "meldboek: tip: Geef aan welke je bedoelt: --category sexual-harassment of --category aggression."))
        #expect(try vault.snapshot() == before, "nothing is written on a guess")
    }

    @Test func englishHarassmentIsRefusedToo() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Remarks")
        let amend = try vault.run(["amend", id, "--category", "harassment"])
        expectError(amend, status: 64, mentioning: [
            "\"harassment\" can mean more than one kind of behaviour: sexual harassment or bullying.",
        ])
        #expect(amend.stderr.contains("Say which one you mean: --category sexual-harassment or --category bullying."))
        expectError(try vault.run(["list", "--category", "harassment"]), status: 64, mentioning: ["harassment"])
    }

    @Test func onATerminalTheMelderChooses() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let session = try PseudoTerminal(runner: vault.runner, arguments: [
            "add", "--title", "Dreigement", "--category", "Intimidatie", "--category", "pesten", "--text", "Hij dreigde.",
        ])
        try session.expect("Welke soort gedrag bedoel je met \"Intimidatie\"?")
        try session.expect("1  seksuele intimidatie")
        try session.expect("2  agressie en geweld")
        try session.expect("Typ een nummer van 1 tot en met 2: ")
        session.type("9")
        try session.expect("Typ een nummer van 1 tot en met 2: ")
        session.type("2")
        #expect(try session.wait() == 0, "\(session.screen)")
        let id = try #require(CLIVault.firstID(in: session.screen))
        #expect(Set(try vault.show(id)["categories"] as? [String] ?? []) == ["aggression", "bullying"])
    }

    /// Piped input is a script even when a terminal is there: refused with the readings, not asked on the terminal,
    /// for a word of two kinds and a date of two readings alike.
    @Test func pipedInputOnATerminalIsAScript() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        var shell = vault.runner
        shell.binary = URL(fileURLWithPath: "/bin/sh")
        let meldboek = vault.runner.binary.path
        for (flag, refusal) in [("--category intimidatie", "kan op meer dan één soort gedrag slaan"),
                                ("--when 3/4/2026", "is op twee manieren te lezen")] {
            let session = try PseudoTerminal(runner: shell, arguments: [
                "-c", "echo 'Hij dreigde.' | '\(meldboek)' add --stdin --title Dreigement \(flag)",
            ])
            #expect(try session.wait() == 64, "\(session.screen)")
            #expect(session.screen.contains(refusal), "\(session.screen)")
            #expect(!session.screen.contains("Typ een nummer"), "\(session.screen)")
        }
        #expect(try vault.list().isEmpty)
    }
}
