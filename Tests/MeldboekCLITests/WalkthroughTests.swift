// A melder's first hour, in Dutch and in English, through a real terminal with the real vim: every
// passphrase typed at its prompt, every answer typed, every reading echoed and then found stored as read.
import Foundation
import MeldboekTestSupport
import Testing

@Suite(.enabled(if: canRun("vim") || editorsRequired, "needs vim and /dev/shm as a tmpfs"))
struct WalkthroughTests {
    /// What the melder types and reads in one language.
    struct Script: Sendable, CustomTestStringConvertible {
        let language: String
        let locale: String
        var testDescription: String { language }

        var nl: Bool { language == "nl" }
        func say(_ en: String, _ nl: String) -> String { self.nl ? nl : en }
    }

    static let passphrase = "paarse olifant fietst naar huis"

    /// The melder's HOME, a contact for sharing, and the private runtime folder vim's file goes in.
    struct Melder {
        let script: Script
        let home: TemporaryFolder
        let adviserHome: TemporaryFolder
        let runtime: String
        /// The binary as the walkthrough starts it: no passphrase in the environment.
        let runner: CommandRunner
        /// The same vault with the passphrase given, only to read back what was stored.
        let checker: CommandRunner

        init(_ script: Script) throws {
            self.script = script
            home = try TemporaryFolder("meldboek-walk")
            adviserHome = try TemporaryFolder("meldboek-walk-vp")
            var template = Array("/dev/shm/mbwalk-XXXXXX".utf8CString)
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                throw CLISetupFailure(description: "mkdtemp in /dev/shm failed")
            }
            runtime = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
            runner = CommandRunner(home: home.url, language: script.language, passphrase: nil)
            checker = CommandRunner(home: home.url, language: script.language, passphrase: WalkthroughTests.passphrase)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: runtime)
            home.remove()
            adviserHome.remove()
        }

        /// Starts `meldboek arguments` on a terminal, with vim as the editor.
        func start(_ arguments: [String]) throws -> PseudoTerminal {
            try PseudoTerminal(runner: runner, arguments: arguments, environment: [
                "EDITOR": "vim", "VISUAL": nil, "XDG_RUNTIME_DIR": runtime, "TERM": "xterm",
            ])
        }

        /// Starts a command that unlocks the vault, and types the passphrase at its prompt.
        func unlocked(_ arguments: [String]) throws -> PseudoTerminal {
            let session = try start(arguments)
            try session.expect(script.say("Passphrase: ", "Wachtwoordzin: "))
            session.type(WalkthroughTests.passphrase)
            return session
        }

        /// Entries by title, read with the passphrase in the environment.
        func ids() throws -> [String: String] {
            let list = try checker.run(["list", "--json"])
            try #require(list.status == 0, "\(list)")
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: entries.map { ($0["title"] as! String, $0["id"] as! String) })
        }

        func show(_ id: String) throws -> [String: Any] {
            let shown = try checker.run(["show", id, "--json"])
            try #require(shown.status == 0, "\(shown)")
            return try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        }

        /// "dinsdag 1 december 2026" / "Tuesday 1 December 2026", `days` from now in Amsterdam.
        func day(_ days: Int) -> String {
            DateInputTests.longDay(DateInputTests.amsterdam.date(byAdding: .day, value: days, to: Date())!, locale: script.locale)
        }

        func isoDay(_ days: Int) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = DateInputTests.amsterdam.timeZone
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.string(from: DateInputTests.amsterdam.date(byAdding: .day, value: days, to: Date())!)
        }
    }

    @Test(arguments: [Script(language: "nl", locale: "nl_NL"), Script(language: "en", locale: "en_GB")])
    func aMeldersFirstHourThroughARealTerminal(script: Script) throws {
        let melder = try Melder(script)
        defer { melder.remove() }
        let say = script.say

        // init: the new passphrase typed twice.
        var session = try melder.start(["init", "--no-recovery", "--kdf", "test"])
        try session.expect(say("New passphrase: ", "Nieuwe wachtwoordzin: "))
        session.type(Self.passphrase)
        try session.expect(say("Repeat the passphrase: ", "Herhaal de wachtwoordzin: "))
        session.type(Self.passphrase)
        #expect(try session.wait() == 0, "\(session.screen)")
        // Typed the moment each question showed: echo was already off, and nothing typed was thrown away.
        #expect(!session.screen.contains(Self.passphrase), "\(session.screen)")

        // The first interview: a moment said relative to today, read back as a day with its weekday.
        session = try melder.unlocked(["add"])
        try session.expect(say("What happened?", "Wat is er gebeurd?"))
        session.type(say("Karin said in the team meeting that I can't plan.",
                         "Karin zei in het teamoverleg dat ik niet kan plannen."))
        session.type("")
        try session.expect(say("When did it happen?", "Wanneer gebeurde het?"))
        session.type(say("yesterday 2pm", "gisteren 14:00"))
        try session.expect(say("Read as \(melder.day(-1)), 14:00.", "Begrepen als \(melder.day(-1)), 14:00."))
        try session.expect(say("Where did it happen?", "Waar gebeurde het?"))
        session.type(say("Team room", "Teamkamer"))
        try session.expect(say("Who was involved?", "Wie waren erbij betrokken?"))
        session.type("Karin")
        try session.expect(say("What is Karin's role towards you?", "Welke rol heeft Karin ten opzichte van jou?"))
        session.type("1")
        try session.expect(say("Who was involved?", "Wie waren erbij betrokken?"))
        session.type("")
        try session.expect(say("Who saw or heard it?", "Wie heeft het gezien of gehoord?"))
        session.type("Ahmed")
        session.type("")
        try session.expect(say("What kind of behaviour was it?", "Wat voor soort gedrag was het?"))
        session.type(say("bullying", "pesten"))
        for question in [say("How did it affect you?", "Wat deed het met je?"),
                         say("What did you do afterwards?", "Wat deed je daarna?"),
                         say("Files to attach", "Bestanden om bij te voegen")] {
            try session.expect(question)
            session.type("")
        }
        try session.expect(say("People involved: Karin (manager)", "Betrokkenen: Karin (leidinggevende)"))
        try session.expect(say("Save this entry? [Y/n] ", "Deze aantekening opslaan? [J/n] "))
        session.type(say("y", "j"))
        #expect(try session.wait() == 0, "\(session.screen)")

        // The second interview names Piet; Karin is in the story but not listed with this entry.
        session = try melder.unlocked(["add"])
        try session.expect(say("What happened?", "Wat is er gebeurd?"))
        session.type(say("After lunch Karin said it again while Piet was there.",
                         "Na de lunch zei Karin het nog eens waar Piet bij was."))
        session.type("")
        try session.expect(say("When did it happen?", "Wanneer gebeurde het?"))
        session.type(say("3 days ago", "3 dagen geleden"))
        try session.expect(say("Read as \(melder.day(-3)).", "Begrepen als \(melder.day(-3))."))
        try session.expect(say("Where did it happen?", "Waar gebeurde het?"))
        session.type("")
        try session.expect(say("Who was involved?", "Wie waren erbij betrokken?"))
        session.type("Piet")
        try session.expect(say("What is Piet's role towards you?", "Welke rol heeft Piet ten opzichte van jou?"))
        session.type("2")
        try session.expect(say("Who was involved?", "Wie waren erbij betrokken?"))
        session.type("")
        for question in [say("Who saw or heard it?", "Wie heeft het gezien of gehoord?"),
                         say("Numbers or names", "Nummers of namen"),
                         say("How did it affect you?", "Wat deed het met je?"),
                         say("What did you do afterwards?", "Wat deed je daarna?"),
                         say("Files to attach", "Bestanden om bij te voegen")] {
            try session.expect(question)
            session.type("")
        }
        try session.expect(say("People involved: Piet (colleague)", "Betrokkenen: Piet (collega)"))
        try session.expect(say("Save this entry? [Y/n] ", "Deze aantekening opslaan? [J/n] "))
        session.type("")
        #expect(try session.wait() == 0, "\(session.screen)")

        // An add with flags and a relative date: every field said back as it was read.
        session = try melder.unlocked([
            "add", "--title", say("Mail from Karin", "Mail van Karin"),
            "--when", say("yesterday evening", "gisteravond"),
            "--person", say("Karin:manager", "Karin:leidinggevende"),
            "--text", say("Karin mailed the whole team about my planning.", "Karin mailde het hele team over mijn planning."),
        ])
        try session.expect(say("Read as:", "Begrepen als:"))
        try session.expect(say("When: \(melder.day(-1)), in the evening", "Wanneer: \(melder.day(-1)), 's avonds"))
        try session.expect(say("People involved: Karin (manager)", "Betrokkenen: Karin (leidinggevende)"))
        #expect(try session.wait() == 0, "\(session.screen)")

        // A typo gets a suggestion, not a guess.
        session = try melder.start(["lsit"])
        try session.expect(say("Did you mean 'list'?", "Bedoelde je 'list'?"))
        #expect(try session.wait() == 64, "\(session.screen)")

        // A part of an id that fits every entry lists them, by the short ids that do work.
        let ids = try melder.ids()
        #expect(ids.count == 3)
        let second = try #require(ids[say("After lunch Karin said it again while Piet was there.",
                                          "Na de lunch zei Karin het nog eens waar Piet bij was.")])
        let shared = String(second.prefix(4))
        #expect(ids.values.allSatisfy { $0.hasPrefix(shared) }, "ids made seconds apart share their time prefix")
        session = try melder.unlocked(["show", shared])
        try session.expect(say("\"\(shared)\" fits 3 entries.", "\"\(shared)\" past bij 3 aantekeningen."))
        try session.expect(say("Give one of these ids:", "Geef een van deze id's:"))
        let listed = try session.expect(".")
        for id in ids.values { #expect(listed.contains(String(id.suffix(8))), "\(listed)") }
        #expect(try session.wait() != 0)

        // An amend in vim, by the short id: a line added at the end of what happened.
        session = try melder.unlocked(["amend", String(second.suffix(8)), "--editor"])
        try session.expect("entry.txt")
        session.press("Go" + say("I told the confidential adviser.", "Ik heb het de vertrouwenspersoon verteld.") + "\u{1B}")
        session.press(":wq\r")
        try session.expect(say("version 2", "versie 2"))
        #expect(try session.wait() == 0, "\(session.screen)")

        // Sharing the second entry with names redacted: Karin, listed only with another entry, is hidden too.
        var adviser = CommandRunner(home: melder.adviserHome.url, language: script.language, passphrase: "adviseur wachtwoordzin")
        adviser.environment["MELDBOEK_ADVISER_VAULT"] = melder.adviserHome.appending("cases").path
        #expect(try adviser.run(["adviser", "init", "--no-recovery", "--kdf", "test"]).status == 0)
        let card = try adviser.run(["adviser", "card"])
        #expect(card.status == 0, "\(card)")
        session = try melder.unlocked(["contacts", "add", "vp", card.stdout.trimmingCharacters(in: .whitespacesAndNewlines)])
        #expect(try session.wait() == 0, "\(session.screen)")
        session = try melder.unlocked([
            "share", "--to", "vp", String(second.suffix(8)), "--redact", say("names", "namen"),
            "--out", melder.home.appending("voor-vp.age").path,
        ])
        let preview = try session.expect(say("Person B", "Persoon B"))
        let question = try session.expect("? ")
        session.type("n")
        #expect(try session.wait() == 7, "\(session.screen)")
        let sent = preview + question
        #expect(!sent.contains("Karin") && !sent.contains("Piet"), "\(sent)")
        #expect(sent.contains(say("After lunch Person", "Na de lunch zei Persoon")), "\(sent)")
        #expect(!FileManager.default.fileExists(atPath: melder.home.appending("voor-vp.age").path))

        // Stored as read.
        let first = try melder.show(try #require(ids[say("Karin said in the team meeting that I can't plan.",
                                                         "Karin zei in het teamoverleg dat ik niet kan plannen.")]))
        #expect((first["occurredAt"] as? String)?.hasPrefix(melder.isoDay(-1)) == true, "\(first)")
        #expect(first["people"] as? [[String: String]] == [["name": "Karin", "role": "manager"]])
        #expect(first["witnesses"] as? [String] == ["Ahmed"])
        #expect(first["categories"] as? [String] == ["bullying"])
        let amended = try melder.show(second)
        #expect(amended["occurredAt"] as? String == melder.isoDay(-3), "\(amended)")
        #expect(amended["people"] as? [[String: String]] == [["name": "Piet", "role": "colleague"]])
        #expect((amended["narrative"] as? String)?.contains(say("I told the confidential adviser.",
                                                                  "Ik heb het de vertrouwenspersoon verteld.")) == true)
        #expect(amended["revisionCount"] as? Int == 2, "\(amended)")
        let mail = try melder.show(try #require(ids[say("Mail from Karin", "Mail van Karin")]))
        #expect(mail["occurredAtKind"] as? String == "approximate")
        #expect(mail["occurredAt"] as? String == say("\(melder.day(-1)), in the evening", "\(melder.day(-1)), 's avonds"))
        #expect(try melder.checker.run(["verify"]).status == 0)
    }
}
