// `stats`, `report` and `adviser report` with the built binary, and the HTML report rendered in headless Chromium.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ReportCommandTests {
    /// A vault with four incidents: Jan three times, one entry amended, one with an attachment.
    static func journal() throws -> CLIVault {
        let vault = try CLIVault()
        let photo = vault.path("foto.txt")
        try Data("bewijs".utf8).write(to: photo)
        try vault.add("Uitgescholden", ["--when", "2025-01-10", "--person", "Jan de Vries:manager", "--category", "bullying",
                                        "--where", "Kantine", "--text", "Jan schold me uit.", "--attach", photo.path])
        let slammed = try vault.add("Deur dichtgegooid", [
            "--when", "2025-03-12 14:00", "--person", "Jan de Vries:manager", "--person", "Sara:colleague",
            "--category", "aggression", "--category", "bullying", "--witness", "Piet", "--text", "Hij gooide de deur dicht."])
        try vault.succeed(["amend", slammed, "--append", "Iedereen zag het."])
        try vault.add("Genegeerd in het overleg", ["--when", "2025-03-20", "--person", "Jan de Vries", "--category", "pesten",
                                                   "--text", "Niemand reageerde."])
        try vault.add("Opmerking over afkomst", ["--when-approx", "voorjaar 2024", "--category", "discrimination"])
        return vault
    }

    @Test func aMonthStaysAMonthInStats() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste keer", ["--when", "september 2025", "--person", "Jan"])
        try vault.add("Tweede keer", ["--when", "2025-10-15", "--person", "Jan"])
        try vault.add("Derde keer", ["--when", "november 2025", "--person", "Jan"])
        let json = try CLIVault.jsonObject(try vault.succeed(["stats", "--json"]).stdout)
        let jan = try #require((json["people"] as? [[String: Any]])?.first)
        #expect(jan["first"] as? String == "2025-09")
        #expect(jan["last"] as? String == "2025-11")
        let latest = try #require(json["latest"] as? [String: Any])
        #expect(latest["occurredAt"] as? String == "2025-11")
        // A month names no day to count from.
        #expect(latest["daysAgo"] == nil)
        let text = try vault.succeed(["stats", "--lang", "nl"]).stdout
        #expect(text.contains("Meest recente incident: november 2025: Derde keer\n"))
        #expect(!text.contains("Langste periode"))
    }

    @Test func statsCountsPerKindMonthPersonAndPlace() throws {
        let vault = try Self.journal()
        defer { vault.remove() }
        let text = try vault.succeed(["stats"]).stdout
        #expect(text.contains("Entries: 4"))
        #expect(text.contains("Jan de Vries (manager, other) [repeated pattern]  3"))
        #expect(text.contains("Longest stretch between incidents: 61 days, from 2025-01-10 to 2025-03-12"))
        #expect(text.contains("Kantine  1"))

        let json = try CLIVault.jsonObject(try vault.succeed(["stats", "--json", "--since", "2025-03-01"]).stdout)
        #expect(json["total"] as? Int == 2)
        let months = json["months"] as? [[String: Any]] ?? []
        #expect(months.map { $0["month"] as? String } == ["2025-03"])
        let people = json["people"] as? [[String: Any]] ?? []
        #expect(people.first?["name"] as? String == "Jan de Vries")
        #expect(people.first?["count"] as? Int == 2)
        #expect(people.first?["repeatedPattern"] as? Bool == false)
        let latest = json["latest"] as? [String: Any]
        #expect(latest?["title"] as? String == "Genegeerd in het overleg")
        #expect(latest?["occurredAt"] as? String == "2025-03-20")
        #expect(latest?["occurredAtKind"] as? String == "day")

        let dutch = try vault.succeed(["stats", "--lang", "nl"]).stdout
        #expect(dutch.contains("Per soort gedrag"))
        #expect(dutch.contains("[herhaald patroon]"))
    }

    /// Keys with nothing to say are null, as the guide says, not left out: a script finds the same keys always.
    @Test func statsJSONKeepsItsKeysWithNull() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Zonder datum", ["--person", "Jan:manager", "--text", "Ergens dit jaar."])
        let json = try CLIVault.jsonObject(try vault.succeed(["stats", "--json"]).stdout)
        #expect(json["longestStretch"] is NSNull, "\(json)")
        #expect(json["latest"] is NSNull, "\(json)")
        let kind = try #require((json["categories"] as? [[String: Any]])?.first)
        #expect(kind["category"] is NSNull, "\(kind)")
        let jan = try #require((json["people"] as? [[String: Any]])?.first)
        #expect(jan["first"] is NSNull && jan["last"] is NSNull, "\(jan)")
    }

    @Test func reportIsWrittenPrivateAfterAWarningAndNeverOverAFile() throws {
        let vault = try Self.journal()
        defer { vault.remove() }
        let out = vault.path("rapport.html")
        let result = try vault.succeed(["report", "--out", out.path])
        #expect(result.stdout.contains("Wrote the report to \(out.path). Entries in it: 4."))
        #expect(result.stderr.contains("readable form"))
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(html.contains("Hij gooide de deur dicht.\n\nIedereen zag het."))
        #expect(html.contains("changed: What happened"))

        let again = try vault.run(["report", "--out", out.path])
        #expect(again.status != 0)
        #expect(try String(contentsOf: out, encoding: .utf8) == html)
        let badRedaction = try vault.run(["report", "--redact", "faces", "--out", vault.path("x.html").path])
        #expect(badRedaction.status == 64)
        #expect(badRedaction.stderr.contains("Unknown redaction 'faces'"))
    }

    @Test func reportTakesTheFiltersOfListAndRedacts() throws {
        let vault = try Self.journal()
        defer { vault.remove() }
        let out = vault.path("rapport.md")
        try vault.succeed(["report", "--format", "markdown", "--category", "aggression", "--redact", "people,witnesses,location",
                           "--out", out.path])
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.contains("Entries: 1"))
        #expect(markdown.contains("### Deur dichtgegooid"))
        #expect(!markdown.contains("Uitgescholden"))
        for name in ["Jan", "Sara", "Piet"] { #expect(!markdown.contains(name)) }
        #expect(markdown.contains("Person A"))
    }

    /// A Dutch report names what it hid in Dutch, and the Dutch help of every command with --redact lists the Dutch
    /// words it takes, as share's does.
    @Test func aDutchReportNamesItsRedactionsInDutch() throws {
        let vault = try Self.journal()
        defer { vault.remove() }
        for format in ["markdown", "html"] {
            let out = vault.path("rapport-\(format)")
            try vault.succeed(["rapport", "--lang", "nl", "--redact", "namen", "--format", format, "--out", out.path])
            let report = try String(contentsOf: out, encoding: .utf8)
            #expect(report.contains("Afgeschermd (namen worden pseudoniemen, plaatsen vallen weg): betrokkenen, getuigen"),
                    "\(report)")
            // (The HTML has a class named "people"; what the reader reads must not.)
            #expect(!report.contains("people, witnesses") && !report.contains("): people"), "\(report)")
        }
        let english = vault.path("report.md")
        try vault.succeed(["report", "--redact", "plaats,betrokkenen", "--format", "markdown", "--out", english.path])
        #expect(try String(contentsOf: english, encoding: .utf8)
                    .contains("Redacted (names become pseudonyms, places are left out): people, location"))
        for command in [["report"], ["prove"], ["adviser", "report"]] {
            let help = try vault.succeed(command + ["--help", "--lang", "nl"]).stdout
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("betrokkenen, getuigen, plaats, of namen voor beide lijsten"), "\(command): \(help)")
        }
    }

    /// A report hides the same names a share hides: those listed on any entry of the journal, and the words
    /// given with `--redact-word`, also in an entry the filters chose that lists none of them.
    @Test func reportRedactsNamesListedAnywhereInTheJournalAndTheWordsAsked() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste keer", ["--when", "2025-01-10", "--person", "Karin Smit:colleague", "--text", "Karin keek weg."])
        try vault.add("Tweede keer", ["--when", "2025-02-10", "--tag", "kantine",
                                      "--text", "Smit zei dat Bakkerij Jansen het ook had gezien."])
        let out = vault.path("rapport.md")
        try vault.succeed(["report", "--format", "markdown", "--tag", "kantine", "--redact", "people",
                           "--redact-word", "Bakkerij Jansen", "--out", out.path])
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.contains("### Tweede keer") && !markdown.contains("Eerste keer"), "\(markdown)")
        #expect(!markdown.contains("Smit") && !markdown.contains("Bakkerij"), "\(markdown)")
        #expect(markdown.contains("Person A zei dat Person B het ook had gezien."), "\(markdown)")

        let refused = try vault.run(["report", "--redact-word", " - ", "--out", vault.path("x.md").path])
        #expect(refused.status != 0 && refused.stderr.contains("'--redact-word' needs a word with a letter or digit"),
                "\(refused)")
    }

    @Test func adviserReportSaysWhichBundleBroughtEachEntryAndWhen() throws {
        let people = try SharingRoundTripTests.People()
        defer { people.remove() }
        _ = try people.connect()
        SharingRoundTripTests.expectSuccess(try people.melder.run([
            "add", "--title", "Opmerking van Jan", "--when", "2025-03-04", "--person", "Jan Jansen:manager",
            "--category", "pesten", "--text", "Jan lachte me uit."]))
        let bundle = people.melderHome.appending("voor-vp.age")
        SharingRoundTripTests.expectSuccess(try people.melder.run(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"]))
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["adviser", "import", bundle.path, "--case", "Melder 1"]))
        let shown = try JSONSerialization.jsonObject(with: Data(
            try people.adviser.run(["adviser", "show", "Melder 1", "--json"]).stdout.utf8)) as? [String: Any]
        let bundleId = try #require((shown?["bundles"] as? [[String: Any]])?.first?["bundleId"] as? String)

        let out = people.adviserHome.appending("dossier.html")
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["adviser", "report", "Melder 1", "--out", out.path]))
        let html = try String(contentsOf: out, encoding: .utf8)
        let dutch = people.adviserHome.appending("dossier-nl.md")
        SharingRoundTripTests.expectSuccess(try people.adviser.run([
            "vertrouwenspersoon", "rapport", "Melder 1", "--lang", "nl", "--redact", "namen", "--format", "markdown",
            "--out", dutch.path]))
        #expect(try String(contentsOf: dutch, encoding: .utf8)
                    .contains("Afgeschermd (namen worden pseudoniemen, plaatsen vallen weg): betrokkenen, getuigen"))
        #expect(html.contains("Case report: Melder 1"))
        #expect(html.contains("From bundle \(bundleId), received "))
        #expect(html.contains("Opmerking van Jan"))
        #expect(html.contains("Bundles received"))
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        SharingRoundTripTests.expectSuccess(try people.melder.run([
            "add", "--title", "Tweede keer", "--when", "2025-04-01", "--category", "aggression", "--text", "Weer."]))
        let second = people.melderHome.appending("tweede.age")
        SharingRoundTripTests.expectSuccess(try people.melder.run([
            "share", "--to", "vp", "--category", "aggression", "--out", second.path, "--yes"]))
        SharingRoundTripTests.expectSuccess(try people.adviser.run(["adviser", "import", second.path]))
        let filtered = people.adviserHome.appending("agressie.md")
        SharingRoundTripTests.expectSuccess(try people.adviser.run([
            "adviser", "report", "Melder 1", "--category", "aggression", "--format", "markdown", "--out", filtered.path]))
        let markdown = try String(contentsOf: filtered, encoding: .utf8)
        #expect(markdown.contains("Entries: 1"))
        #expect(markdown.contains("### Tweede keer"))
        #expect(!markdown.contains("Opmerking van Jan"))
        let bundles = try JSONSerialization.jsonObject(with: Data(
            try people.adviser.run(["adviser", "show", "Melder 1", "--json"]).stdout.utf8)) as? [String: Any]
        let ids = (bundles?["bundles"] as? [[String: Any]] ?? []).compactMap { $0["bundleId"] as? String }
        #expect(ids.count == 2)
        for id in ids { #expect(markdown.contains(id), "every bundle received is listed") }

        let missing = try people.adviser.run(["adviser", "report", "Niemand", "--out", people.adviserHome.appending("n.html").path])
        #expect(missing.status == 2)
    }
}

/// Whether to render reports in Chromium: when asked to, or when it is there.
let browserWanted = ProcessInfo.processInfo.environment["MELDBOEK_REQUIRE_BROWSER"] == "1"
    || FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")

/// The HTML report in a real browser: Chromium renders it to PNG and PDF, and
/// `scripts/check-report-render` fails on a blank page or a missing chart.
///
/// Runs when Chromium is installed; `scripts/test` installs it and sets
/// `MELDBOEK_REQUIRE_BROWSER=1`, so there a missing browser fails instead of skipping.
@Suite(.enabled(if: browserWanted)) struct ReportRenderTests {
    static let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/check-report-render").path

    /// The small journal, and eight entries long enough that the printed report runs over many pages.
    static func longJournal() throws -> CLIVault {
        let vault = try ReportCommandTests.journal()
        for number in 1...8 {
            let story = (1...(number * 3)).map { "Regel \($0): wat er die dag op het werk gebeurde." }
            try vault.add("Incident \(number)", ["--when", "2025-0\(number)-1\(number)", "--person", "Jan de Vries:manager",
                                                "--category", "bullying", "--text", story.joined(separator: "\n")])
        }
        return vault
    }

    @Test func theReportRendersWithItsChartToPNGAndPDFWithoutCuttingAnEntry() throws {
        let vault = try Self.longJournal()
        defer { vault.remove() }
        let out = vault.path("rapport.html")
        try vault.succeed(["report", "--out", out.path])
        let check = try Shell.run(Self.checker, [out.path, "--entries-whole", "--expect-text", "Genegeerd in het overleg",
                                                 "--expect-text", "Incidents per month"])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("12 entries, none cut across pages"), "\(check.output)")
    }

    @Test func theCheckFailsWhenThePrintStyleLetsEntriesBeCut() throws {
        let vault = try Self.longJournal()
        defer { vault.remove() }
        let out = vault.path("rapport.html")
        try vault.succeed(["report", "--out", out.path])
        let html = try String(contentsOf: out, encoding: .utf8)
        let rule = "break-inside: avoid; page-break-inside: avoid;"
        try #require(html.contains(rule))
        let cuttable = vault.path("cuttable.html")
        try Data(html.replacingOccurrences(of: rule, with: "").utf8).write(to: cuttable)
        let check = try Shell.run(Self.checker, [cuttable.path, "--entries-whole"])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("cut across pages"), "\(check.output)")
    }

    @Test func theCheckFailsOnABlankPageAndOnAReportWithoutItsChart() throws {
        let vault = try ReportCommandTests.journal()
        defer { vault.remove() }
        let blank = vault.path("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
        let blankCheck = try Shell.run(Self.checker, [blank.path])
        #expect(blankCheck.status == 1, "\(blankCheck.output)")
        #expect(blankCheck.output.contains("blank"))

        let out = vault.path("rapport.html")
        try vault.succeed(["report", "--out", out.path])
        let html = try String(contentsOf: out, encoding: .utf8)
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        let withoutChart = vault.path("no-chart.html")
        try Data((String(html[..<start.lowerBound]) + String(html[end.upperBound...])).utf8).write(to: withoutChart)
        let chartCheck = try Shell.run(Self.checker, [withoutChart.path])
        #expect(chartCheck.status == 1, "\(chartCheck.output)")
        #expect(chartCheck.output.contains("no time-line chart"))
    }
}
