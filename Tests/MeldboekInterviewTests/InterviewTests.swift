// The interview's questions and answers, scripted: no terminal needed.
import Foundation
import MeldboekCore
import MeldboekInterview
import MeldboekTestSupport
import Testing

/// A conversation that answers from a script and keeps what it was told.
final class ScriptedConversation: Conversation {
    /// Nil stands for Ctrl-C; after the last answer comes end of input.
    private var answers: [String?]
    private(set) var transcript = ""
    private(set) var wasInterrupted = false

    init(_ answers: [String?]) {
        self.answers = answers
    }

    func say(_ text: String) {
        transcript += text
    }

    func readLine() -> String? {
        guard !answers.isEmpty else { return nil }
        let answer = answers.removeFirst()
        wasInterrupted = answer == nil
        if let answer { transcript += answer + "\n" }
        return answer
    }
}

@Suite struct InterviewTests {
    /// 4 March 2025, 12:00 in Amsterdam.
    static let now = Date(timeIntervalSince1970: 1_741_086_000)
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar
    }

    static func interview(_ language: Language = .en) -> Interview {
        Interview(language: language, dates: DateParser(now: now, calendar: calendar),
                  timeZone: calendar.timeZone)
    }

    @Test func answersBecomeFields() throws {
        let file = try TemporaryFolder()
        defer { file.remove() }
        let evidence = file.appending("note.txt")
        try Data("x".utf8).write(to: evidence)
        let script: [String?] = [
            "He shouted.", "In front of everyone.", "",        // what happened
            "gisteren 14:00",                                   // when
            "Canteen",                                          // where
            "Jan", "9", "manager", "Eva", "", "",               // people, a number off the list first
            "Sara", "",                                         // witnesses
            "gedoe", "2,4",                                     // kinds, a bad one first
            "Scared.", "",                                      // impact
            "", // actions skipped
            file.appending("nope").path, "/dev/null", evidence.path, evidence.path, "", // files: missing, device, good, duplicate
            "",                                                 // save
        ]
        let conversation = ScriptedConversation(script)
        let result = try Self.interview().newEntry(on: conversation)
        #expect(result.fields.narrative == "He shouted.\nIn front of everyone.")
        #expect(result.fields.title == "He shouted.")
        #expect(result.fields.occurredAt?.formatted(language: .en, timeZone: Self.calendar.timeZone) == "2025-03-03 14:00")
        #expect(result.fields.location == "Canteen")
        #expect(result.fields.people == [Person(name: "Jan", role: .manager), Person(name: "Eva", role: .other)])
        #expect(result.fields.witnesses == ["Sara"])
        #expect(result.fields.categories == [.aggression, .bullying])
        #expect(result.fields.impact == "Scared.")
        #expect(result.fields.actions == nil)
        #expect(result.attachments == [evidence])
        #expect(conversation.transcript.contains("Read as Monday 3 March 2025, 14:00."))
        #expect(conversation.transcript.contains("'9' is not one of the choices"))
        #expect(conversation.transcript.contains("'gedoe' is not one of the choices"))
        #expect(conversation.transcript.contains("There is no file"))
        #expect(conversation.transcript.contains("/dev/null is not an ordinary file but a pipe, device or socket"))
        #expect(conversation.transcript.contains("A file named note.txt is attached already"))
    }

    @Test func wordsThatAreNoDateAreKeptAsTheMelderWroteThem() throws {
        let script: [String?] = ["It happened.", "", "around the reorganisation in 2024"] + Array(repeating: "", count: 9)
        let conversation = ScriptedConversation(script)
        let result = try Self.interview().newEntry(on: conversation)
        guard case .approximate(let text, let estimate) = result.fields.occurredAt else {
            Issue.record("not approximate: \(String(describing: result.fields.occurredAt))")
            return
        }
        #expect(text == "around the reorganisation in 2024")
        #expect(estimate != nil)
        #expect(conversation.transcript.contains("Kept in your own words"))
    }

    @Test func ownWordsThatDependOnTodayAreSaidBackWithTheirPeriod() throws {
        // Now is Tuesday 4 March 2025: last week ran from 24 February to 2 March.
        let script: [String?] = ["It happened.", "", "vorige week, na het overleg"] + Array(repeating: "", count: 9)
        let conversation = ScriptedConversation(script)
        let result = try Self.interview().newEntry(on: conversation)
        let kept = "vorige week, na het overleg (24 February to 2 March 2025)"
        #expect(conversation.transcript.contains("Kept in your own words: \(kept)."))
        guard case .approximate(let text, _)? = result.fields.occurredAt else {
            Issue.record("not approximate: \(String(describing: result.fields.occurredAt))")
            return
        }
        #expect(text == kept)
    }

    @Test func aWeekdayThatDoesNotFitIsSaidAndAskedAgain() throws {
        // 4 March 2025 is a Tuesday.
        let script: [String?] = ["It happened.", "", "maandag 4 maart 2025", "dinsdag 4 maart 2025"]
            + Array(repeating: "", count: 9)
        let conversation = ScriptedConversation(script)
        let result = try Self.interview(.nl).newEntry(on: conversation)
        #expect(conversation.transcript.contains(
            "'maandag 4 maart 2025' klopt niet: 4 maart 2025 is een dinsdag, geen maandag."))
        #expect(conversation.transcript.contains("Probeer het opnieuw. Controleer de dag en de weekdag, of laat de weekdag weg."))
        #expect(conversation.transcript.contains("Begrepen als dinsdag 4 maart 2025."))
        #expect(result.fields.occurredAt == .day(year: 2025, month: 3, day: 4))
    }

    @Test func notSureLeavesTheDateOpen() throws {
        for answer in ["not sure", "Weet ik niet", "?"] {
            let conversation = ScriptedConversation(["It happened.", "", answer] + Array(repeating: "", count: 9))
            let result = try Self.interview(.nl).newEntry(on: conversation)
            #expect(result.fields.occurredAt == nil)
            #expect(conversation.transcript.contains("De datum blijft open."))
        }
    }

    @Test func categoriesReadAsNumbersOrNames() throws {
        for (typed, expected) in [("1 3", [Category.sexualHarassment, .discrimination]),
                                  ("pesten, not sure", [.bullying, .other]), ("seksuele intimidatie", [.sexualHarassment])] {
            let conversation = ScriptedConversation(["It happened.", "", "", "", "", "", typed] + Array(repeating: "", count: 5))
            #expect(try Self.interview().newEntry(on: conversation).fields.categories == expected.sorted())
        }
    }

    @Test func aWordThatNamesTwoKindsIsAskedAbout() throws {
        // "intimidatie" is asked about; a number outside the list is asked again; the other kind is read as typed.
        let conversation = ScriptedConversation(
            ["Er gebeurde iets.", "", "", "", "", "", "intimidatie, pesten", "7", "2"] + Array(repeating: "", count: 5))
        let fields = try Self.interview(.nl).newEntry(on: conversation).fields
        #expect(fields.categories == [.aggression, .bullying])
        #expect(conversation.transcript.contains("Welke soort gedrag bedoel je met \"intimidatie\"?"))
        #expect(conversation.transcript.contains("1  seksuele intimidatie\n  2  agressie en geweld"))
    }

    @Test func aRoleInTheMeldersOwnWordsIsKeptSaidBackAndAskedAboutWhenItCanMeanTwo() throws {
        let conversation = ScriptedConversation(
            ["Er gebeurde iets.", "", "", "",
             "Karin", "teamleider", "Sanne", "stagiair", "7", "2", "Piet", "conciërge", "Jan", "1", "",
             "", "", "", "", "", ""])
        let fields = try Self.interview(.nl).newEntry(on: conversation).fields
        #expect(fields.people == [
            Person(name: "Karin", role: .manager, roleWords: "teamleider"),
            Person(name: "Sanne", role: .report, roleWords: "stagiair"),
            Person(name: "Piet", role: .other, roleWords: "conciërge"),
            Person(name: "Jan", role: .manager),
        ])
        #expect(conversation.transcript.contains("Nummer, of de rol in je eigen woorden (Enter = anders): "))
        #expect(conversation.transcript.contains("Begrepen als Karin (teamleider, leidinggevende)."))
        #expect(conversation.transcript.contains(
            "Sanne is \"stagiair\": welke rol heeft Sanne ten opzichte van jou?\n  1  collega\n  2  ondergeschikte"))
        #expect(conversation.transcript.contains("Begrepen als Sanne (stagiair, ondergeschikte)."))
        #expect(conversation.transcript.contains("Begrepen als Piet (conciërge, anders)."))
    }

    @Test func anInterruptOrEndOfInputStopsTheInterview() {
        #expect(throws: MeldboekError.interrupted) {
            try Self.interview().newEntry(on: ScriptedConversation(["It happened.", "", nil, "2"]))
        }
        #expect(throws: MeldboekError.interrupted) {
            try Self.interview().newEntry(on: ScriptedConversation([nil]))
        }
        #expect(throws: MeldboekError.inputEnded) {
            try Self.interview().newEntry(on: ScriptedConversation(["It happened.", ""]))
        }
        #expect(throws: MeldboekError.cancelled) {
            try Self.interview().newEntry(on: ScriptedConversation(["It happened.", ""] + Array(repeating: "", count: 8) + ["n"]))
        }
        #expect(throws: MeldboekError.cancelled) {
            try Self.interview().newEntry(on: ScriptedConversation(["", ""]))
        }
    }

    @Test func ctrlCAsksAndGoingOnAsksTheSameQuestionAgain() throws {
        // Ctrl-C half-way through what happened, then at the place, each time going on.
        let script: [String?] = ["First.", nil, "9", "1", "Second.", "", "", nil, "1", "Kantine"]
            + Array(repeating: "", count: 8)
        let conversation = ScriptedConversation(script)
        let result = try Self.interview().newEntry(on: conversation)
        #expect(result.fields.narrative == "First.\nSecond.")
        #expect(result.fields.location == "Kantine")
        #expect(conversation.transcript.contains("Stop the interview?\n  1  No, go on with this question\n  2  Stop and throw away what you typed\n"))
        #expect(conversation.transcript.contains("What you wrote so far:\n  First."))
    }

    @Test func stoppingKeepsTheAnswersAsADraftWhenOffered() throws {
        let script: [String?] = ["He shouted.", "", "gisteren 14:00", "Canteen", "Jan", "1", "", "Sara", nil, "2"]
        let conversation = ScriptedConversation(script)
        let stop = try #require(throws: InterviewStopped.self) {
            try Self.interview().newEntry(on: conversation, offeringDraft: .keep(replacing: nil))
        }
        let draft = stop.draft
        #expect(conversation.transcript.contains("2  Stop and keep the answers as a draft"))
        #expect(draft.stage == .witnesses)
        #expect(draft.narrative == ["He shouted."])
        #expect(draft.occurredAt?.formatted(language: .en, timeZone: Self.calendar.timeZone) == "2025-03-03 14:00")
        #expect(draft.location == "Canteen")
        #expect(draft.people == [Person(name: "Jan", role: .manager)])
        // The witness typed before Ctrl-C is kept; the question goes on from there.
        #expect(draft.witnesses == ["Sara"])
    }

    @Test func aResumedDraftAsksOnlyWhatIsLeftAndKeepsItsDates() throws {
        var draft = InterviewDraft()
        draft.stage = .impact
        draft.keptAt = Self.now
        draft.narrative = ["He shouted."]
        // "gisteren" when the draft was kept: read then, never again.
        draft.occurredAt = try DateParser(now: Self.now, calendar: Self.calendar).parse("gisteren")
        draft.people = [Person(name: "Jan", role: .manager)]
        draft.impact = ["I was scared."]
        let later = Interview(language: .en, dates: DateParser(now: Self.now.addingTimeInterval(10 * 86_400), calendar: Self.calendar),
                              timeZone: Self.calendar.timeZone)
        let conversation = ScriptedConversation(["And tired.", "", "", "", ""])
        let result = try later.newEntry(on: conversation, resuming: draft)
        #expect(conversation.transcript.hasPrefix("Going on with your draft of Tuesday 4 March 2025, 12:00."))
        #expect(!conversation.transcript.contains("What happened?"))
        #expect(conversation.transcript.contains("What you wrote so far:\n  I was scared."))
        #expect(result.fields.occurredAt == .day(year: 2025, month: 3, day: 3))
        #expect(result.fields.impact == "I was scared.\nAnd tired.")
        #expect(result.fields.people == [Person(name: "Jan", role: .manager)])
        #expect(result.fields.narrative == "He shouted.")
    }

    @Test func aRoleWordWithAColonStaysTheRoleWord() throws {
        // Name, then at the role question a word with a colon in it: the name stays the name.
        let script: [String?] = ["It happened.", "", "", "", "Jan", "Karin:teamleider", ""] + Array(repeating: "", count: 7)
        let result = try Self.interview(.nl).newEntry(on: ScriptedConversation(script))
        #expect(result.fields.people.map(\.name) == ["Jan"], "\(result.fields.people)")
        #expect(result.fields.people.first?.roleWords == "Karin:teamleider")
    }

    @Test func aResumedDraftChecksItsFilesAgainWhereverItStopped() throws {
        var draft = InterviewDraft()
        draft.stage = .summary
        draft.keptAt = Self.now
        draft.narrative = ["He shouted."]
        draft.attachments = ["/nonexistent/mail.eml"]
        let conversation = ScriptedConversation([""])
        let result = try Self.interview().newEntry(on: conversation, resuming: draft)
        #expect(conversation.transcript.contains("There is no file"), "\(conversation.transcript)")
        #expect(result.attachments.isEmpty)
    }

    @Test func amendingKeepsARoleOnEnterForSomeoneListed() throws {
        let current = EntryFields(title: "Overleg", people: [Person(name: "Karin", role: .manager, roleWords: "teamleider")])
        let entry = Entry(id: EntryID.generate(now: Self.now),
                          revisions: [Revision(number: 1, recordedAt: Self.now, fields: current)])
        // Karin typed again, then Enter at her role: she stays the teamleider.
        let script: [String?] = ["", "", "", "", "Karin", "", ""] + Array(repeating: "", count: 8)
        let conversation = ScriptedConversation(script)
        let result = try Self.interview(.nl).amendment(of: entry, on: conversation)
        #expect(result.fields.people == current.people, "\(result.fields.people)")
        #expect(conversation.transcript.contains("(Enter houdt Karin (teamleider, leidinggevende)): "))
    }

    @Test func enterAtATwoWayWordMeansNotSure() throws {
        let script: [String?] = ["Er gebeurde iets.", "", "", "", "Sanne", "stagiair", "", "", "", "intimidatie", ""]
            + Array(repeating: "", count: 5)
        let conversation = ScriptedConversation(script)
        let result = try Self.interview(.nl).newEntry(on: conversation)
        #expect(result.fields.people == [Person(name: "Sanne", role: .other, roleWords: "stagiair")])
        #expect(result.fields.categories == [.other])
        #expect(conversation.transcript.contains("(Enter: weet ik niet): "))
    }

    @Test func aTitleStandsInForWhatHappened() throws {
        let result = try Self.interview().newEntry(on: ScriptedConversation(["", "Meeting"] + Array(repeating: "", count: 9)))
        #expect(result.fields.title == "Meeting")
        #expect(result.fields.narrative.isEmpty)
    }

    @Test func amendingKeepsReplacesAddsAndRemoves() throws {
        let current = EntryFields(
            title: "Meeting", occurredAt: .day(year: 2025, month: 3, day: 1), narrative: "First.", location: "Room 1",
            people: [Person(name: "Jan", role: .manager)], witnesses: ["Sara", "Piet"], categories: [.bullying],
            impact: "Tired", actions: "Told HR")
        let entry = Entry(id: EntryID.generate(now: Self.now),
                          revisions: [Revision(number: 1, recordedAt: Self.now, fields: current)])
        let script: [String?] = [
            "Second.", "",              // added paragraph
            "",                         // title kept
            "-",                        // date cleared
            "Room 2",                   // place replaced
            "-Jan", "Eva", "2", "",     // people: Jan out, Eva in as colleague
            "-piet", "-nobody", "Kim", "", // witnesses
            "",                         // kinds kept
            "-", "",                    // impact cleared
            "",                         // actions kept
            "",                         // no files
            "y",
        ]
        let conversation = ScriptedConversation(script)
        let result = try Self.interview().amendment(of: entry, on: conversation)
        var fields = current
        try result.change.apply(to: &fields, dates: DateParser(now: Self.now, calendar: Self.calendar))
        fields = fields.normalized()
        #expect(fields == result.fields)
        #expect(fields.narrative == "First.\n\nSecond.")
        #expect(fields.title == "Meeting")
        #expect(fields.occurredAt == nil)
        #expect(fields.location == "Room 2")
        #expect(fields.people == [Person(name: "Eva", role: .colleague)])
        #expect(fields.witnesses == ["Sara", "Kim"])
        #expect(fields.categories == [.bullying])
        #expect(fields.impact == nil)
        #expect(fields.actions == "Told HR")
        #expect(conversation.transcript.contains("Now: Room 1"))
        #expect(conversation.transcript.contains("nobody is not on the list."))
    }

    @Test func amendingGivesARoleInTheMeldersOwnWords() throws {
        let current = EntryFields(title: "Meeting", narrative: "First.", people: [Person(name: "Jan", role: .manager)])
        let entry = Entry(id: EntryID.generate(now: Self.now),
                          revisions: [Revision(number: 1, recordedAt: Self.now, fields: current)])
        let script: [String?] = [
            "", "", "", "",                             // narrative, title, date, place kept
            "Jan", "teamleider", "Sanne", "stagiair", "2", "", // Jan gets his word; Sanne is asked about
            "", "", "", "", "", "y",
        ]
        let conversation = ScriptedConversation(script)
        let result = try Self.interview().amendment(of: entry, on: conversation)
        var fields = current
        try result.change.apply(to: &fields, dates: DateParser(now: Self.now, calendar: Self.calendar))
        #expect(fields.normalized() == result.fields)
        #expect(result.fields.people == [Person(name: "Jan", role: .manager, roleWords: "teamleider"),
                                         Person(name: "Sanne", role: .report, roleWords: "stagiair")])
        #expect(conversation.transcript.contains("Read as Jan (teamleider, manager)."))
        #expect(conversation.transcript.contains("Sanne is \"stagiair\": which role does Sanne have towards you?"))
    }

    @Test func amendingNothingAsksNothing() throws {
        let current = EntryFields(title: "Meeting", narrative: "First.")
        let entry = Entry(id: EntryID.generate(now: Self.now),
                          revisions: [Revision(number: 1, recordedAt: Self.now, fields: current)])
        let conversation = ScriptedConversation(Array(repeating: "", count: 11))
        let result = try Self.interview().amendment(of: entry, on: conversation)
        #expect(result.fields == current)
        #expect(!conversation.transcript.contains("Save this"))
    }
}
