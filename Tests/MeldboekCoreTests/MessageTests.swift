// Every message exists in Dutch and English, with the same placeholders.
import Foundation
import MeldboekCore
import Testing

@Suite struct MessageTests {
    static func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    @Test(arguments: Message.allCases)
    func bothLanguagesHaveTheMessage(_ message: Message) {
        #expect(!message.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(message) has no English text")
        #expect(!message.nl.trimmingCharacters(in: .whitespaces).isEmpty, "\(message) has no Dutch text")
        #expect(Self.placeholders(message.en) == Self.placeholders(message.nl), "\(message): placeholders differ")
    }

    /// Messages whose Dutch is the same as the English, on purpose.
    static let sameInBothLanguages: Set<Message> = [.errIO, .errInput, .reportBytes]

    /// Catches an English text pasted into the Dutch switch to make it compile.
    @Test(arguments: Message.allCases)
    func dutchIsNotACopyOfTheEnglish(_ message: Message) {
        guard !Self.sameInBothLanguages.contains(message) else { return }
        #expect(message.en != message.nl, "\(message) has the same text in Dutch and English")
    }

    /// An argument's own text is never read as a placeholder: a case called `Dossier {2}` prints as typed.
    @Test func argumentsAreFilledInOnePass() {
        for language in Language.allCases {
            let localizer = Localizer(language)
            let text = localizer(.errCaseKeyMismatch, "Dossier {2}", "AAAA {3}", "BBBB")
            #expect(text.contains("Dossier {2}"), "\(text)")
            #expect(text.contains("AAAA {3}"), "\(text)")
            #expect(text.contains("BBBB"))
            #expect(!text.contains("Dossier AAAA"))
        }
        #expect(Localizer(.en)(.errContactNotFound, "{1}{1}") == Message.errContactNotFound.en.replacingOccurrences(of: "{1}", with: "{1}{1}"))
    }

    @Test func everyCategoryAndRoleHasANameInBothLanguages() {
        for language in Language.allCases {
            let localizer = Localizer(language)
            let categories = Set(Category.allCases.map(localizer.category))
            #expect(categories.count == Category.allCases.count)
            #expect(!categories.contains(""))
            let roles = Set(Role.allCases.map(localizer.role))
            #expect(roles.count == Role.allCases.count)
        }
        for category in Category.allCases {
            #expect(Localizer(.nl).category(category) != Localizer(.en).category(category), "\(category)")
        }
        for role in Role.allCases {
            #expect(Localizer(.nl).role(role) != Localizer(.en).role(role), "\(role)")
        }
        #expect(Localizer(.nl).kind(nil) == "geen soort opgegeven")
    }

    @Test func argumentsFillPlaceholders() {
        #expect(Localizer(.en)(.entryAdded, "abc") == "Added entry abc.")
        #expect(Localizer(.nl)(.entryAdded, "abc") == "Aantekening abc toegevoegd.")
    }

    @Test func languageComesFromTheLocale() {
        #expect(Language.fromEnvironment(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test func categoriesAndRolesReadInBothLanguages() throws {
        #expect(try Category.parse("pesten") == .bullying)
        #expect(try Category.parse("Seksuele intimidatie") == .sexualHarassment)
        #expect(try Category.parse("not sure") == .other)
        #expect(throws: MeldboekError.unknownCategory("gedoe")) { try Category.parse("gedoe") }
        #expect(try Category.parse("bedreiging") == .aggression)
    }

    @Test func aWordThatNamesTwoKindsIsNeverGuessed() throws {
        #expect(throws: MeldboekError.ambiguousCategory("Intimidatie", choices: [.sexualHarassment, .aggression])) {
            try Category.parse("Intimidatie")
        }
        #expect(throws: MeldboekError.ambiguousCategory("harassment", choices: [.sexualHarassment, .bullying])) {
            try Category.parse("harassment")
        }
        #expect(try Person.parse("Jan de Vries:leidinggevende") == Person(name: "Jan de Vries", role: .manager))
        #expect(try Person.parse("Sara") == Person(name: "Sara", role: .other))
        #expect(try Person.parse("Piet:baasje") == Person(name: "Piet", role: .other, roleWords: "baasje"))
    }
}
