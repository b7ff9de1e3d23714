// `meldboek export`: readable JSON or Markdown for the melder's own use, written 0600, with a warning.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ExportTests {
    static func twoEntries() throws -> (vault: CLIVault, first: String, second: String) {
        let vault = try CLIVault()
        do {
            let first = try vault.add("Opmerking in de kantine", [
                "--when", "2025-03-04", "--person", "Jan:manager", "--category", "pesten", "--where", "Kantine",
                "--text", "Hij zei iets over mijn werk.", "--impact", "Ik sliep slecht",
            ])
            try vault.succeed(["amend", first, "--append", "Later hoorde ik meer."])
            let second = try vault.add("Mail van Piet", ["--when", "2025-04-01", "--category", "integrity", "--tag", "mail"])
            return (vault, first, second)
        } catch {
            vault.remove()
            throw error
        }
    }

    @Test func jsonExportIsPrivateWarnsAndHoldsEveryEntry() throws {
        let (vault, first, second) = try Self.twoEntries()
        defer { vault.remove() }
        let out = vault.path("export.json")
        let result = try vault.succeed(["export", "--format", "json", "--out", out.path])
        #expect(result.stdout == "Exported 2 entries to \(out.path).\n")
        #expect(result.stderr.contains("Warning: \(out.path) holds entries in readable form."), "\(result)")
        #expect(try fileMode(out) == 0o600)

        let document = try CLIVault.jsonObject(String(decoding: try Data(contentsOf: out), as: UTF8.self))
        #expect(document["format"] as? String == "meldboek-export")
        #expect(document["version"] as? Int == 1)
        let entries = try #require(document["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == [first, second])
        #expect(entries.first?["title"] as? String == "Opmerking in de kantine")
        #expect(entries.first?["narrative"] as? String == "Hij zei iets over mijn werk.\n\nLater hoorde ik meer.")
        #expect(entries.first?["people"] as? [[String: String]] == [["name": "Jan", "role": "manager"]])
        #expect(entries.first?["categories"] as? [String] == ["bullying"])
        #expect((entries.first?["revisions"] as? [Any])?.count == 2)
        #expect(entries.last?["tags"] as? [String] == ["mail"])
    }

    @Test func markdownExportHasTitlesLabelsAndVersions() throws {
        let (vault, first, _) = try Self.twoEntries()
        defer { vault.remove() }
        let out = vault.path("overzicht.md")
        let result = try vault.succeed(["export", "--format", "markdown", "--out", out.path])
        #expect(result.stderr.contains("Warning: "), "\(result)")
        #expect(try fileMode(out) == 0o600)
        let text = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        for line in [
            "# Meldboek: exported entries", "## Opmerking in de kantine", "## Mail van Piet",
            "- Entry: `\(first)`", "- When: 2025-03-04", "- Where: Kantine", "- People involved: Jan (manager)",
            "### What happened", "Hij zei iets over mijn werk.", "### How it affected you", "### Versions",
            "- Tags: mail",
        ] {
            #expect(text.contains(line), "missing \"\(line)\" in:\n\(text)")
        }
        #expect(text.contains("This file is not encrypted."))
        let kantine = try #require(text.range(of: "## Opmerking in de kantine"))
        let mail = try #require(text.range(of: "## Mail van Piet"))
        #expect(kantine.lowerBound < mail.lowerBound)
    }

    @Test func markdownExportSpeaksDutch() throws {
        let (vault, _, _) = try Self.twoEntries()
        defer { vault.remove() }
        let out = vault.path("overzicht.md")
        let result = try vault.succeed(["export", "--format", "markdown", "--out", out.path, "--lang", "nl"])
        #expect(result.stderr.contains("Let op: "), "\(result)")
        let text = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        #expect(text.contains("# Meldboek: geëxporteerde aantekeningen"))
        #expect(text.contains("- Betrokkenen: Jan (leidinggevende)"), "\(text)")
        #expect(text.contains("### Wat er gebeurde"))
    }

    @Test func exportTakesTheListFilters() throws {
        let (vault, _, second) = try Self.twoEntries()
        defer { vault.remove() }
        let out = vault.path("integriteit.json")
        let result = try vault.succeed(["export", "--out", out.path, "--category", "integriteit"])
        #expect(result.stdout.hasPrefix("Exported 1 entry to"))
        let document = try CLIVault.jsonObject(String(decoding: try Data(contentsOf: out), as: UTF8.self))
        #expect((document["entries"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [second])
    }

    @Test func exportNeverOverwritesAFile() throws {
        let (vault, _, _) = try Self.twoEntries()
        defer { vault.remove() }
        let out = vault.path("bestaat.json")
        try Data("van mij".utf8).write(to: out)
        let result = try vault.run(["export", "--format", "json", "--out", out.path])
        expectError(result, status: 1, mentioning: [out.path, "exists already"])
        #expect(try Data(contentsOf: out) == Data("van mij".utf8))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let (vault, _, _) = try Self.twoEntries()
        defer { vault.remove() }
        let out = vault.path("export.pdf")
        let result = try vault.run(["export", "--format", "pdf", "--out", out.path])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("pdf"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Text the melder typed that Markdown or a terminal would act on shows as typed in the export, escaped exactly as
    /// the Markdown report escapes it.
    @Test func markdownExportEscapesLikeTheReport() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let title = "<script>x</script> *bold* [link](http://x) # \u{1B}[31mred & ~~gone~~"
        let narrative = "- not a list\n1. not a list either\n===\n<b>raw</b> `code` \u{07}"
        try vault.add(title, ["--when", "2025-03-04", "--where", "_kantine_ | <i>", "--text=" + narrative])
        let export = vault.path("export.md")
        let report = vault.path("report.md")
        try vault.succeed(["export", "--format", "markdown", "--out", export.path])
        try vault.succeed(["report", "--format", "markdown", "--out", report.path])
        let exported = try String(contentsOf: export, encoding: .utf8)
        let reported = try String(contentsOf: report, encoding: .utf8)

        let escapedTitle = "\\<script\\>x\\</script\\> \\*bold\\* \\[link\\](http://x) \\# \\<U+001B\\>\\[31mred \\& \\~\\~gone\\~\\~"
        let escapedPlace = "\\_kantine\\_ \\| \\<i\\>"
        let quoted = "> \\- not a list\n> 1\\. not a list either\n> \\===\n> \\<b\\>raw\\</b\\> \\`code\\` \\<U+0007\\>\n"
        for (name, text) in [("export", exported), ("report", reported)] {
            #expect(text.contains("# " + escapedTitle + "\n"), "\(name):\n\(text)")
            #expect(text.contains(": " + escapedPlace + "\n"), "\(name):\n\(text)")
            #expect(text.contains(quoted), "\(name):\n\(text)")
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "\(name) holds a control character")
            #expect(!text.contains("<script>") && !text.contains("<b>"), "\(name)")
        }
    }
}
