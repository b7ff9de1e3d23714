// What the melder calls each kind of redaction, in English and Dutch, typed and shown.
import MeldboekCore

extension Redaction {
    /// The words `--redact` accepts, folded, and the kinds each stands for: English and Dutch names of each kind,
    /// and "names" / "namen" for both lists of names.
    static let words: [String: Set<Redaction>] = [
        "people": [.people], "persons": [.people], "betrokkenen": [.people], "personen": [.people],
        "witnesses": [.witnesses], "getuigen": [.witnesses],
        "location": [.location], "place": [.location], "locatie": [.location], "plaats": [.location],
        "names": [.people, .witnesses], "namen": [.people, .witnesses],
    ]

    /// The kinds `word` names, in English or Dutch, case and accents ignored; nil for a word that names none.
    public static func kinds(named word: String) -> Set<Redaction>? {
        words[Folding.fold(word)]
    }
}

extension Localized {
    /// The kind's name as the user reads it: "people" / "betrokkenen".
    public static func redaction(_ redaction: Redaction) -> Localized {
        switch redaction {
        case .people: Localized(en: "people", nl: "betrokkenen")
        case .witnesses: Localized(en: "witnesses", nl: "getuigen")
        case .location: Localized(en: "location", nl: "plaats")
        }
    }

    /// The kinds as one list, people first: "people, witnesses" / "betrokkenen, getuigen".
    public static func redactions(_ redactions: Set<Redaction>) -> Localized {
        let names = Redaction.allCases.filter(redactions.contains).map(redaction)
        return Localized(en: names.map(\.en).joined(separator: ", "), nl: names.map(\.nl).joined(separator: ", "))
    }
}
