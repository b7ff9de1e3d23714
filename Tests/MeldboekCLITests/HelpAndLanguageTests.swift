// `--help` on every command, and Dutch or English from the locale or `--lang`, for help, output and errors.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct HelpAndLanguageTests {
    /// Every command and subcommand, with its abstract in English and Dutch.
    static let commands: [(command: [String], en: String, nl: String)] = [
        ([], "An encrypted journal for unwanted behaviour at work.", "Een versleuteld dagboek voor ongewenste omgangsvormen op het werk."),
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
        (["passwd"], "Change the vault's passphrase.", "Wijzig de wachtwoordzin van de kluis."),
        (["verify"], "Check every record, the hash chain and every attachment.",
         "Controleer elk record, de hashketen en elke bijlage."),
        (["export"], "Export entries in readable form (JSON or Markdown) for your own use.",
         "Exporteer aantekeningen leesbaar (JSON of Markdown) voor eigen gebruik."),
        (["identity"], "Print your fingerprint, which your adviser compares to know a bundle comes from you.",
         "Toon je vingerafdruk, waarmee je vertrouwenspersoon nagaat of een bundel van jou komt."),
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
        (["shares", "open"], "Show a bundle you shared, exactly as it went out; nothing is imported into your journal.",
         "Toon een bundel die je hebt gedeeld, precies zoals die is verstuurd; er komt niets in je dagboek bij."),
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
        (["completion"], "Print a script that completes meldboek's commands and options in bash, zsh or fish.",
         "Toon een script dat de opdrachten en opties van meldboek aanvult in bash, zsh of fish."),
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
            #expect(result.stdout.hasPrefix("OVERZICHT: "), "\(command): \(result)")
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
        #expect(Self.flat(root.stdout).contains("Een versleuteld dagboek voor ongewenste omgangsvormen op het werk."))
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
        expectError(result, status: 2, mentioning: ["Geen aantekening \(unknown)."])
        #expect(result.stderr.contains("meldboek: tip: 'meldboek list' toont de id's."))
        expectError(try vault.run(["add", "--title", "x", "--category", "roddel", "--lang", "nl"]), status: 64,
                    mentioning: ["Onbekend soort gedrag 'roddel'."])
        expectError(try vault.run(["list", "--lang", "nl"], environment: ["MELDBOEK_PASSPHRASE": "fout"]), status: 3,
                    mentioning: ["Verkeerde wachtwoordzin."])
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
        expectError(try vault.run(["show", unknown]), status: 2, mentioning: ["Geen aantekening \(unknown)."])
        expectError(try vault.run(["add", "--title", "x", "--when", "ooit"]), status: 64,
                    mentioning: ["Kan de datum 'ooit' niet lezen."])
        expectError(try vault.run(["delete", id]), status: 7, mentioning: ["geen terminal"])
        // And back to English with --lang.
        expectError(try vault.run(["show", unknown, "--lang", "en"]), status: 2, mentioning: ["No entry \(unknown)."])
    }

    @Test func validationErrorsInDutch() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let before = try vault.snapshot()
        expectError(try vault.run(["add", "--text", "a", "--stdin"], input: "b"), status: 64,
                    mentioning: ["Geef wat er gebeurde op één manier"])
        #expect(try vault.snapshot() == before)
    }

    /// What a command-line mistake puts on standard error: the error line and its hint.
    static func said(_ message: String, hint: String) -> String {
        "meldboek: error: \(message)\nmeldboek: hint: \(hint)\n"
    }

    /// The same in Dutch, whose lines start with "meldboek: fout:" and "meldboek: tip:".
    static func gezegd(_ message: String, hint: String) -> String {
        "meldboek: fout: \(message)\nmeldboek: tip: \(hint)\n"
    }

    @Test func aMistypedCommandGetsTheNearestOne() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let cases: [(arguments: [String], en: String, nl: String)] = [
            (["lsit"], Self.said("Unknown command 'lsit'.", hint: "Did you mean 'list'?"),
             Self.gezegd("Onbekende opdracht 'lsit'.", hint: "Bedoelde je 'list'?")),
            // An option after it doesn't hide the command that was meant.
            (["serach", "--json", "kantine"], Self.said("Unknown command 'serach'.", hint: "Did you mean 'search'?"),
             Self.gezegd("Onbekende opdracht 'serach'.", hint: "Bedoelde je 'search'?")),
            // Dutch names are suggested as well as English ones.
            (["lijts"], Self.said("Unknown command 'lijts'.", hint: "Did you mean 'lijst'?"),
             Self.gezegd("Onbekende opdracht 'lijts'.", hint: "Bedoelde je 'lijst'?")),
            // Inside a group, its own commands.
            (["adviser", "improt", "bundel.age"],
             Self.said("Unknown command 'improt'.", hint: "Did you mean 'adviser import'?"),
             Self.gezegd("Onbekende opdracht 'improt'.", hint: "Bedoelde je 'adviser import'?")),
            (["contacten", "lijts"], Self.said("Unknown command 'lijts'.", hint: "Did you mean 'contacten lijst'?"),
             Self.gezegd("Onbekende opdracht 'lijts'.", hint: "Bedoelde je 'contacten lijst'?")),
            // After `help` (or `hulp`) too, instead of the top help.
            (["help", "lsit"], Self.said("Unknown command 'lsit'.", hint: "Did you mean 'list'?"),
             Self.gezegd("Onbekende opdracht 'lsit'.", hint: "Bedoelde je 'list'?")),
            (["hulp", "adviser", "improt"], Self.said("Unknown command 'improt'.", hint: "Did you mean 'adviser import'?"),
             Self.gezegd("Onbekende opdracht 'improt'.", hint: "Bedoelde je 'adviser import'?")),
            // Nothing near: where the commands are listed.
            (["xyzzy"], Self.said("Unknown command 'xyzzy'.", hint: "'meldboek --help' lists the commands."),
             Self.gezegd("Onbekende opdracht 'xyzzy'.", hint: "'meldboek --help' toont de opdrachten.")),
            (["receipts", "xyzzy"], Self.said("Unknown command 'xyzzy'.", hint: "'meldboek receipts --help' lists the commands."),
             Self.gezegd("Onbekende opdracht 'xyzzy'.", hint: "'meldboek receipts --help' toont de opdrachten.")),
        ]
        for (arguments, english, dutch) in cases {
            let inEnglish = try vault.run(arguments)
            #expect(inEnglish.status == 64 && inEnglish.stderr == english && inEnglish.stdout.isEmpty, "\(arguments): \(inEnglish)")
            let inDutch = try vault.run(arguments + ["--lang", "nl"])
            #expect(inDutch.status == 64 && inDutch.stderr == dutch && inDutch.stdout.isEmpty, "\(arguments): \(inDutch)")
            let fromTheLocale = try vault.run(arguments, environment: ["LANG": "nl_NL.UTF-8"])
            #expect(fromTheLocale.stderr == dutch, "\(arguments): \(fromTheLocale)")
        }
        #expect(!FileManager.default.fileExists(atPath: vault.folder.path), "a mistake must not touch a vault")
    }

    /// Every Dutch name reaches the command it stands for: its help is that command's help.
    static let dutchNames: [(dutch: [String], english: [String])] = [
        (["toevoegen"], ["add"]), (["lijst"], ["list"]), (["toon"], ["show"]), (["aanvullen"], ["amend"]),
        (["zoek"], ["search"]), (["label"], ["tag"]), (["bijvoegen"], ["attach"]), (["bijlage", "bewaar"], ["attachment", "save"]),
        (["verwijder"], ["delete"]), (["wachtwoordzin"], ["passwd"]), (["controleer"], ["verify"]), (["exporteer"], ["export"]),
        (["statistiek"], ["stats"]), (["rapport"], ["report"]), (["identiteit"], ["identity"]),
        (["contacten", "toevoegen"], ["contacts", "add"]), (["contacten", "lijst"], ["contacts", "list"]),
        (["contacten", "verwijder"], ["contacts", "remove"]), (["deel"], ["share"]), (["gedeeld"], ["shares"]),
        (["gedeeld", "openen"], ["shares", "open"]),
        (["ontvangstbewijzen", "importeer"], ["receipts", "import"]), (["ontgrendel"], ["unlock"]), (["vergrendel"], ["lock"]),
        (["vertrouwenspersoon", "kaart"], ["adviser", "card"]), (["vertrouwenspersoon", "importeer"], ["adviser", "import"]),
        (["vertrouwenspersoon", "dossiers"], ["adviser", "cases"]), (["vertrouwenspersoon", "toon"], ["adviser", "show"]),
        (["vertrouwenspersoon", "notitie"], ["adviser", "note"]), (["vertrouwenspersoon", "rapport"], ["adviser", "report"]),
    ]

    @Test func everyDutchNameIsItsCommand() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        for (dutch, english) in Self.dutchNames {
            let byDutchName = try vault.run(dutch + ["--help", "--lang", "nl"])
            let byEnglishName = try vault.run(english + ["--help", "--lang", "nl"])
            #expect(byDutchName.status == 0, "\(dutch): \(byDutchName)")
            let overview = { (help: String) in help.split(separator: "\n").first.map(String.init) ?? "" }
            #expect(overview(byDutchName.stdout) == overview(byEnglishName.stdout) && !overview(byDutchName.stdout).isEmpty,
                    "\(dutch) is not \(english): \(byDutchName.stdout)")
        }
        // `hulp` is `help`.
        let viaHulp = try vault.succeed(["hulp", "contacten", "lijst", "--lang", "nl"]).stdout
        #expect(viaHulp == (try vault.succeed(["contacts", "list", "--help", "--lang", "nl"]).stdout), "\(viaHulp)")
        #expect(viaHulp.hasPrefix("OVERZICHT: Toon je contacten."), "\(viaHulp)")
        // The root help lists each command with its Dutch name.
        let root = try vault.succeed(["--help", "--lang", "nl"]).stdout
        for name in ["add, toevoegen", "list, lijst", "show, toon", "amend, aanvullen", "search, zoek", "share, deel",
                     "report, rapport", "delete, verwijder", "verify, controleer", "stats, statistiek"] {
            #expect(root.contains("  \(name) "), "root help lacks \(name): \(root)")
        }
    }

    @Test func dutchNamesRunTheirCommands() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let added = try vault.succeed(["toevoegen", "--title", "Kantine", "--category", "pesten"])
        #expect(added.stdout.hasPrefix("Aantekening "), "\(added)")
        let id = try #require(CLIVault.firstID(in: added.stdout))
        #expect(try vault.succeed(["lijst"]).stdout.contains("Kantine  [pesten]"))
        #expect(try vault.succeed(["zoek", "kantine"]).stdout.contains("Kantine"))
        #expect(try vault.succeed(["toon", id]).stdout.contains("Titel: Kantine\n"))
        try vault.succeed(["aanvullen", id, "--title", "Kantine, dinsdag"])
        #expect(try vault.titles() == ["Kantine, dinsdag"])
        try vault.succeed(["controleer"])
        try vault.succeed(["verwijder", id, "--yes"])
        #expect(try vault.titles().isEmpty)
    }

    @Test func theParsersMistakesInBothLanguages() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        func help(_ command: String) -> (en: String, nl: String) {
            ("'meldboek help \(command)' shows what '\(command)' takes.", "'meldboek help \(command)' toont wat '\(command)' verwacht.")
        }
        let cases: [(arguments: [String], en: String, nl: String)] = [
            (["add", "--titel", "x"], Self.said("Unknown option '--titel'.", hint: "Did you mean '--title'?"),
             Self.gezegd("Onbekende optie '--titel'.", hint: "Bedoelde je '--title'?")),
            (["show"], Self.said("'<id>' is missing.", hint: help("show").en),
             Self.gezegd("'<id>' ontbreekt.", hint: help("show").nl)),
            // A required option is named the same way.
            (["export"], Self.said("'--out <path>' is missing.", hint: help("export").en),
             Self.gezegd("'--out <pad>' ontbreekt.", hint: help("export").nl)),
            (["add", "--title"], Self.said("'--title <title>' needs a value.", hint: help("add").en),
             Self.gezegd("'--title <titel>' heeft een waarde nodig.", hint: help("add").nl)),
            (["init", "--kdf", "hard"],
             Self.said("'hard' is not a valid value for '--kdf <strength>'.", hint: "Choose 'interactive', 'moderate' or 'sensitive'."),
             Self.gezegd("'hard' is geen geldige waarde voor '--kdf <sterkte>'.", hint: "Kies 'interactive', 'moderate' of 'sensitive'.")),
            (["list", "extra"], Self.said("Unexpected argument 'extra'.", hint: help("list").en),
             Self.gezegd("Onverwacht argument 'extra'.", hint: help("list").nl)),
            // The hint names the command as it was typed, in a group too.
            (["contacten", "lijst", "--json=ja"], Self.said("'--json' takes no value, but was given 'ja'.", hint: help("contacten lijst").en),
             Self.gezegd("Bij '--json' hoort geen waarde, maar er staat 'ja'.", hint: help("contacten lijst").nl)),
            (["list", "-xn"], Self.said("Unknown option '-xn'.", hint: "Or '-n <n>' is missing its value."),
             Self.gezegd("Onbekende optie '-xn'.", hint: "Of bij '-n <n>' ontbreekt de waarde.")),
            // Before any command: where the commands are listed.
            (["--json", "list"], Self.said("Unknown option '--json'.", hint: "'meldboek --help' lists the commands."),
             Self.gezegd("Onbekende optie '--json'.", hint: "'meldboek --help' toont de opdrachten.")),
            (["list", "--lang", "fr"], Self.said("Unknown language 'fr'.", hint: "Choose 'nl' or 'en'."),
             Self.gezegd("Onbekende taal 'fr'.", hint: "Kies 'nl' of 'en'.")),
            (["--lang"], Self.said("'--lang <nl|en>' needs a value.", hint: "Choose 'nl' or 'en'."),
             Self.gezegd("'--lang <nl|en>' heeft een waarde nodig.", hint: "Kies 'nl' of 'en'.")),
        ]
        for (arguments, english, dutch) in cases {
            let inEnglish = try vault.run(arguments)
            #expect(inEnglish.status == 64 && inEnglish.stderr == english && inEnglish.stdout.isEmpty, "\(arguments): \(inEnglish)")
            let inDutch = try vault.run(arguments, environment: ["LANG": "nl_NL.UTF-8"])
            #expect(inDutch.status == 64 && inDutch.stderr == dutch && inDutch.stdout.isEmpty, "\(arguments): \(inDutch)")
        }
    }

    @Test func helpHeadingsInDutch() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let root = try vault.succeed(["--help", "--lang", "nl"]).stdout
        #expect(root.hasPrefix("OVERZICHT: Een versleuteld dagboek"), "\(root)")
        for line in ["GEBRUIK: meldboek <opdracht>", "OPTIES:", "OPDRACHTEN:",
                     "  Zie 'meldboek help <opdracht>' voor uitgebreide hulp bij een opdracht."] {
            #expect(root.contains("\n\(line)\n"), "root help lacks \(line): \(root)")
        }
        #expect(root.contains(/\n  --version +Toon het versienummer\.\n/), "\(root)")
        #expect(root.contains(/\n  -h, --help +Toon deze hulp\.\n/), "\(root)")
        let show = try vault.succeed(["help", "show", "--lang", "nl"]).stdout
        #expect(show.hasPrefix("OVERZICHT: Toon één aantekening."), "\(show)")
        #expect(show.contains("\nARGUMENTEN:\n"), "\(show)")
        // Placeholders for values are Dutch words, except those that list what to type.
        #expect(show.contains("\nGEBRUIK: meldboek show [--vault <pad>] [--lang <nl|en>] [--json] <id> [--history]\n"), "\(show)")
        #expect(Self.flat(try vault.succeed(["share", "--help", "--lang", "nl"]).stdout)
                    .contains("--redact <people,witnesses,location>"))
        #expect(try vault.succeed(["add", "--help", "--lang", "nl"]).stdout.contains("  --person <naam[:rol]> "))
        let group = try vault.succeed(["adviser", "--help", "--lang", "nl"]).stdout
        #expect(group.contains("  Zie 'meldboek help adviser <opdracht>' voor uitgebreide hulp bij een opdracht."), "\(group)")
        // The default subcommand's longer mark keeps the column of descriptions straight.
        let anchor = try vault.succeed(["anchor", "--help", "--lang", "nl"]).stdout
        let columns = anchor.split(separator: "\n").filter { $0.hasPrefix("  request") || $0.hasPrefix("  import") }
            .compactMap { line in line.firstRange(of: /\ \ [A-Z]/).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        #expect(anchor.contains("  request (standaard)") && columns.count == 2 && Set(columns).count == 1, "\(anchor)")
        let add = try vault.succeed(["add", "--help", "--lang", "nl"]).stdout
        #expect(add.contains("\nGEBRUIK: meldboek add <opties>\n"), "\(add)")
        let initialise = Self.flat(try vault.succeed(["init", "--help", "--lang", "nl"]).stdout)
        #expect(initialise.contains("(waarden: interactive, moderate, sensitive; standaard: moderate)"), "\(initialise)")
        #expect(Self.flat(show).contains("(waarden: nl, en)"), "\(show)")
        for help in [root, show, group, anchor, add, initialise] {
            for english in ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "See '", "Show help information",
                            "Show the version", "(default", "default:", "(values", "<subcommand>", "<options>"] {
                #expect(!help.contains(english), "Dutch help shows \(english): \(help)")
            }
        }
        // English help keeps the parser's headings.
        #expect(try vault.succeed(["show", "--help"]).stdout.contains("\nUSAGE: meldboek show [--vault <path>] [--lang <nl|en>] [--json] <id> [--history]\n"))
        let english = try vault.succeed(["--help"]).stdout
        #expect(english.hasPrefix("OVERVIEW: ") && english.contains("\nSUBCOMMANDS:\n")
                && english.contains("  See 'meldboek help <subcommand>' for detailed help."), "\(english)")
    }

    /// `--vault` before the command works as well as after it, in both spellings.
    @Test func vaultBeforeTheCommand() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let other = vault.path("andere-kluis").path
        try vault.succeed(["--vault", other, "init", "--no-recovery", "--kdf", "test"])
        #expect(FileManager.default.fileExists(atPath: other + "/meldboek.db"))
        try vault.succeed(["--vault=\(other)", "add", "--title", "Gang"])
        #expect(try CLIVault.jsonArray(try vault.succeed(["list", "--json", "--vault", other]).stdout).count == 1)
        #expect(try CLIVault.jsonArray(try vault.succeed(["--vault", other, "--lang", "nl", "lijst", "--json"]).stdout).count == 1)
        // The vault named first is the one used, not the one in the environment.
        expectError(try vault.run(["--vault", vault.path("nergens").path, "list"]), status: 4, mentioning: ["nergens"])
    }

    /// `--lang` before the command works as well as after it, in both spellings.
    @Test func langAnywhereOnTheCommandLine() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let unknown = "00000000-0000-7000-8000-000000000000"
        for arguments in [["--lang", "nl", "show", unknown], ["--lang=nl", "show", unknown], ["show", "--lang", "nl", unknown],
                          ["show", unknown, "--lang=nl"]] {
            expectError(try vault.run(arguments), status: 2, mentioning: ["Geen aantekening \(unknown)."])
        }
        #expect(try vault.succeed(["--lang", "nl", "add", "--title", "Gang"]).stdout.hasPrefix("Aantekening "))
        #expect(try vault.succeed(["--lang", "nl", "--help"]).stdout.hasPrefix("OVERZICHT: "))
        // After `--` it is an argument like any other.
        let found = try vault.succeed(["search", "--json", "--", "--lang"])
        #expect(try CLIVault.jsonArray(found.stdout).isEmpty, "\(found)")
    }

    @Test func versionIsPrinted() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let result = try vault.succeed(["--version"])
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true, "\(result)")
    }
}
