// `add` and `amend` without flags on a terminal: the guided interview, driven through a pseudo-terminal.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct InterviewTests {
    /// Starts `meldboek` with `arguments` on a pseudo-terminal for `vault`.
    func start(_ vault: CLIVault, _ arguments: [String]) throws -> PseudoTerminal {
        try PseudoTerminal(runner: vault.runner, arguments: arguments)
    }

    @Test func aDateThatReadsTwoWaysIsAskedAboutOnATerminal() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add", "--title", "Schuine strepen", "--when", "3/4/2026"])
        try session.expect("'3/4/2026' can be read two ways")
        try session.expect("1  Friday 3 April 2026")
        try session.expect("2  Wednesday 4 March 2026")
        try session.expect("Which did you mean?")
        session.type("3")
        try session.expect("Which did you mean?")
        session.type("2")
        try session.expect("Added entry")
        let id = try #require(try vault.list().first?["id"] as? String)
        #expect(try vault.show(id)["occurredAt"] as? String == "2026-03-04")
    }

    /// The date's question follows the same rule as every numbered choice: three answers that are not on the list
    /// end the asking, and the date is refused with its readings rather than asked about forever.
    @Test func aDateAskedAboutThreeTimesWithoutAnAnswerIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add", "--title", "Schuine strepen", "--when", "3/4/2026"])
        for typed in ["9", "0", "april"] {
            try session.expect("Which did you mean?")
            session.type(typed)
        }
        #expect(try session.wait() == 64, "\(session.screen)")
        #expect(session.screen.components(separatedBy: "can be read two ways").count == 3, "\(session.screen)")
        #expect(try vault.list().isEmpty)
    }

    /// The chosen reading is stored as it is: "Friday 3 April 2026, in the evening" in words would not read back.
    @Test func aChosenReadingOfAPartOfTheDayIsStoredAsChosen() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add", "--title", "Evening", "--when", "3/4/2026 evening"])
        try session.expect("1  Friday 3 April 2026, in the evening")
        try session.expect("Which did you mean?")
        session.type("1")
        try session.expect("Added entry")
        try session.expect("When: Friday 3 April 2026, in the evening")
        let id = try #require(try vault.list().first?["id"] as? String)
        #expect(try vault.show(id)["occurredAt"] as? String == "Friday 3 April 2026, in the evening")
    }

    @Test func aFullInterviewStoresEveryField() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let evidence = vault.path("email.txt")
        try Data("From: Jan\nYou are useless.\n".utf8).write(to: evidence)

        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("My manager shouted at me in the hallway.")
        session.type("He said I was useless, in front of others.")
        session.type("")
        try session.expect("When did it happen?")
        session.type("2025-03-04 14:00")
        try session.expect("Read as Tuesday 4 March 2025, 14:00.")
        try session.expect("Where did it happen?")
        session.type("Second floor hallway")
        try session.expect("Who was involved?")
        session.type("Jan de Vries")
        try session.expect("What is Jan de Vries's role towards you?")
        try session.expect("Number, or the role in your own words (Enter = other): ")
        session.type("9")
        try session.expect("'9' is not one of the choices")
        session.type("1")
        try session.expect("Who was involved?")
        session.type("")
        try session.expect("Who saw or heard it?")
        session.type("Sara")
        session.type("")
        try session.expect("What kind of behaviour was it?")
        try session.expect("bullying: repeated intimidating behaviour")
        try session.expect("Numbers or names")
        session.type("2, 4")
        try session.expect("How did it affect you?")
        session.type("I could not sleep.")
        session.type("")
        try session.expect("What did you do afterwards?")
        session.type("I told the confidential adviser.")
        session.type("")
        try session.expect("Files to attach")
        session.type(vault.path("missing.txt").path)
        try session.expect("There is no file")
        session.type(evidence.path)
        session.type("")
        try session.expect("This is what will be saved:")
        let summary = try session.expect("Save this entry? [Y/n] ")
        #expect(summary.contains("People involved: Jan de Vries (manager)"), "\(session.screen)")
        #expect(summary.contains("email.txt"), "\(session.screen)")
        session.type("")
        try session.expect("Added entry")
        #expect(try session.wait() == 0, "\(session.screen)")

        let id = try #require(CLIVault.firstID(in: session.screen))
        let entry = try vault.show(id)
        #expect(entry["title"] as? String == "My manager shouted at me in the hallway.")
        #expect(entry["narrative"] as? String
            == "My manager shouted at me in the hallway.\nHe said I was useless, in front of others.")
        #expect(entry["occurredAtKind"] as? String == "instant")
        #expect((entry["occurredAt"] as? String)?.contains("2025-03-04") == true, "\(entry)")
        #expect(entry["location"] as? String == "Second floor hallway")
        let people = try #require(entry["people"] as? [[String: String]])
        #expect(people == [["name": "Jan de Vries", "role": "manager"]])
        #expect(entry["witnesses"] as? [String] == ["Sara"])
        #expect(entry["categories"] as? [String] == ["aggression", "bullying"])
        #expect(entry["impact"] as? String == "I could not sleep.")
        #expect(entry["actions"] as? String == "I told the confidential adviser.")
        let attachments = try #require(entry["attachments"] as? [[String: Any]])
        #expect(attachments.map { $0["name"] as? String } == ["email.txt"])
        let copy = vault.path("copy.txt")
        try vault.succeed(["attachment", "save", id, "email.txt", "--out", copy.path])
        #expect(try Data(contentsOf: copy) == Data(contentsOf: evidence))
    }

    @Test func theInterviewSpeaksDutch() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("Wat is er gebeurd?")
        session.type("Hij schreeuwde tegen me.")
        session.type("")
        try session.expect("Wanneer gebeurde het?")
        session.type("weet ik niet")
        try session.expect("De datum blijft open.")
        try session.expect("Waar gebeurde het?")
        session.type("")
        try session.expect("Wie waren erbij betrokken?")
        session.type("Piet")
        try session.expect("Welke rol heeft Piet ten opzichte van jou?")
        try session.expect("collega")
        session.type("collega")
        session.type("")
        try session.expect("Wie heeft het gezien of gehoord?")
        session.type("")
        try session.expect("Wat voor soort gedrag was het?")
        try session.expect("pesten: herhaald intimiderend gedrag")
        session.type("pesten")
        try session.expect("Wat deed het met je?")
        session.type("")
        try session.expect("Wat deed je daarna?")
        session.type("")
        try session.expect("Bestanden om bij te voegen")
        session.type("")
        try session.expect("Dit wordt opgeslagen:")
        try session.expect("Betrokkenen: Piet (collega)")
        try session.expect("Deze aantekening opslaan? [J/n] ")
        session.type("j")
        try session.expect("toegevoegd.")
        #expect(try session.wait() == 0, "\(session.screen)")

        let entry = try vault.list()
        #expect(entry.count == 1)
        #expect(entry.first?["categories"] as? [String] == ["bullying"])
        #expect(entry.first?["occurredAt"] == nil || entry.first?["occurredAt"] is NSNull)
    }

    @Test func enterSkipsEveryQuestionButWhatHappened() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("Only this.")
        session.type("")
        for question in ["When did it happen?", "Where did it happen?", "Who was involved?", "Who saw or heard it?",
                         "Numbers or names", "How did it affect you?", "What did you do afterwards?",
                         "Files to attach", "Save this entry?"] {
            try session.expect(question)
            session.type("")
        }
        try session.expect("Added entry")
        #expect(try session.wait() == 0, "\(session.screen)")
        let entries = try vault.list()
        #expect(entries.count == 1)
        let entry = try vault.show(try #require(entries.first?["id"] as? String))
        #expect(entry["narrative"] as? String == "Only this.")
        #expect(entry["title"] as? String == "Only this.")
        #expect((entry["people"] as? [Any])?.isEmpty == true)
        #expect((entry["categories"] as? [Any])?.isEmpty == true)
        #expect(entry["location"] == nil || entry["location"] is NSNull)
        #expect(entry["impact"] == nil || entry["impact"] is NSNull)
    }

    @Test func skippingWhatHappenedAsksForATitle() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("")
        try session.expect("Give at least a short title")
        session.type("")
        #expect(try session.wait() == 7, "\(session.screen)")
        #expect(session.screen.contains("meldboek: Cancelled; nothing was changed."))
        // The melder's own choice to stop is said as what happened, not as an error.
        #expect(!session.screen.contains("error"), "\(session.screen)")
        #expect(try vault.list().isEmpty)
    }

    @Test func ctrlCStopsWithoutSaving() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("Something I will not save.")
        session.type("")
        try session.expect("When did it happen?")
        session.type("yesterday")
        try session.expect("Where did it happen?")
        session.sendInterrupt()
        try session.expect("Stop the interview?")
        try session.expect("3  Stop and throw away what you typed")
        try session.expect("(Ctrl-C again stops and throws it away): ")
        session.type("3")
        try session.expect("meldboek: Interrupted; nothing was saved.")
        #expect(try session.wait() == 130, "\(session.screen)")
        #expect(try vault.list().isEmpty)
        #expect(try vault.run(["add", "--discard-draft"]).status == 2, "nothing was kept as a draft")
    }

    @Test func ctrlCThenGoingOnAsksTheQuestionAgain() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        try session.expect("> ")
        session.type("First line.")
        // The next prompt: the line was read. (Ctrl-C throws away a line the program has not read yet.)
        try session.expect("> ")
        session.sendInterrupt()
        try session.expect("Stop the interview?")
        try session.expect("Type a number from 1 to 3")
        session.type("1")
        // The question again, with the line typed before Ctrl-C kept and shown.
        try session.expect("What happened?")
        try session.expect("What you wrote so far:")
        try session.expect("First line.")
        session.type("Second line.")
        session.type("")
        for question in ["When did it happen?", "Where did it happen?", "Who was involved?", "Who saw or heard it?",
                         "Numbers or names", "How did it affect you?", "What did you do afterwards?"] {
            try session.expect(question)
            session.type("")
        }
        try session.expect("Files to attach")
        // Ctrl-C twice: the second one answers the question "stop?" and throws everything away.
        session.sendInterrupt()
        try session.expect("Stop the interview?")
        try session.expect("Type a number from 1 to 3")
        session.sendInterrupt()
        try session.expect("Interrupted; nothing was saved.")
        #expect(try session.wait() == 130, "\(session.screen)")
        #expect(try vault.list().isEmpty)
    }

    @Test func ctrlCRightAwayStopsWithoutAsking() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.sendInterrupt()
        try session.expect("Interrupted; nothing was saved.")
        #expect(try session.wait() == 130, "\(session.screen)")
        #expect(!session.screen.contains("Stop the interview?"))
    }

    @Test func aStoppedInterviewIsKeptAsASealedDraftAndResumed() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        var session = try start(vault, ["add"])
        try session.expect("Wat is er gebeurd?")
        session.type("Mijn teamleider schold me uit in het magazijn.")
        session.type("")
        try session.expect("Wanneer gebeurde het?")
        session.type("2026-11-24 10:15")
        try session.expect("Waar gebeurde het?")
        session.type("Magazijn")
        try session.expect("Wie waren erbij betrokken?")
        session.type("Karin")
        try session.expect("Welke rol heeft Karin ten opzichte van jou?")
        session.type("1")
        try session.expect("Wie waren erbij betrokken?")
        session.type("")
        try session.expect("Wie heeft het gezien of gehoord?")
        session.sendInterrupt()
        try session.expect("Stoppen met de vragen?")
        try session.expect("2  Stoppen en de antwoorden bewaren als concept")
        session.type("2")
        try session.expect("Je antwoorden zijn bewaard als concept")
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(try vault.list().isEmpty, "a draft is not an entry")

        // Sealed: the words are nowhere in the vault's file, and the chain is untouched.
        for (name, bytes) in try vault.snapshot() {
            #expect(bytes.range(of: Data("magazijn".utf8)) == nil && bytes.range(of: Data("Karin".utf8)) == nil, "\(name)")
        }
        #expect(try vault.sqlite("SELECT count(*) FROM draft") == "1")
        try vault.succeed(["verify"])

        // A new interview says there is a draft; going on with it asks only what was not answered.
        session = try start(vault, ["add"])
        try session.expect("Je hebt een concept van")
        try session.expect("meldboek add --resume")
        try session.expect("Wat is er gebeurd?")
        session.sendInterrupt()
        #expect(try session.wait() == 130, "\(session.screen)")

        session = try start(vault, ["add", "--resume"])
        try session.expect("We gaan verder met je concept van")
        let resumed = try session.expect("Wie heeft het gezien of gehoord?")
        #expect(!resumed.contains("Wat is er gebeurd?") && !resumed.contains("Waar gebeurde het?"), "\(resumed)")
        session.type("Ahmed")
        session.type("")
        try session.expect("Wat voor soort gedrag was het?")
        session.type("pesten")
        try session.expect("Wat deed het met je?")
        session.type("Ik was van slag.")
        session.type("")
        try session.expect("Wat deed je daarna?")
        session.type("")
        try session.expect("Bestanden om bij te voegen")
        session.type("")
        try session.expect("Dit wordt opgeslagen:")
        try session.expect("Betrokkenen: Karin (leidinggevende)")
        try session.expect("Deze aantekening opslaan? [J/n] ")
        session.type("j")
        try session.expect("toegevoegd.")
        #expect(try session.wait() == 0, "\(session.screen)")

        let entries = try vault.list()
        #expect(entries.count == 1)
        let entry = try vault.show(try #require(entries.first?["id"] as? String))
        #expect(entry["narrative"] as? String == "Mijn teamleider schold me uit in het magazijn.")
        #expect((entry["occurredAt"] as? String)?.contains("2026-11-24") == true, "\(entry)")
        #expect(entry["location"] as? String == "Magazijn")
        #expect(entry["witnesses"] as? [String] == ["Ahmed"])
        #expect(entry["categories"] as? [String] == ["bullying"])
        #expect(entry["impact"] as? String == "Ik was van slag.")
        // Saved means the draft is gone, in the same step.
        let again = try vault.run(["add", "--resume"])
        #expect(again.status == 2, "\(again.stderr)")
        #expect(again.stderr.contains("Er is geen concept om mee verder te gaan."), "\(again.stderr)")
    }

    @Test func aDraftCanBeThrownAway() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        try session.expect("> ")
        session.type("Half a story")
        try session.expect("> ")
        session.sendInterrupt()
        try session.expect("Type a number from 1 to 3")
        session.type("2")
        try session.expect("kept as a draft")
        #expect(try session.wait() == 0, "\(session.screen)")
        let thrown = try vault.run(["add", "--discard-draft"])
        #expect(thrown.status == 0 && thrown.stdout.contains("The draft is thrown away."), "\(thrown.stderr)")
        #expect(try vault.run(["add", "--resume"]).status == 2)
        let mixed = try vault.run(["add", "--resume", "--title", "x"])
        #expect(mixed.status == 64 && mixed.stderr.contains("--resume goes without other options"), "\(mixed.stderr)")
    }

    @Test func throwingAwayInAResumedInterviewKeepsTheDraft() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        var session = try start(vault, ["add"])
        try session.expect("What happened?")
        try session.expect("> ")
        session.type("Kept from the first time.")
        try session.expect("> ")
        session.sendInterrupt()
        try session.expect("Type a number from 1 to 3")
        session.type("2")
        #expect(try session.wait() == 0, "\(session.screen)")

        session = try start(vault, ["add", "--resume"])
        try session.expect("Going on with your draft of")
        try session.expect("What happened?")
        // Going on with the draft and keeping it again updates it: it replaces nothing else.
        session.sendInterrupt()
        let menu = try session.expect("Type a number from 1 to 3")
        #expect(!menu.contains("replaces"), "\(menu)")
        session.type("3")
        try session.expect("is kept as it was: meldboek add --resume goes on with it")
        try session.expect("Interrupted; nothing was saved.")
        #expect(try session.wait() == 130, "\(session.screen)")

        // Answering no at the summary keeps it too.
        session = try start(vault, ["add", "--resume"])
        try session.expect("What you wrote so far:")
        session.type("")
        for question in ["When did it happen?", "Where did it happen?", "Who was involved?", "Who saw or heard it?",
                         "Numbers or names", "How did it affect you?", "What did you do afterwards?", "Files to attach"] {
            try session.expect(question)
            session.type("")
        }
        try session.expect("Save this entry? [Y/n] ")
        session.type("n")
        try session.expect("is kept as it was")
        #expect(try session.wait() == 7, "\(session.screen)")
        #expect(try vault.list().isEmpty)
        let thrown = try vault.run(["add", "--discard-draft"])
        #expect(thrown.status == 0, "the draft was still there: \(thrown)")
        let again = try vault.run(["add", "--discard-draft"])
        #expect(again.status == 2 && again.stderr.contains("There is no draft to throw away."), "\(again)")
    }

    @Test func aVaultThatRefusesWritesIsSaidBeforeTheFirstQuestion() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("First")
        let older = vault.path("older")
        try FileManager.default.copyItem(at: vault.folder, to: older)
        try vault.add("Second")
        try FileManager.default.removeItem(at: vault.folder)
        try FileManager.default.copyItem(at: older, to: vault.folder)
        let session = try start(vault, ["add"])
        try session.expect("this vault is older than")
        #expect(try session.wait() == 5, "\(session.screen)")
        #expect(!session.screen.contains("What happened?"), "no question is asked whose answer can't be kept")
    }

    @Test func ctrlCInTheAmendInterviewAsksBeforeThrowingChangesAway() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Meeting", ["--where", "Room 1"])
        let session = try start(vault, ["amend", id])
        try session.expect("Ctrl-C asks whether to stop")
        session.type("")
        try session.expect("(Enter keeps, - clears): ")
        session.type("Meeting with HR")
        try session.expect("When did it happen?")
        session.sendInterrupt()
        try session.expect("Stop and throw away the changes you typed? [y/N] ")
        session.type("n")
        try session.expect("(Enter keeps, - clears): ")
        session.sendInterrupt()
        try session.expect("Stop and throw away the changes you typed? [y/N] ")
        session.type("y")
        try session.expect("Interrupted; nothing was saved.")
        #expect(try session.wait() == 130, "\(session.screen)")
        #expect(try vault.show(id)["title"] as? String == "Meeting")
    }

    @Test func ctrlCAtThePassphrasePromptStopsAndTurnsEchoBackOn() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["add"],
                                         environment: ["MELDBOEK_PASSPHRASE": nil])
        try session.expect("Passphrase")
        // The prompt is written just before echo goes off.
        let deadline = Date().addingTimeInterval(5)
        while session.echoesInput && Date() < deadline { usleep(10_000) }
        #expect(!session.echoesInput, "the passphrase is asked with echo off")
        session.sendInterrupt()
        try session.expect("meldboek: Interrupted; nothing was saved.")
        #expect(try session.wait() == 130, "\(session.screen)")
        #expect(session.echoesInput, "Ctrl-C left the terminal without echo")
        #expect(try vault.list().isEmpty)
    }

    /// Types `secret` once echo is off: the prompt flushes what was typed before it.
    func typeSecret(_ secret: String, on session: PseudoTerminal) {
        let deadline = Date().addingTimeInterval(5)
        while session.echoesInput && Date() < deadline { usleep(10_000) }
        session.type(secret)
    }

    @Test func aMistypedPassphraseIsAskedAgain() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        _ = try vault.add("Eerste")
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["list"],
                                         environment: ["MELDBOEK_PASSPHRASE": nil])
        try session.expect(": ")
        typeSecret("verkeerd", on: session)
        try session.expect("Met deze wachtwoordzin gaat de kluis niet open. Probeer het opnieuw: ")
        typeSecret(TestVault.passphrase, on: session)
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(session.screen.contains("Eerste"))
    }

    @Test func threeWrongPassphrasesEndTheCommand() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["list"],
                                         environment: ["MELDBOEK_PASSPHRASE": nil])
        try session.expect("Passphrase: ")
        typeSecret("one", on: session)
        for answer in ["two", "three"] {
            try session.expect("That passphrase does not open the vault. Try again: ")
            typeSecret(answer, on: session)
        }
        try session.expect("meldboek: error: Wrong passphrase.")
        #expect(try session.wait() == 3, "\(session.screen)")
    }

    @Test func endOfInputStopsWithoutSaving() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("Something I will not save.")
        session.type("")
        try session.expect("When did it happen?")
        session.type("")
        try session.expect("Where did it happen?")
        session.type("")
        try session.expect("Who was involved?")
        session.sendEndOfInput()
        try session.expect("nothing was saved")
        #expect(try session.wait() == 7, "\(session.screen)")
        // Ctrl-D is the melder's own stop, said as what happened, as Ctrl-C and no are: not as an error.
        #expect(session.screen.contains("meldboek: The input ended before all questions were answered; nothing was saved."),
                "\(session.screen)")
        #expect(!session.screen.contains("error"), "\(session.screen)")
        #expect(try vault.list().isEmpty)
    }

    /// As add --when does on a terminal: a date ahead is asked about, and no asks for the date again.
    @Test func aDateInTheFutureIsAskedAbout() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("Something that happened.")
        session.type("")
        try session.expect("When did it happen?")
        session.type("\(year)-01-05")
        try session.expect("That date is in the future. Keep it anyway? [y/N] ")
        session.type("")
        try session.expect("Type the date again, or press Enter to skip.")
        session.type("\(year)-01-05")
        try session.expect("Keep it anyway? [y/N] ")
        session.type("y")
        try session.expect("Where did it happen?")
        session.sendEndOfInput()
        #expect(try session.wait() == 7, "\(session.screen)")
    }

    @Test func anEmptyNewPassphraseAtInitIsAskedAgain() throws {
        let vault = try CLIVault(language: "nl", initialise: false)
        defer { vault.remove() }
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["init", "--kdf", "test", "--no-recovery"],
                                         environment: ["MELDBOEK_PASSPHRASE": nil])
        try session.expect(": ")
        typeSecret("", on: session)
        try session.expect("De wachtwoordzin mag niet leeg zijn. Nieuwe wachtwoordzin: ")
        typeSecret(TestVault.passphrase, on: session)
        try session.expect("Herhaal de wachtwoordzin: ")
        typeSecret(TestVault.passphrase, on: session)
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(!session.screen.contains("De wachtwoordzin is leeg."), "\(session.screen)")
        _ = try vault.add("Na een lege poging")
        #expect(try vault.titles() == ["Na een lege poging"])
    }

    @Test func noAtTheSummarySavesNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add"])
        try session.expect("What happened?")
        session.type("Not this one.")
        session.type("")
        for _ in 0..<8 { session.type("") }
        try session.expect("Save this entry? [Y/n] ")
        session.type("maybe")
        try session.expect("Please answer y or n.")
        session.type("n")
        try session.expect("nothing was changed")
        #expect(try session.wait() == 7, "\(session.screen)")
        #expect(try vault.list().isEmpty)
    }

    @Test func amendWalksTheFieldsAndKeepsWhatIsNotChanged() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Meeting", ["--text", "First paragraph.", "--where", "Room 1", "--person", "Jan:manager",
                                           "--category", "bullying", "--impact", "Tired", "--when", "2025-03-04"])
        let session = try start(vault, ["amend", id])
        try session.expect("Amending entry")
        try session.expect("First paragraph.")
        try session.expect("added as a new paragraph")
        session.type("Second paragraph.")
        session.type("")
        try session.expect("Now: Meeting")
        try session.expect("Title (Enter keeps, - clears): ")
        session.type("")
        try session.expect("Now: 2025-03-04")
        try session.expect("When (Enter keeps, - clears): ")
        session.type("")
        try session.expect("Now: Room 1")
        try session.expect("Where (Enter keeps, - clears): ")
        session.type("Room 2")
        try session.expect("Now: Jan (manager)")
        try session.expect("People involved: type a name to add")
        session.type("")
        try session.expect("Witnesses: type a name to add")
        session.type("Sara")
        session.type("")
        try session.expect("Now: bullying")
        try session.expect("Numbers or names")
        session.type("")
        try session.expect("Now: \n  Tired")
        try session.expect("How it affected you: type new text")
        session.type("")
        try session.expect("Actions taken: type new text")
        session.type("")
        try session.expect("Files to attach")
        session.type("")
        try session.expect("Save this as a new version? [Y/n] ")
        session.type("y")
        try session.expect("amended: version 2")
        #expect(try session.wait() == 0, "\(session.screen)")

        let entry = try vault.show(id)
        #expect(entry["revisionCount"] as? Int == 2)
        #expect(entry["title"] as? String == "Meeting")
        #expect(entry["narrative"] as? String == "First paragraph.\n\nSecond paragraph.")
        #expect(entry["location"] as? String == "Room 2")
        #expect(entry["occurredAt"] as? String == "2025-03-04")
        #expect(entry["people"] as? [[String: String]] == [["name": "Jan", "role": "manager"]])
        #expect(entry["witnesses"] as? [String] == ["Sara"])
        #expect(entry["categories"] as? [String] == ["bullying"])
        #expect(entry["impact"] as? String == "Tired")
    }

    @Test func amendReplacesKindsRemovesAPersonAndAttachesAFile() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Meeting", ["--person", "Jan:manager", "--person", "Eva:colleague",
                                           "--category", "bullying"])
        let photo = vault.path("photo.jpg")
        try randomData(count: 3000).write(to: photo)
        let session = try start(vault, ["amend", id])
        try session.expect("Amending entry")
        for _ in 0..<4 { session.type("") }  // what happened, title, when, where
        try session.expect("People involved: type a name")
        session.type("-jan")
        try session.expect("Now: Eva (colleague)")
        session.type("")
        try session.expect("Witnesses: type a name")
        session.type("")
        try session.expect("Numbers or names")
        session.type("3")
        for _ in 0..<2 { session.type("") }  // impact, actions
        try session.expect("Files to attach")
        session.type(photo.path)
        session.type("")
        try session.expect("Save this as a new version? [Y/n] ")
        session.type("")
        try session.expect("Attached photo.jpg")
        #expect(try session.wait() == 0, "\(session.screen)")

        let entry = try vault.show(id)
        #expect(entry["revisionCount"] as? Int == 2)
        #expect(entry["people"] as? [[String: String]] == [["name": "Eva", "role": "colleague"]])
        #expect(entry["categories"] as? [String] == ["discrimination"])
        let attachments = try #require(entry["attachments"] as? [[String: Any]])
        #expect(attachments.first?["sha256"] as? String == (try Shell.sha256(photo)))
    }

    @Test func amendWithNoChangesWritesNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Meeting", ["--text", "First paragraph."])
        let session = try start(vault, ["amend", id])
        try session.expect("Amending entry")
        for _ in 0..<11 { session.type("") }
        try session.expect("Nothing changed, so no new version was written.")
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(try vault.show(id)["revisionCount"] as? Int == 1)
    }

    @Test func addWithFlagsOnATerminalAsksNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let session = try start(vault, ["add", "--title", "Flagged"])
        try session.expect("Added entry")
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(!session.screen.contains("What happened?"))
        #expect(try vault.titles() == ["Flagged"])
    }
}
