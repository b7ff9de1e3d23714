// Every message in Dutch and English: read from the sources, since the compiler already checks the rest.
import Foundation
import MeldboekCore
import Testing

@Suite struct MessageTests {
    /// Every `Localized(en: "…", nl: "…")` written in the sources, with where it stands.
    ///
    /// Messages are Swift values, so a missing language or a wrong argument does not compile; what
    /// the compiler can't see is read here from the source text: the two strings of each message.
    static let messages: [(place: String, en: String, nl: String)] = {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = /Localized\(\s*en:\s*"((?:[^"\\]|\\.)*)",\s*nl:\s*"((?:[^"\\]|\\.)*)"\)/
        var found: [(String, String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for match in text.matches(of: pattern) {
                let line = text[..<match.range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).count
                found.append(("\(file.lastPathComponent):\(line)", String(match.output.1), String(match.output.2)))
            }
        }
        return found
    }()

    @Test func theSourcesHoldTheMessages() {
        #expect(Self.messages.count > 600, "found \(Self.messages.count): the pattern no longer matches how messages are written")
    }

    /// Catches an English text pasted into the Dutch to make it compile, and an empty one.
    @Test func dutchIsNotACopyOfTheEnglish() {
        for message in Self.messages {
            // Both empty is a deliberate nothing (a period that can't be said); one empty is a missing translation.
            #expect(message.en.isEmpty == message.nl.isEmpty, "\(message.place) is empty in one language")
            // Past the arguments, a text too short to differ (a number with "bytes", a year) is left alone.
            let words = message.en.replacing(/\\\([^)]*\)+/, with: "").filter(\.isLetter)
            guard words.count >= 8 else { continue }
            #expect(message.en != message.nl, "\(message.place): the same text in Dutch and English: \(message.en)")
        }
    }

    /// Plurals are part of the message (`Localized(count:one:other:)`), never "(s)" or "(en)"; commands are
    /// quoted as a person writes, never in Markdown backticks.
    @Test func noParenthesisedPluralsOrBackticks() {
        let plural = /[a-z]\((s|en|n|es)\)/
        for message in Self.messages {
            for text in [message.en, message.nl] {
                #expect(text.firstMatch(of: plural) == nil, "\(message.place): a plural in parentheses: \(text)")
                #expect(!text.contains("`"), "\(message.place): backticks: \(text)")
            }
        }
    }

    /// An argument's own text is put in once and never read again: a case called `Dossier {2}` prints as typed.
    @Test func argumentsArePutInOnce() {
        for language in Language.allCases {
            let text = Localizer(language)(.entryAdded("Dossier {2} \\(x)"))
            #expect(text.contains("Dossier {2} \\(x)"), "\(text)")
        }
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
    }

    @Test func argumentsAreFilledIn() {
        #expect(Localizer(.en)(.entryAdded("abc")) == "Added entry abc.")
        #expect(Localizer(.nl)(.entryAdded("abc")) == "Aantekening abc toegevoegd.")
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
