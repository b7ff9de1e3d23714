// Redaction across the journal: names listed on any entry, words the melder adds, and what may still be a name.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekTestSupport
import Testing

@Suite struct RedactionTests {
    static func entry(_ fields: EntryFields) -> Entry {
        Entry(id: EntryID.generate(), revisions: [Revision(number: 1, recordedAt: Date(), fields: fields)])
    }

    @Test func aNameListedOnlyOnAnotherEntryIsReplacedInTheSharedText() {
        let listing = Self.entry(EntryFields(title: "Overleg", people: [Person(name: "Piet", role: .colleague),
                                                                        Person(name: "Karin", role: .manager)]))
        let shared = Self.entry(EntryFields(title: "Karin bij de koffie", narrative: "Daarna keek karin weg."))
        let redactor = Redactor.sharing([shared], from: [listing, shared], redactions: [.people], label: "Persoon")
        let out = redactor.apply(shared.revisions[0].fields)
        #expect(out.title == "Persoon A bij de koffie")
        #expect(out.narrative == "Daarna keek Persoon A weg.")
        // Piet is never mentioned, so takes no letter: the adviser can't count the journal's names.
        #expect(redactor.pseudonym("Piet") == "Piet")
    }

    @Test func onlyTheListsBeingRedactedAreLearnedFromOtherEntries() {
        let listing = Self.entry(EntryFields(title: "Overleg", witnesses: ["Karin"]))
        let shared = Self.entry(EntryFields(title: "Karin keek weg"))
        let people = Redactor.sharing([shared], from: [listing, shared], redactions: [.people], label: "Person")
        #expect(people.apply(shared.revisions[0].fields).title == "Karin keek weg")
        let witnesses = Redactor.sharing([shared], from: [listing, shared], redactions: [.witnesses], label: "Person")
        #expect(witnesses.apply(shared.revisions[0].fields).title == "Person A keek weg")
    }

    @Test func longerNamesGoFirstAndAccentsAreIgnored() {
        let one = Self.entry(EntryFields(title: "a", people: [Person(name: "Jan", role: .colleague)]))
        let two = Self.entry(EntryFields(title: "b", people: [Person(name: "Jan de Vries", role: .manager),
                                                             Person(name: "José Álvarez", role: .client)]))
        let shared = Self.entry(EntryFields(
            title: "Gesprek", narrative: "JAN DE VRIES zei tegen Jan dat jose alvarez en Jansen weg moesten.",
            location: "Kamer van Jan"))
        let redactor = Redactor.sharing([shared], from: [one, two, shared], redactions: [.people], label: "Person")
        let out = redactor.apply(shared.revisions[0].fields)
        #expect(out.narrative == "Person A zei tegen Person B dat Person C en Jansen weg moesten.")
        #expect(out.location == "Kamer van Person B")
    }

    @Test func wordsTheMelderAddsAreHiddenWithoutAnyListRedacted() {
        let shared = Self.entry(EntryFields(title: "Bij Albert Heijn", narrative: "Het filiaal van albert heijn in Zeist."))
        let redactor = Redactor.sharing([shared], from: [shared], words: ["Albert Heijn", "Zeist"], redactions: [],
                                        label: "Person")
        let out = redactor.apply(shared.revisions[0].fields)
        #expect(out.title == "Bij Person A")
        #expect(out.narrative == "Het filiaal van Person A in Person B.")
    }

    @Test func aSharedBundleCarriesNoNameListedOnAnotherEntry() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.melder.add(EntryFields(title: "Overleg", people: [Person(name: "Karin Bakker", role: .manager)]))
        let shared = try fixture.melder.add(EntryFields(
            title: "Koffieautomaat", narrative: "Karin Bakker lachte. Later zei Karin het nog eens."))
        let bundle = try fixture.share([shared], redactions: [.people])
        let plaintext = Data(try fixture.members(of: bundle).flatMap(\.content))
        #expect(plaintext.range(of: Data("Karin".utf8)) == nil)
        #expect(plaintext.range(of: Data("Bakker".utf8)) == nil)
        try BundleImport.run(file: bundle, into: fixture.adviser)
        let file = try #require(try CaseFile.all(in: fixture.adviser).first)
        let narrative = try #require(file.entries.first?.current.narrative)
        #expect(narrative.hasPrefix("Person A lachte. Later zei Person A"))
    }
}

@Suite struct ShareLogCompatibilityTests {
    @Test func aShareRecordedBeforeTitlesAndWordsWereKeptStillReads() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        try fixture.share(redactions: [.people])
        let recorded = try #require(try ShareLog.shares(in: fixture.melder).first)
        #expect(recorded.titles == ["Vergadering"])
        // The same record as an older Meldboek wrote it: without `titles` and `words`.
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(recorded)) as? [String: Any])
        object["titles"] = nil
        object["words"] = nil
        let older = try JSONDecoder().decode(SharedBundle.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older.titles == nil && older.words == nil)
        #expect(older.entries == recorded.entries && older.redactions == ["people"])
    }
}

/// The ways Dutch writes a name that is listed once: a possessive, a hyphen or a space between given names,
/// a particle with a capital at the start of a sentence; and the ordinary words that must stay.
@Suite struct RedactionVariantTests {
    static func redact(_ names: [String], _ text: String, words: [String] = []) -> String {
        let listing = RedactionTests.entry(EntryFields(title: "Lijst", people: names.map { Person(name: $0, role: .colleague) }))
        let shared = RedactionTests.entry(EntryFields(title: "Gedeeld", narrative: text))
        let redactor = Redactor.sharing([shared], from: [listing, shared], words: words, redactions: [.people], label: "Persoon")
        return redactor.apply(shared.revisions[0].fields).narrative
    }

    @Test func aPossessiveIsHiddenWithTheName() {
        #expect(Self.redact(["Karin Smit"], "Karins bureau was leeg.") == "Persoon A bureau was leeg.")
        #expect(Self.redact(["Karin"], "Karin's bureau was leeg.") == "Persoon A's bureau was leeg.")
        #expect(Self.redact(["Anna"], "Anna's jas hing er.") == "Persoon A's jas hing er.")
        #expect(Self.redact(["Kees"], "Kees' jas hing er.") == "Persoon A' jas hing er.")
        // English, the same way.
        #expect(Self.redact(["Mark Jones"], "Marks desk and Mark's chair.") == "Persoon A desk and Persoon A's chair.")
    }

    @Test func anOrdinaryWordIsNotTakenForAPossessive() {
        // "arts" is a doctor, "Annas" is not how Dutch writes Anna's, and a name of two letters is too short.
        #expect(Self.redact(["Art Jansen"], "De arts kwam. Art zei niets.") == "De arts kwam. Persoon A zei niets.")
        #expect(Self.redact(["Anna"], "Annas en Anna.") == "Annas en Persoon A.")
        #expect(Self.redact(["Bo"], "Bos en Bo.") == "Bos en Persoon A.")
    }

    @Test func aHyphenAndASpaceBetweenGivenNamesAreTheSameName() {
        #expect(Self.redact(["Jan-Willem de Boer"], "Jan Willem belde.") == "Persoon A belde.")
        #expect(Self.redact(["Jan Willem"], "Jan-Willem belde, jan-willem ook.") == "Persoon A belde, Persoon A ook.")
        #expect(Self.redact(["Anne-Marie"], "Anne Marie en Anne-Marie.") == "Persoon A en Persoon A.")
    }

    @Test func theParticleGoesWithTheSurnameWhateverItsCapital() {
        #expect(Self.redact(["Piet van der Berg"], "Van der Berg zei het. Ook van der Berg.")
            == "Persoon A zei het. Ook Persoon A.")
        #expect(Self.redact(["Jan de Vries"], "De Vries lachte; Vries ook.") == "Persoon A lachte; Persoon A ook.")
        #expect(Self.redact(["Van der Berg"], "van der Berg kwam.") == "Persoon A kwam.")
        // The particle alone stays: "van" and "de" are ordinary words.
        #expect(Self.redact(["Piet van der Berg"], "De koffie van de kantine.") == "De koffie van de kantine.")
    }
}
