// A word that names two kinds of behaviour ("intimidatie") or two roles ("stagiair"): asked about on a terminal,
// refused in scripts.
import Foundation
import MeldboekCore
import MeldboekInterview
import MeldboekTerminal
import MeldboekText

/// `words` as typed for `--category`, each word that names more than one kind replaced by the key the user
/// chooses on the terminal. Without a terminal, or without an answer, the word is refused with its choices.
///
/// - Throws: ``MeldboekError/ambiguousCategory(_:choices:)``; unknown words are left for `Category.parse`.
func resolvingAmbiguousCategories(_ words: [String]) throws -> [String] {
    try words.map { word in
        do {
            _ = try Category.parse(word)
            return word
        } catch MeldboekError.ambiguousCategory(let text, let choices) {
            let options = choices.map { t.category($0) }
            guard Terminal.hasSomeoneToAsk,
                  let chosen = try Terminal.choose(t(.whichCategory(OutsideText.line(text))), options: options,
                                                   prompt: t(.chooseNumber(options.count)))
            else { throw MeldboekError.ambiguousCategory(text, choices: choices) }
            return choices[chosen].rawValue
        } catch {
            return word
        }
    }
}

/// `people` as typed for `--person`, each whose role in the melder's words can mean more than one role
/// ("Sanne:stagiair") given the role the user chooses on the terminal ("Sanne:stagiair:colleague"). Without a
/// terminal, or without an answer, it is refused with its choices.
///
/// - Throws: ``MeldboekError/ambiguousRole(_:person:choices:)``; other problems are left for `Person.parse`.
func resolvingAmbiguousRoles(_ people: [String]) throws -> [String] {
    try people.map { text in
        do {
            _ = try Person.parse(text)
            return text
        } catch MeldboekError.ambiguousRole(let words, let person, let choices) {
            let options = choices.map { t.role($0) }
            guard Terminal.hasSomeoneToAsk,
                  let chosen = try Terminal.choose(
                    t(.whichRole(OutsideText.line(words), person: OutsideText.line(person))), options: options,
                    prompt: t(.chooseNumber(options.count)))
            else { throw MeldboekError.ambiguousRole(words, person: person, choices: choices) }
            return text.trimmingCharacters(in: .whitespaces) + ":" + choices[chosen].rawValue
        } catch {
            return text
        }
    }
}

extension Localized {
    /// A word for someone's role read as more than one role, with every reading.
    static func ambiguousRole(_ word: String, person: String, choices: [Role]) -> Localized {
        func list(_ language: Language, or: String) -> String {
            let names = choices.map { Localizer(language).role($0) }
            return names.dropLast().joined(separator: ", ") + " \(or) " + (names.last ?? "")
        }
        return Localized(
            en: "\"\(word)\" can mean more than one role towards you: \(list(.en, or: "or")).",
            nl: "\"\(word)\" kan op meer dan één rol ten opzichte van jou slaan: \(list(.nl, or: "of")).")
    }

    /// How to say which role is meant: the `--person` option for each reading, the word kept.
    static func ambiguousRoleHint(_ word: String, person: String, choices: [Role]) -> Localized {
        func options(_ language: Language, or: String) -> String {
            let all = choices.map { "--person '\(person):\(word):\(Localizer(language).role($0))'" }
            return all.dropLast().joined(separator: ", ") + " \(or) " + (all.last ?? "")
        }
        return Localized(en: "Say which one you mean: \(options(.en, or: "or")).",
                         nl: "Geef aan welke je bedoelt: \(options(.nl, or: "of")).")
    }

    /// A word read as more than one kind of behaviour, with every reading.
    static func ambiguousCategory(_ word: String, choices: [Category]) -> Localized {
        func list(_ language: Language, or: String) -> String {
            let names = choices.map { Localizer(language).category($0) }
            return names.dropLast().joined(separator: ", ") + " \(or) " + (names.last ?? "")
        }
        return Localized(en: "\"\(word)\" can mean more than one kind of behaviour: \(list(.en, or: "or")).",
                         nl: "\"\(word)\" kan op meer dan één soort gedrag slaan: \(list(.nl, or: "of")).")
    }

    /// How to say which kind is meant: each reading's option.
    static func ambiguousCategoryHint(_ choices: [Category]) -> Localized {
        let options = choices.map { "--category \($0.rawValue)" }
        let en = options.dropLast().joined(separator: ", ") + " or " + (options.last ?? "")
        let nl = options.dropLast().joined(separator: ", ") + " of " + (options.last ?? "")
        return Localized(en: "Say which one you mean: \(en).", nl: "Geef aan welke je bedoelt: \(nl).")
    }
}
