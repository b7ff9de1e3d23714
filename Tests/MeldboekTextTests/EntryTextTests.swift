// Entries written for people: a person's role in the melder's own word, then the role's name.
import MeldboekCore
import MeldboekText
import Testing

@Suite struct EntryTextTests {
    @Test func peopleAreShownWithTheirOwnWordThenTheRole() {
        let people = [Person(name: "Karin", role: .manager, roleWords: "teamleider"), Person(name: "Sara", role: .colleague),
                      Person(name: "Piet", role: .other, roleWords: "conciërge")]
        #expect(EntryText(language: .nl).people(people)
                == "Karin (teamleider, leidinggevende), Sara (collega), Piet (conciërge, anders)")
        #expect(EntryText(language: .en).people(people) == "Karin (teamleider, manager), Sara (colleague), Piet (conciërge, other)")
    }

    @Test func entriesWithoutAKindAreCountedUnderTheirOwnLabel() {
        #expect(Localizer(.nl).kind(nil) == "geen soort opgegeven")
        #expect(Localizer(.en).kind(nil) == "no kind given")
        #expect(Localizer(.nl).kind(.bullying) == "pesten")
    }
}
