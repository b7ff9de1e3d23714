// `--help` on every command, and Dutch or English from the locale or `--lang`, for help, output and errors.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct HelpAndLanguageTests {
    /// Every command and subcommand, with its abstract in English and Dutch.
    static let commands: [(command: [String], en: String, nl: String)] = [
        ([], "An encrypted journal for unwanted behaviour at work.", "Een versleuteld dagboek voor ongewenst gedrag op het werk."),
        (["init"], "Create a new encrypted vault.", "Maak een nieuwe versleutelde kluis."),
        (["add"], "Record a new incident.", "Leg een nieuw incident vast."),
        (["list"], "List entries, oldest first.", "Toon aantekeningen, oudste eerst."),
        (["show"], "Show one entry.", "Toon één aantekening."),
        (["amend"], "Add to or correct an entry; every earlier version is kept.",
         "Vul een aantekening aan of verbeter haar; elke eerdere versie blijft bewaard."),
        (["search"], "Search every field of every entry, ignoring case and accents.",
         "Zoek in alle velden van alle aantekeningen, ongeacht hoofdletters en accenten."),
        (["tag"], "Add or remove tags on an entry.", "Voeg labels toe aan een aantekening of haal ze weg."),
        (["attach"], "Attach files to an entry, encrypted.", "Voeg bestanden versleuteld toe aan een aantekening."),
        (["attachment"], "Work with attachments.", "Werk met bijlagen."),
        (["attachment", "save"], "Save an attachment to a file, byte for byte.", "Sla een bijlage op als bestand, byte voor byte."),
        (["delete"], "Delete an entry and all its versions for good.", "Verwijder een aantekening en al haar versies voorgoed."),
        (["passwd"], "Change the vault's passphrase.", "Wijzig de wachtzin van de kluis."),
        (["verify"], "Check every record, the hash chain and every attachment.",
         "Controleer elk record, de hashketen en elke bijlage."),
        (["export"], "Export entries in readable form (JSON or Markdown) for your own use.",
         "Exporteer aantekeningen leesbaar (JSON of Markdown) voor eigen gebruik."),
        (["identity"], "Print your public card and fingerprint, to give to an adviser.",
         "Toon je openbare kaart en vingerafdruk, om aan een vertrouwenspersoon te geven."),
        (["contacts"], "Keep the cards of advisers you may share with.",
         "Bewaar de kaarten van vertrouwenspersonen met wie je kunt delen."),
        (["contacts", "add"], "Add a contact from their card.", "Voeg een contact toe met diens kaart."),
        (["contacts", "list"], "List your contacts.", "Toon je contacten."),
        (["contacts", "remove"], "Remove a contact; earlier shares stay in the share log.",
         "Verwijder een contact; eerdere deelacties blijven in het deellogboek."),
        (["share"], "Share chosen entries with an adviser as one signed, encrypted bundle file.",
         "Deel gekozen aantekeningen met een vertrouwenspersoon als één ondertekend, versleuteld bundelbestand."),
        (["shares"], "List what you shared, with whom and when, and whether a receipt came back.",
         "Toon wat je deelde, met wie en wanneer, en of er een ontvangstbewijs terugkwam."),
        (["receipts"], "Work with receipts from advisers.", "Werk met ontvangstbewijzen van vertrouwenspersonen."),
        (["receipts", "import"], "Check an adviser's receipt and record it in the share log.",
         "Controleer een ontvangstbewijs en leg het vast in het deellogboek."),
        (["adviser"], "The confidential adviser's side: your own vault of cases.",
         "De kant van de vertrouwenspersoon: je eigen kluis met dossiers."),
        (["adviser", "init"], "Create an adviser vault with your keys.", "Maak een kluis voor vertrouwenspersonen, met je sleutels."),
        (["adviser", "card"], "Print your public card, for melders to add as a contact.",
         "Toon je openbare kaart, voor melders om als contact toe te voegen."),
        (["adviser", "export-identity"], "Write your age identity file, to open bundles with age alone.",
         "Schrijf je age-identiteitsbestand, om bundels met alleen age te openen."),
        (["adviser", "import"], "Check a bundle from a melder and store it in your vault.",
         "Controleer een bundel van een melder en bewaar die in je kluis."),
        (["adviser", "cases"], "List your cases.", "Toon je dossiers."),
        (["adviser", "show"], "Show a case: every entry, its versions and the bundle that brought each.",
         "Toon een dossier: elke aantekening, de versies en de bundel die elke versie bracht."),
        (["adviser", "note"], "Add a private note to a case; notes are never exported.",
         "Voeg een privénotitie toe aan een dossier; notities worden nooit geëxporteerd."),
        (["adviser", "report"], "Write a report of a case, saying which bundle brought each entry.",
         "Schrijf een rapport van een dossier, met de bundel waarin elke aantekening binnenkwam."),
        (["stats"], "Count entries per kind, month, person and place, and show the gaps between incidents.",
         "Tel aantekeningen per soort, maand, persoon en plaats, en toon de tijd tussen incidenten."),
        (["report"], "Write a report of entries in time order, with a time line and a table of the people involved.",
         "Schrijf een rapport van aantekeningen op volgorde van tijd, met een tijdlijn en een tabel van betrokkenen."),
        (["add"], "question by question and shows a summary before saving.",
         "vraag voor vraag naar het incident en toont een samenvatting voor het opslaan."),
        (["amend"], "walks through the entry's fields, showing what each holds now.",
         "loopt Meldboek de velden van de aantekening langs en toont wat er nu in staat."),
    ]

    /// Help text flows over lines; compare it with its white space collapsed.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func everyCommandHasEnglishHelp() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        for (command, english, _) in Self.commands {
            let result = try vault.run(command + ["--help"])
            #expect(result.status == 0, "\(command) --help: \(result)")
            #expect(result.stdout.hasPrefix("OVERVIEW: "), "\(command) --help: \(result)")
            #expect(Self.flat(result.stdout).contains(english), "\(command) --help: \(result.stdout)")
            #expect(result.stdout.contains("USAGE: meldboek"), "\(command) --help")
            #expect(!FileManager.default.fileExists(atPath: vault.folder.path), "help must not touch a vault")
        }
    }

    @Test func everyCommandHasDutchHelpWithLang() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        for (command, _, dutch) in Self.commands where !command.isEmpty {
            let result = try vault.run(command + ["--lang", "nl", "--help"])
            #expect(result.status == 0, "\(command) --lang nl --help: \(result)")
            #expect(result.stdout.hasPrefix("OVERVIEW: "), "\(command): \(result)")
            #expect(Self.flat(result.stdout).contains(dutch), "\(command) --lang nl --help: \(result.stdout)")
        }
    }

    @Test func helpFollowsTheLocale() throws {
        let vault = try CLIVault(language: "nl", initialise: false)
        defer { vault.remove() }
        let add = try vault.run(["add", "--help"])
        #expect(add.status == 0)
        #expect(Self.flat(add.stdout).contains("Leg een nieuw incident vast."))
        #expect(Self.flat(add.stdout).contains("Een korte titel."))
        let root = try vault.run(["--help"])
        #expect(Self.flat(root.stdout).contains("Een versleuteld dagboek voor ongewenst gedrag op het werk."))
        // --lang wins over the locale, LC_ALL over LANG.
        #expect(Self.flat(try vault.run(["add", "--lang", "en", "--help"]).stdout).contains("Record a new incident."))
        let overridden = try vault.run(["add", "--help"], environment: ["LC_ALL": "en_US.UTF-8"])
        #expect(Self.flat(overridden.stdout).contains("Record a new incident."))
    }

    @Test func addHelpNamesEveryFieldFlag() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let help = try vault.succeed(["add", "--help"]).stdout
        for flag in ["--title", "--when", "--when-approx", "--where", "--person", "--witness", "--category", "--tag",
                     "--impact", "--action", "--text", "--stdin", "--editor", "--attach", "--vault", "--lang"] {
            #expect(help.contains(flag + " ") || help.contains(flag + "\n"), "add --help lacks \(flag)")
        }
    }

    @Test func errorsInDutchWithLang() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Iets")
        let unknown = "00000000-0000-7000-8000-000000000000"
        let result = try vault.run(["show", unknown, "--lang", "nl"])
        expectError(result, status: 2, mentioning: ["geen aantekening \(unknown)"])
        #expect(result.stderr.contains("meldboek: hint: 'meldboek list' toont de ids"))
        expectError(try vault.run(["add", "--title", "x", "--category", "roddel", "--lang", "nl"]), status: 64,
                    mentioning: ["onbekend soort gedrag 'roddel'"])
        expectError(try vault.run(["list", "--lang", "nl"], environment: ["MELDBOEK_PASSPHRASE": "fout"]), status: 3,
                    mentioning: ["verkeerde wachtzin"])
    }

    @Test func errorsAndOutputInDutchFromTheLocale() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        #expect(vault.runner.environment["LANG"] == "nl_NL.UTF-8")
        let added = try vault.succeed(["add", "--title", "Kantine", "--person", "Jan:leidinggevende", "--category", "pesten",
                                       "--when", "2025-03-04"])
        #expect(added.stdout.hasPrefix("Aantekening "), "\(added)")
        let id = try #require(CLIVault.firstID(in: added.stdout))
        let shown = try vault.succeed(["show", id]).stdout
        #expect(shown.contains("Titel: Kantine\n"))
        #expect(shown.contains("Betrokkenen: Jan (leidinggevende)\n"))
        #expect(shown.contains("Soort gedrag: pesten\n"))
        #expect(try vault.succeed(["list"]).stdout.contains("Kantine  [pesten]"))

        let unknown = "00000000-0000-7000-8000-000000000000"
        expectError(try vault.run(["show", unknown]), status: 2, mentioning: ["geen aantekening \(unknown)"])
        expectError(try vault.run(["add", "--title", "x", "--when", "ooit"]), status: 64,
                    mentioning: ["kan de datum 'ooit' niet lezen"])
        expectError(try vault.run(["delete", id]), status: 7, mentioning: ["bevestiging nodig"])
        // And back to English with --lang.
        expectError(try vault.run(["show", unknown, "--lang", "en"]), status: 2, mentioning: ["no entry \(unknown)"])
    }

    @Test func validationErrorsInDutch() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let before = try vault.snapshot()
        expectError(try vault.run(["add", "--text", "a", "--stdin"], input: "b"), status: 64,
                    mentioning: ["geef wat er gebeurde op één manier"])
        #expect(try vault.snapshot() == before)
    }

    @Test func versionIsPrinted() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let result = try vault.succeed(["--version"])
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true, "\(result)")
    }
}
