// A person's role in the melder's own words: read to one of the five roles, kept as typed, never guessed.
import Foundation
import MeldboekCore
import Testing

@Suite struct RoleTests {
    @Test func aPlainWorkplaceWordIsReadAsItsRoleAndKept() throws {
        for (typed, role) in [
            ("teamleider", Role.manager), ("Afdelingshoofd", .manager), ("directeur", .manager), ("manager van mijn manager", .manager),
            ("supervisor", .manager), ("bestuurder", .manager), ("leidinggevende van mijn leidinggevende", .manager),
            ("baas", .manager), ("ex-collega", .colleague), ("Oud collega", .colleague), ("uitzendkracht", .colleague),
            ("patiënt", .client), ("bewoner", .client), ("direct report", .report),
        ] {
            #expect(try Person.parse("Karin:\(typed)") == Person(name: "Karin", role: role, roleWords: typed), "\(typed)")
        }
    }

    @Test func aRolesOwnNameKeepsNoWords() throws {
        for (typed, role) in [("leidinggevende", Role.manager), ("Manager", .manager), ("collega", .colleague),
                              ("klant", .client), ("ondergeschikte", .report), ("anders", .other), ("other", .other)] {
            #expect(try Person.parse("Jan de Vries:\(typed)") == Person(name: "Jan de Vries", role: role), "\(typed)")
        }
        #expect(try Person.parse("Sara") == Person(name: "Sara", role: .other))
    }

    @Test func anyOtherWordIsKeptWithTheRoleOther() throws {
        for typed in ["conciërge", "HR-adviseur", "HR", "P&O", "bedrijfsarts", "HR-manager", "baasje"] {
            #expect(try Person.parse(" Piet : \(typed) ") == Person(name: "Piet", role: .other, roleWords: typed), "\(typed)")
        }
        #expect(throws: MeldboekError.unknownRole("")) { try Person.parse("Piet:") }
    }

    @Test func aWordThatCanMeanTwoRolesIsNeverGuessed() throws {
        #expect(throws: MeldboekError.ambiguousRole("stagiair", person: "Sanne", choices: [.colleague, .report])) {
            try Person.parse("Sanne:stagiair")
        }
        #expect(throws: MeldboekError.ambiguousRole("Trainee", person: "Tom", choices: [.colleague, .report])) {
            try Person.parse("Tom:Trainee")
        }
        #expect(throws: MeldboekError.ambiguousRole("opdrachtgever", person: "Bas", choices: [.manager, .client])) {
            try Person.parse("Bas:opdrachtgever")
        }
        #expect(throws: MeldboekError.ambiguousRole("medewerker", person: "Ali", choices: [.colleague, .report])) {
            try Person.parse("Ali:medewerker")
        }
    }

    @Test func aThirdPartSaysWhichRoleIsMeant() throws {
        #expect(try Person.parse("Sanne:stagiair:collega") == Person(name: "Sanne", role: .colleague, roleWords: "stagiair"))
        #expect(try Person.parse("Sanne:stagiair:report") == Person(name: "Sanne", role: .report, roleWords: "stagiair"))
        #expect(try Person.parse("Piet:conciërge:colleague") == Person(name: "Piet", role: .colleague, roleWords: "conciërge"))
        #expect(try Person.parse("Jan:manager:leidinggevende") == Person(name: "Jan", role: .manager))
        // A third part that names no role is a typo to fix, not part of the name "Sanne:stagiair".
        #expect(throws: MeldboekError.unknownRole("colega")) { try Person.parse("Sanne:stagiair:colega") }
        #expect(throws: MeldboekError.unknownRole("")) { try Person.parse("Sanne:stagiair:") }
    }

    @Test func someoneWithoutANameIsRefused() throws {
        for text in ["", "   ", ":manager", " :teamleider", "::collega", " : stagiair : collega"] {
            #expect(throws: MeldboekError.personWithoutName(text)) { try Person.parse(text) }
        }
    }

    @Test func aPersonsTextReadsBackAsThatPersonWhateverTheNameHolds() throws {
        for person in [
            Person(name: "Jan", role: .manager), Person(name: "Dr: Jan", role: .client),
            Person(name: "Karin", role: .manager, roleWords: "teamleider"),
            Person(name: "A:B", role: .report, roleWords: "stagiair"), Person(name: "Sara", role: .other),
        ] {
            #expect(try Person.parse(person.text) == person, "\(person.text)")
        }
    }

    @Test func thePersonRecordGainsRoleWordsOnlyWhenThereAreAny() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = String(decoding: try encoder.encode(Person(name: "Jan", role: .manager)), as: UTF8.self)
        #expect(plain == #"{"name":"Jan","role":"manager"}"#)
        let worded = String(decoding: try encoder.encode(Person(name: "Karin", role: .manager, roleWords: "teamleider")),
                            as: UTF8.self)
        #expect(worded == #"{"name":"Karin","role":"manager","roleWords":"teamleider"}"#)
        // A record written before the field existed reads as a person without words.
        let old = try JSONDecoder().decode(Person.self, from: Data(#"{"name":"Jan","role":"manager"}"#.utf8))
        #expect(old == Person(name: "Jan", role: .manager))
    }

    @Test func statisticsCountByRoleAndKeepEveryWordUsed() {
        let incidents = ["teamleider", "Teamleider", nil, "afdelingshoofd"].enumerated().map { index, words in
            JournalStatistics.Incident(
                id: "\(index)", title: "t", occurredAt: .day(year: 2025, month: 3, day: index + 1), categories: [],
                people: [Person(name: "Karin", role: .manager, roleWords: words)], location: nil)
        }
        let statistics = JournalStatistics(incidents, calendar: Calendar(identifier: .gregorian), now: Date())
        #expect(statistics.people.count == 1)
        #expect(statistics.people[0].roles == [.manager])
        #expect(statistics.people[0].roleWords == ["teamleider", "afdelingshoofd"])
    }
}
